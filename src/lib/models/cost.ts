/**
 * The cost calculator's data, assembled from plain parsed lists. The build (src/data/cost.ts, from
 * collections) and the disk reader (src/data/content-files.ts, for tests and scripts) both call
 * this, so what the tests price is what ships.
 */
import type { CostData } from '../cost/types';
import { isoDay, latest } from '../format';
import type { EffortProfileData, PeopleCostData, PriceData } from '../schema/cost';
import type { StackData } from '../schema/stacks';

export interface CostParts {
  prices: readonly PriceData[];
  /** One row per framework, in any order. */
  profiles: readonly EffortProfileData[];
  /** In the order editors wrote them: the first is the default region. */
  people: readonly PeopleCostData[];
  /** The published frameworks, in display order (see inDisplayOrder). */
  frameworks: ReadonlyArray<{ id: string; data: { shortName: string; capabilities: Record<string, { level: string }> } }>;
  /** The stacks (content/data/stacks.yaml), so the calculator prices the same options as the checklist. */
  stacks: readonly StackData[];
  /** Every source's title by id; only those the prices cite are kept. */
  sourceTitles: ReadonlyMap<string, string>;
}

/** Profiles in the frameworks' display order; prices' dates as ISO days, the newest as pricesAsOf. */
export function assembleCostData(parts: CostParts): CostData & { pricesAsOf: string } {
  const order = new Map(parts.frameworks.map((f, index) => [f.id, index]));
  const cited = new Set(parts.prices.map((price) => price.source));
  return {
    prices: Object.fromEntries(parts.prices.map((price) => [price.id, { ...price, asOf: isoDay(price.asOf) }])),
    profiles: [...parts.profiles].sort((a, b) => (order.get(a.framework) ?? 0) - (order.get(b.framework) ?? 0)),
    titles: Object.fromEntries(parts.frameworks.map((f) => [f.id, f.data.shortName])),
    people: [...parts.people],
    sourceTitles: Object.fromEntries([...parts.sourceTitles].filter(([id]) => cited.has(id))),
    // The option model's inputs: capability levels only, and the stacks' members.
    options: {
      frameworks: parts.frameworks.map((f) => ({ id: f.id, capabilities: Object.fromEntries(Object.entries(f.data.capabilities).map(([k, c]) => [k, { level: c.level }])) })),
      stacks: parts.stacks.map((st) => ({
        id: st.id,
        title: st.title,
        notAnOption: st.notAnOption,
        members: st.members.map((m) => ({ framework: m.framework, role: '', covers: m.covers, runs: '' })),
      })),
    } as unknown as NonNullable<CostData['options']>,
    pricesAsOf: isoDay(latest(parts.prices.map((price) => price.asOf))),
  };
}
