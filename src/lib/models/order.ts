/**
 * Which articles a build shows, and in what order. Both data layers use it: the collections at
 * build time (src/data) and the disk reader for Node scripts and tests (src/data/content-files.ts),
 * so a test sees the same list, in the same order, as the built site.
 */
import { byOrder } from '../navigation';

/**
 * Published entries, by their `order`, ties broken by id. `draft: true` articles are shown by
 * `npm run dev` (drafts: true), so an editor can look at one, and never by `npm run build`, so no
 * list, table, sitemap or search index holds them.
 */
export function inDisplayOrder<T extends { id: string; data: { order: number; draft?: boolean | undefined } }>(entries: readonly T[], options: { drafts: boolean }): T[] {
  return entries.filter((entry) => options.drafts || !entry.data.draft).sort(byOrder);
}
