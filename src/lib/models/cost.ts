/**
 * The cost calculator's data, assembled from plain parsed lists. The build (src/data/cost.ts, from
 * collections) and the disk reader (src/data/content-files.ts, for tests and scripts) both call
 * this, so what the tests price is what ships.
 */
import type { CostData } from '../cost/types';
import { isoDay, latest } from '../format';
import type { EffortProfileData, PeopleCostData, PriceData } from '../schema/cost';

export interface CostParts {
  prices: readonly PriceData[];
  /** One row per framework, in any order. */
  profiles: readonly EffortProfileData[];
  /** In the order editors wrote them: the first is the default region. */
  people: readonly PeopleCostData[];
  /** The published frameworks, in display order (see inDisplayOrder). */
  frameworks: ReadonlyArray<{ id: string; data: { shortName: string } }>;
}

/** Profiles in the frameworks' display order; prices' dates as ISO days, the newest as pricesAsOf. */
export function assembleCostData(parts: CostParts): CostData & { pricesAsOf: string } {
  const order = new Map(parts.frameworks.map((f, index) => [f.id, index]));
  return {
    prices: Object.fromEntries(parts.prices.map((price) => [price.id, { ...price, asOf: isoDay(price.asOf) }])),
    profiles: [...parts.profiles].sort((a, b) => (order.get(a.framework) ?? 0) - (order.get(b.framework) ?? 0)),
    titles: Object.fromEntries(parts.frameworks.map((f) => [f.id, f.data.shortName])),
    people: [...parts.people],
    pricesAsOf: isoDay(latest(parts.prices.map((price) => price.asOf))),
  };
}
