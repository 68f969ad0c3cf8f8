/** Facts about the whole build: its absolute address and how recent its content is. */
import { latest } from '../lib/format';
import { getDimensions } from './dimensions';
import { getFrameworks } from './frameworks';
import { getGuides } from './guides';
import { oncePerBuild } from './once';

/** The site's absolute base URL (ending in /), from its address and the configured base path. */
export function siteBase(site: URL | undefined): string {
  return new URL(import.meta.env.BASE_URL, site ?? 'http://localhost/').href;
}

/** The newest review date of any framework, dimension or guide, shown in the footer of pages without their own; once per build (see ./once.ts). */
export const siteLastReviewed: () => Promise<Date> = oncePerBuild(async () => {
  const [frameworks, dimensions, guides] = await Promise.all([getFrameworks(), getDimensions(), getGuides()]);
  return latest([...frameworks, ...dimensions, ...guides].map((entry) => entry.data.lastReviewed));
});
