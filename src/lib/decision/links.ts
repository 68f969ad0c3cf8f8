/** The checklist's links from the site's base path, for the pages and embeds that render the island. */
import { routes } from '../routes';
import { joinBase } from '../url';

export function checklistLinks(base: string) {
  return {
    checklist: joinBase(base, routes.tool('decision-checklist')),
    calculator: joinBase(base, routes.tool('cost-calculator')),
    sources: joinBase(base, routes.sources()),
    frameworks: joinBase(base, routes.frameworks()),
  };
}
