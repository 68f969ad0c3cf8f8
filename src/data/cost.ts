/** The cost calculator's data: unit prices, effort profiles (ordered like the frameworks) and people-cost presets. */
import { getCollection } from 'astro:content';
import { unique } from '~/lib/citations';
import { ASSUMPTION_SOURCES } from '~/lib/cost/export';
import type { CostData } from '~/lib/cost/types';
import { assembleCostData } from '~/lib/models/cost';
import { inFileOrder } from '~/lib/schema/common';
import { getFrameworks } from './frameworks';
import { getSources } from './sources';

/** The cost calculator's data, as plain values the island can receive as props. */
export async function getCostData(): Promise<CostData & { pricesAsOf: string }> {
  const [prices, profiles, people, frameworks, stacks, sources] = await Promise.all([
    getCollection('prices'),
    getCollection('effortProfiles'),
    getCollection('peopleCosts'),
    getFrameworks(),
    getCollection('decisionStacks'),
    getSources(),
  ]);
  return assembleCostData({
    prices: prices.map(({ data }) => data),
    profiles: profiles.map(({ data }) => data),
    people: inFileOrder(people),
    frameworks,
    stacks: inFileOrder(stacks),
    sourceTitles: new Map(sources.map((s) => [s.id, s.data.title])),
  });
}

/** Every source the cost calculator cites: its unit prices, people costs, effort evidence and assumptions. */
export async function costSourceIds(): Promise<string[]> {
  const { prices, profiles, people } = await getCostData();
  return unique([
    ...Object.values(prices).flatMap((p) => [p.source, ...(p.corroboratedBy ?? [])]),
    ...people.flatMap((p) => [p.loadingSource, p.roles.dataScientist.source, p.roles.platformEngineer.source]),
    ...profiles.flatMap((p) => [...p.evidence.flatMap((e) => e.sources), ...p.hosting.flatMap((h) => h.evidence.flatMap((e) => e.sources)), ...p.scaleToZero.sources]),
    ...ASSUMPTION_SOURCES,
  ]);
}

/** The calculator's numbers only, for islands: evidence prose and price notes are rendered by pages, once. */
export async function getCostIslandData(): Promise<{ data: CostData; pricesAsOf: string }> {
  const { pricesAsOf, ...data } = await getCostData();
  const role = (r: CostData['people'][number]['roles']['dataScientist']) => ({ ...r, note: '', source: '' });
  return {
    pricesAsOf,
    data: {
      ...data,
      profiles: data.profiles.map((profile) => ({
        ...profile,
        evidence: [],
        hosting: profile.hosting.map((h) => ({ ...h, evidence: [] })),
        scaleToZero: { ...profile.scaleToZero, text: '', sources: [] },
      })),
      prices: Object.fromEntries(Object.entries(data.prices).map(([id, { note: _note, corroboratedBy: _also, ...price }]) => [id, { ...price, region: '' }])),
      people: data.people.map((p) => ({ ...p, loadingSource: '', roles: { dataScientist: role(p.roles.dataScientist), platformEngineer: role(p.roles.platformEngineer) } })),
    },
  };
}
