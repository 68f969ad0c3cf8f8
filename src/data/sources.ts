/** The sources every citation points at. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { oncePerBuild } from './once';

export type Source = CollectionEntry<'sources'>;

/**
 * Sources in the order the content store keeps them (sorted by id); a source's number is its
 * position here, the same on every page and in the open data.
 */
export async function getSources(): Promise<Source[]> {
  return getCollection('sources');
}

/** Asked for by every citation on every page, so built once per build (see ./once.ts). */
export const getSourceNumbers: () => Promise<ReadonlyMap<string, { number: number; source: Source }>> = oncePerBuild(async () => {
  const sources = await getSources();
  return new Map(sources.map((source, index) => [source.id, { number: index + 1, source }]));
});
