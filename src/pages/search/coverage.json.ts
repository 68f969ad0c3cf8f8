import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { getFrameworks, getGuides } from '../../data';
import { coveredFrameworks, type CoverageData } from '../../lib/search/coverage';
import { routes } from '../../lib/routes';
import { withBase } from '../../data/site-base';

/** The guide page that lists the tools the guide does not cover (added by the coverage work). */
const OTHER_TOOLS_GUIDE = 'other-tools';

/**
 * What search needs to say whether a tool is covered: every framework with the names readers use,
 * and, once the page of tools not covered exists, the tools it lists (its third-level headings, one
 * per tool). Loaded by the search UI only when it needs it.
 */
export const GET: APIRoute = async () => {
  const [frameworks, guides] = await Promise.all([getFrameworks(), getGuides()]);
  const otherToolsEntry = guides.find((g) => g.id === OTHER_TOOLS_GUIDE);
  let otherTools: CoverageData['otherTools'] = null;
  if (otherToolsEntry) {
    const path = withBase(routes.guide(otherToolsEntry.id));
    const { headings } = await render(otherToolsEntry);
    otherTools = {
      title: otherToolsEntry.data.title,
      path,
      tools: headings.filter((h) => h.depth === 3).map((h) => ({ name: h.text, path: `${path}#${h.slug}` })),
    };
  }
  const data: CoverageData = {
    frameworks: coveredFrameworks(
      frameworks.map((f) => ({ id: f.id, title: f.data.title, shortName: f.data.shortName, aliases: f.data.aliases, path: withBase(routes.framework(f.id)) })),
      otherTools?.tools.map((tool) => tool.name) ?? [],
    ),
    frameworksIndexPath: withBase(routes.frameworks()),
    otherTools,
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
