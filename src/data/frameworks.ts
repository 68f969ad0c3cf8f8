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

export function tableFramework(entry: Framework): FrameworkForTables {
  const { title, seed, profile, capabilities } = entry.data;
  return { id: entry.id, title, seed, profile, capabilities };
}

export function compareFramework(entry: Framework): CompareFramework {
  const { title, kind, seed, capabilities, inOneMinute } = entry.data;
  return { id: entry.id, title, kind, seed, capabilities, inOneMinute };
}

/** Every source a framework page cites: its frontmatter facts and its article body. */
export async function frameworkSourceIds(entry: Framework): Promise<string[]> {
  return unique([...pageSourceIds(entry.data, entry.body), ...(await factSourceIdsInBody(entry.body))]);
}
