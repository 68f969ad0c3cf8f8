/** axe in the dark theme (the colour rules): the suite is in tests/support/axe.ts. */
import { themedAxeSuite } from '../support/axe';

themedAxeSuite('dark');
