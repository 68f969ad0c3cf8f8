/** The checklist's links, from the site's base, for the pages and embeds that render the island. */
import { withBase } from '../url';

export function checklistLinks() {
  return {
    checklist: withBase('/tools/decision-checklist/'),
    calculator: withBase('/tools/cost-calculator/'),
    sources: withBase('/sources/'),
    frameworks: withBase('/frameworks/'),
  };
}
