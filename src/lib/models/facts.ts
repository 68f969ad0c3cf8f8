/**
 * The stored facts by id, assembled from the parsed facts and prices. The build (src/data/facts.ts)
 * and the disk reader (src/data/content-files.ts) both call this.
 */
import { resolveFact, type FactEntry, type PriceForFact, type ResolvedFact } from '../facts';

/** A price fact takes its figure, source and date from its price; one whose price is unknown is left out (the facts schema reports it). */
export function assembleFacts(facts: readonly FactEntry[], prices: readonly PriceForFact[]): Map<string, ResolvedFact> {
  const byId = new Map(prices.map((price) => [price.id, price]));
  return new Map(facts.filter((fact) => fact.price === undefined || byId.has(fact.price)).map((fact) => [fact.id, resolveFact(fact, byId)]));
}
