/** The cost calculator's data: unit prices and effort profiles, ordered like the frameworks. */
import { getCollection } from 'astro:content';
import { unique } from '../lib/citations';
import { ASSUMPTION_SOURCES } from '../lib/cost/export';
import { isoDay, latest } from '../lib/format';
import { getFrameworks } from './frameworks';

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
