/** Guides, in display order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pageSourceIds, sourceIdsIn, unique } from '../lib/citations';
import { factSourceIdsInBody } from './facts';
import { inDisplayOrder } from '~/lib/models/order';

export type Guide = CollectionEntry<'guides'>;

export async function getGuides(): Promise<Guide[]> {
  return inDisplayOrder(await getCollection('guides'), { drafts: import.meta.env.DEV });
}

/** Every source a guide cites, including the glossary terms it renders through <Glossary />. */
export async function guideSourceIds(entry: Guide): Promise<string[]> {
  const own = unique([...pageSourceIds(entry.data, entry.body), ...(await factSourceIdsInBody(entry.body))]);
  if (!entry.body?.includes('<Glossary')) return own;
  const terms = await getCollection('glossary');
  return unique([...own, ...sourceIdsIn(terms.map((term) => term.data))]);
}
