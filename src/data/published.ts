/**
 * Which entries a build shows. `draft: true` articles are built by `npm run dev`, so an editor can
 * look at one, and never by `npm run build`, so no list, table, sitemap or search index holds them.
 */
export function isPublished(entry: { data: { draft?: boolean } }): boolean {
  return import.meta.env.DEV || !entry.data.draft;
}
