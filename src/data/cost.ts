/** The cost calculator's data: unit prices, effort profiles (ordered like the frameworks) and people-cost presets. */
import { getCollection } from 'astro:content';
import { unique } from '../lib/citations';
import { ASSUMPTION_SOURCES } from '../lib/cost/export';
import type { CostData } from '../lib/cost/types';
import { isoDay, latest } from '../lib/format';
import { inFileOrder } from '../lib/schema';
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
  const cited = new Set(prices.map(({ data }) => data.source));
  const order = new Map(frameworks.map((f, index) => [f.id, index]));
  return {
    prices: Object.fromEntries(prices.map(({ data }) => [data.id, { ...data, asOf: isoDay(data.asOf) }])),
    profiles: profiles.map(({ data }) => data).sort((a, b) => (order.get(a.framework) ?? 0) - (order.get(b.framework) ?? 0)),
    titles: Object.fromEntries(frameworks.map((f) => [f.id, f.data.shortName])),
    people: inFileOrder(people),
    sourceTitles: Object.fromEntries(sources.filter((s) => cited.has(s.id)).map((s) => [s.id, s.data.title])),
    // The option model's inputs (capability levels only, and the stacks' members), so the calculator
    // prices the same options as the checklist for a scope.
    options: {
      frameworks: frameworks.map((f) => ({ id: f.id, capabilities: Object.fromEntries(Object.entries(f.data.capabilities).map(([k, c]) => [k, { level: c.level }])) })),
      stacks: inFileOrder(stacks).map((st) => ({ id: st.id, title: st.title, notAnOption: st.notAnOption, members: st.members.map((m) => ({ framework: m.framework, role: '', covers: m.covers, runs: '' })) })),
    },
    pricesAsOf: isoDay(latest(prices.map(({ data }) => data.asOf))),
  };
}

/** Every source the cost calculator cites: its unit prices, people costs, effort evidence and assumptions. */
export async function costSourceIds(): Promise<string[]> {
  const { prices, profiles, people } = await getCostData();
  return unique([
    ...Object.values(prices).flatMap((p) => [p.source, ...(p.corroboratedBy ?? [])]),
    ...people.flatMap((p) => [p.loadingSource, p.roles.dataScientist.source, p.roles.platformEngineer.source]),
    ...profiles.flatMap((p) => [
      ...p.evidence.flatMap((e) => e.sources),
      ...p.hosting.flatMap((h) => h.evidence.flatMap((e) => e.sources)),
      ...p.scaleToZero.sources,
    ]),
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
