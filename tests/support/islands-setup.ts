// Setup for the island tests (happy-dom). Testing Library's `findBy…` queries give up after one
// second by default. The calculator and the checklist load their engines with a dynamic import, which
// on a loaded 2-core machine can take longer than that: a second is a timing assumption, and the
// suite must pass on a machine twice as slow. Ten seconds is a ceiling, not a wait: a query still
// returns as soon as the element appears.
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 10_000 });
