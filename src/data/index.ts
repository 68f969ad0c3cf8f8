/**
 * The Astro-aware data layer: reads the content collections once, in display order, and hands
 * plain data to the pure functions in src/lib. Pages and components import from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder } from '../lib/navigation';
import type { FrameworkForTables } from '../lib/dimension-table';
import { isoDay, latest } from '../lib/format';
import { pageSourceIds, sourceIdsIn, unique } from '../lib/citations';
import { dimensionRows } from '../lib/dimension-table';
import type { CompareFramework } from '../lib/compare/rows';
import { buildOpenData } from '../lib/open-data/build';
import type { OpenData } from '../lib/open-data/schema';
import { citedSourceIds, type DecisionModel } from '../lib/decision/model';
import { readDataIdsInOrder } from '../lib/known-ids';
import { ASSUMPTION_SOURCES } from '../lib/cost/export';

export type Framework = CollectionEntry<'frameworks'>;
export type Dimension = CollectionEntry<'dimensions'>;
export type Guide = CollectionEntry<'guides'>;
export type Source = CollectionEntry<'sources'>;

export async function getFrameworks(): Promise<Framework[]> {
  return (await getCollection('frameworks')).sort(byOrder);
}

export async function getDimensions(): Promise<Dimension[]> {
  return (await getCollection('dimensions')).sort(byOrder);
}

export async function getGuides(): Promise<Guide[]> {
  return (await getCollection('guides')).sort(byOrder);
}

/** Sources in file order; a source's number is its position here, the same on every page. */
export async function getSources(): Promise<Source[]> {
  return getCollection('sources');
}

export async function getSourceNumbers(): Promise<Map<string, { number: number; source: Source }>> {
  const sources = await getSources();
  return new Map(sources.map((source, index) => [source.id, { number: index + 1, source }]));
}

export function tableFramework(entry: Framework): FrameworkForTables {
  const { title, seed, profile, capabilities } = entry.data;
  return { id: entry.id, title, seed, profile, capabilities };
}

export function compareFramework(entry: Framework): CompareFramework {
  const { title, kind, seed, capabilities } = entry.data;
  return { id: entry.id, title, kind, seed, capabilities };
}

/** The open data, with absolute URLs from the site's address and base path. */
export async function getOpenData(site: URL | undefined): Promise<OpenData> {
  const [frameworks, sources] = await Promise.all([getFrameworks(), getSources()]);
  return buildOpenData(frameworks, sources, siteBase(site));
}

export function siteBase(site: URL | undefined): string {
  return new URL(import.meta.env.BASE_URL, site ?? 'http://localhost/').href;
}

/** The newest review date of any framework or guide, shown in the footer of pages without their own. */
export async function siteLastReviewed(): Promise<Date> {
  const [frameworks, guides] = await Promise.all([getFrameworks(), getGuides()]);
  return latest([...frameworks, ...guides].map((entry) => entry.data.lastReviewed));
}

/** Every source a framework page cites: its frontmatter facts and its article body. */
export function frameworkSourceIds(entry: Framework): string[] {
  return pageSourceIds(entry.data, entry.body);
}

/** Every source a dimension page cites: the cells of its generated table, then its article body. */
export async function dimensionSourceIds(entry: Dimension): Promise<string[]> {
  const frameworks = (await getFrameworks()).map(tableFramework);
  return unique([...sourceIdsIn(dimensionRows(entry.data.table, frameworks)), ...pageSourceIds({}, entry.body)]);
}

/** Every source a guide cites, including the glossary terms it renders through <Glossary />. */
export async function guideSourceIds(entry: Guide): Promise<string[]> {
  const own = pageSourceIds(entry.data, entry.body);
  if (!entry.body?.includes('<Glossary')) return own;
  const terms = await getCollection('glossary');
  return unique([...own, ...sourceIdsIn(terms.map((term) => term.data))]);
}

/** The decision checklist's model: its data files plus what the engine needs of each framework. */
export async function getDecisionModel(): Promise<DecisionModel> {
  const [questions, rules, knockouts, stacks, frameworks, sources] = await Promise.all([
    getCollection('decisionQuestions'),
    getCollection('decisionRules'),
    getCollection('decisionKnockouts'),
    getCollection('decisionStacks'),
    getFrameworks(),
    getSources(),
  ]);
  const inFileOrder = <T extends { id: string; data: unknown }>(entries: T[], file: string): Array<T['data']> => {
    const order = readDataIdsInOrder(file);
    return [...entries].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)).map((entry) => entry.data);
  };
  const data = {
    rules: inFileOrder(rules, 'decision-rules.yaml'),
    knockouts: inFileOrder(knockouts, 'decision-knockouts.yaml'),
    stacks: inFileOrder(stacks, 'decision-stacks.yaml'),
  };
  const titles = new Map(sources.map((s) => [s.id, s.data.title]));
  return {
    ...data,
    questions: inFileOrder(questions, 'decision-questions.yaml'),
    frameworks: frameworks.map((f) => ({ id: f.id, title: f.data.title, shortName: f.data.shortName, effort: f.data.seed.implementationEffort })),
    sourceTitles: Object.fromEntries(citedSourceIds(data).map((id) => [id, titles.get(id) ?? id])),
  };
}

export async function getSeedRules() {
  const order = readDataIdsInOrder('decision-seed-rules.yaml');
  return (await getCollection('decisionSeedRules')).map((entry) => entry.data).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

/** The cost calculator's data, as plain values the island can receive as props. */
export async function getCostData(): Promise<import('../lib/cost/model').CostData & { pricesAsOf: string }> {
  const [prices, profiles, frameworks] = await Promise.all([getCollection('prices'), getCollection('effortProfiles'), getFrameworks()]);
  const order = new Map(frameworks.map((f, index) => [f.id, index]));
  return {
    prices: Object.fromEntries(prices.map(({ data }) => [data.id, { ...data, asOf: isoDay(data.asOf) }])),
    profiles: profiles
      .map(({ data }) => data)
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
    titles: Object.fromEntries(frameworks.map((f) => [f.id, f.data.shortName])),
    pricesAsOf: isoDay(latest(prices.map(({ data }) => data.asOf))),
  };
}

/** Every source the cost calculator cites: its unit prices, then its effort evidence. */
export async function costSourceIds(): Promise<string[]> {
  const { prices, profiles } = await getCostData();
  return unique([
    ...Object.values(prices).map((p) => p.source),
    ...profiles.flatMap((p) => p.evidence.flatMap((e) => e.sources)),
    ...ASSUMPTION_SOURCES,
  ]);
}

/** The calculator's numbers only, for islands: evidence prose and price notes are rendered by pages, once. */
export async function getCostIslandData(): Promise<{ data: import('../lib/cost/model').CostData; pricesAsOf: string }> {
  const { pricesAsOf, ...data } = await getCostData();
  return {
    pricesAsOf,
    data: {
      ...data,
      profiles: data.profiles.map((profile) => ({ ...profile, evidence: [] })),
      prices: Object.fromEntries(Object.entries(data.prices).map(([id, { note: _note, ...price }]) => [id, { ...price, region: '' }])),
    },
  };
}
