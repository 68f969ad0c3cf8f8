/** Layout shift at 1280 px: the suite and what it measures are in tests/support/layout-shift.ts. */
import { layoutShiftSuite } from '../support/layout-shift';

layoutShiftSuite(1280);
