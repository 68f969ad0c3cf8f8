import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { getDimensions, getFrameworks, getGuides } from '~/data';
import { coveredFrameworks, type CoverageData } from '~/lib/search/coverage';
import { routes } from '~/lib/routes';
import { withBase } from '~/data/site-base';

/** The guide page that lists the tools the guide does not cover (added by the coverage work). */
const OTHER_TOOLS_GUIDE = 'other-tools';

/** The tools by the titles their pages carry, for "Did you mean" and for the questions they answer. */
const COST_TOOL = { title: 'Cost and effort calculator', path: routes.tool('cost-calculator') };
const TOOLS = [COST_TOOL, { title: 'Decision checklist', path: routes.tool('decision-checklist') }];
/** The dimension whose table gives each framework's setup and running effort. */
const SETUP_DIMENSION = 'implementation-effort';

/**
 * What search needs to say whether a tool is covered: every framework with the names readers use,
 * and, once the page of tools not covered exists, the tools it lists (its third-level headings, one
 * per tool). Loaded by the search UI only when it needs it.
 */
export const GET: APIRoute = async () => {
  const [frameworks, guides, dimensions] = await Promise.all([getFrameworks(), getGuides(), getDimensions()]);
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
  const covered = coveredFrameworks(
    frameworks.map((f) => ({ id: f.id, title: f.data.title, shortName: f.data.shortName, aliases: f.data.aliases, path: withBase(routes.framework(f.id)) })),
    otherTools?.tools.map((tool) => tool.name) ?? [],
  );
  const setup = dimensions.find((d) => d.id === SETUP_DIMENSION);
  const data: CoverageData = {
    frameworks: covered,
    frameworksIndexPath: withBase(routes.frameworks()),
    otherTools,
    vocabulary: [
      ...covered.flatMap((f) => [f.title, ...f.names]),
      ...dimensions.map((d) => d.data.title),
      ...TOOLS.map((tool) => tool.title),
      ...(otherTools?.tools.map((tool) => tool.name) ?? []),
    ],
    answers: {
      cost: { title: COST_TOOL.title, path: withBase(COST_TOOL.path) },
      ...(setup && { setup: { title: setup.data.title, path: withBase(routes.dimension(setup.id)) } }),
    },
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
