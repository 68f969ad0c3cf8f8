/** Framework articles, in display order, and the shapes the tables and compare views take of them. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { pageSourceIds, unique } from '../lib/citations';
import { factSourceIdsInBody } from './facts';
import type { CompareFramework } from '../lib/compare/rows';
import type { FrameworkForTables } from '../lib/dimension-table';
import { inDisplayOrder } from '~/lib/models/order';

export type Framework = CollectionEntry<'frameworks'>;

export async function getFrameworks(): Promise<Framework[]> {
  return inDisplayOrder(await getCollection('frameworks'), { drafts: import.meta.env.DEV });
}

/** A framework as the generated tables take it; `current` (getCurrentRows() in ./current) for tables that show current rows. */
export function tableFramework(entry: Framework, current?: ReadonlyMap<string, NonNullable<FrameworkForTables['current']>>): FrameworkForTables {
  const { title, seed, profile, capabilities } = entry.data;
  return { id: entry.id, title, seed, profile, capabilities, current: current?.get(entry.id) };
}

/** A framework as the compare views take it, with its current rows (getCurrentRows() in ./current). */
export function compareFramework(entry: Framework, current: ReadonlyMap<string, CompareFramework['current']>): CompareFramework {
  const { title, kind, capabilities, inOneMinute } = entry.data;
  const rows = current.get(entry.id);
  if (!rows) throw new Error(`compareFramework: no current rows for "${entry.id}"`);
  return { id: entry.id, title, kind, current: rows, capabilities, inOneMinute };
}

/** Every source a framework page cites: its frontmatter facts and its article body. */
export async function frameworkSourceIds(entry: Framework): Promise<string[]> {
  return unique([...pageSourceIds(entry.data, entry.body), ...(await factSourceIdsInBody(entry.body))]);
}
