/** Dimension articles, in display order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pageSourceIds, sourceIdsIn, unique } from '../lib/citations';
import { factSourceIdsInBody } from './facts';
import { dimensionRows } from '../lib/dimension-table';
import { inDisplayOrder } from '~/lib/models/order';
import { getFrameworks, tableFramework } from './frameworks';
import { getCurrentRows } from './current';
import { attestationSourceIds } from './attestations';

export type Dimension = CollectionEntry<'dimensions'>;

export async function getDimensions(): Promise<Dimension[]> {
  return inDisplayOrder(await getCollection('dimensions'), { drafts: import.meta.env.DEV });
}

/** The frameworks as a dimension page's generated table takes them, with their current rows. */
export async function dimensionTableFrameworks() {
  const current = await getCurrentRows();
  return (await getFrameworks()).map((entry) => tableFramework(entry, current));
}

/**
 * Every source a dimension page cites: the cells of its generated table, its article body, and what
 * generated components placed in the body cite (the attestation matrix).
 */
export async function dimensionSourceIds(entry: Dimension): Promise<string[]> {
  const frameworks = await dimensionTableFrameworks();
  const matrix = entry.body?.includes('<AttestationMatrix') ? await attestationSourceIds() : [];
  return unique([...sourceIdsIn(dimensionRows(entry.data.table, frameworks)), ...pageSourceIds({}, entry.body), ...(await factSourceIdsInBody(entry.body)), ...matrix]);
}
