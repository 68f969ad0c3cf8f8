/** The checklist's links, from the site's base, for the pages and embeds that render the island. */
import { routes } from '../routes';
import { withBase } from '../url';

export function checklistLinks() {
  return {
    checklist: withBase(routes.tool('decision-checklist')),
    calculator: withBase(routes.tool('cost-calculator')),
    sources: withBase(routes.sources()),
    frameworks: withBase(routes.frameworks()),
  };
}
