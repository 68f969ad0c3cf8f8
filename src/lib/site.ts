/** Site-wide names, kept in one place for titles, headers and machine-readable files. */
export const SITE_NAME = 'MLOps Field Guide';
export const SITE_TAGLINE = 'Choose an MLOps framework with facts that carry their source and their date.';

/** "<page> · MLOps Field Guide", except on the home page. */
export function pageTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
}

/** What Pagefind's "type" filter calls each kind of page. */
export const PAGE_TYPES = ['framework', 'dimension', 'guide', 'tool', 'compare', 'overview'] as const;
export type PageType = (typeof PAGE_TYPES)[number];
export const PAGE_TYPE_LABELS: Record<PageType, string> = {
  framework: 'Framework',
  dimension: 'Dimension',
  guide: 'Guide',
  tool: 'Tool',
  compare: 'Comparison',
  overview: 'Overview',
};
