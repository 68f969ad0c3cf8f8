/**
 * The path of every route, base-less (`/frameworks/mlflow/`). Pages wrap them in `withBase()` for an
 * href; exports that need absolute links join them onto the site URL. Nothing else builds a route
 * path by hand, so a URL change is one edit here.
 */

/** The pair page's slug: both ids in alphabetical order, so one pair has one URL. */
export function pairSlug(a: string, b: string): string {
  const [first, second] = [a, b].sort((x, y) => x.localeCompare(y));
  return `${first}-vs-${second}`;
}

export const TOOL_SLUGS = ['decision-checklist', 'cost-calculator'] as const;
export type ToolSlug = (typeof TOOL_SLUGS)[number];

export const routes = {
  home: () => '/',
  frameworks: () => '/frameworks/',
  framework: (id: string, section?: string) => `/frameworks/${id}/${section ? `#${section}` : ''}`,
  dimensions: () => '/dimensions/',
  dimension: (id: string) => `/dimensions/${id}/`,
  compare: (ids?: readonly string[]) => (ids && ids.length ? `/compare/?fw=${ids.join(',')}` : '/compare/'),
  pair: (a: string, b: string) => `/compare/${pairSlug(a, b)}/`,
  tools: () => '/tools/',
  tool: (slug: ToolSlug) => `/tools/${slug}/`,
  /** The decision checklist's expert scenarios with the engine's live answer. */
  decisionScenarios: () => '/tools/decision-checklist/scenarios/',
  /** The cost calculator's unit prices, effort profiles and people-cost presets. */
  costData: (section?: string) => `/tools/cost-calculator/data/${section ? `#${section}` : ''}`,
  /** The same numbers as JSON, for the calculator's engine. */
  costDataJson: () => '/tools/cost-calculator/data.json',
  guides: () => '/guides/',
  guide: (slug: string, section?: string) => `/guides/${slug}/${section ? `#${section}` : ''}`,
  sources: () => '/sources/',
  about: (section?: string) => `/about/${section ? `#${section}` : ''}`,
  changes: () => '/changes/',
  changesFeed: () => '/changes.xml',
  source: (id: string) => `/sources/#${id}`,
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
  /** What search knows about coverage (src/pages/search/coverage.json.ts). */
  searchCoverage: () => '/search/coverage.json',
  frameworkMarkdown: (id: string) => `/data/frameworks/${id}.md`,
} as const;
