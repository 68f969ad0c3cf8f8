/** Dimension articles, in display order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pageSourceIds, sourceIdsIn, unique } from '../lib/citations';
import { factSourceIdsInBody } from './facts';
import { dimensionRows } from '../lib/dimension-table';
import { inDisplayOrder } from '~/lib/models/order';
import { getFrameworks, tableFramework } from './frameworks';

export type Dimension = CollectionEntry<'dimensions'>;

export async function getDimensions(): Promise<Dimension[]> {
  return inDisplayOrder(await getCollection('dimensions'), { drafts: import.meta.env.DEV });
}

/** Every source a dimension page cites: the cells of its generated table, then its article body. */
export async function dimensionSourceIds(entry: Dimension): Promise<string[]> {
  const frameworks = (await getFrameworks()).map(tableFramework);
  return unique([...sourceIdsIn(dimensionRows(entry.data.table, frameworks)), ...pageSourceIds({}, entry.body), ...(await factSourceIdsInBody(entry.body))]);
}
