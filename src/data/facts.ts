/** The stored facts (content/data/facts.yaml) as pages render them, and the sources <Fact /> cites. */
import { getCollection } from 'astro:content';
import { factIdsInBody, resolveFact, type PriceForFact, type ResolvedFact } from '../lib/facts';

let facts: Promise<Map<string, ResolvedFact>> | undefined;

/** The stored facts, by id; a price fact takes its figure, source and date from prices.yaml. */
export function getFacts(): Promise<Map<string, ResolvedFact>> {
  facts ??= Promise.all([getCollection('facts'), getCollection('prices')]).then(([entries, prices]) => {
    const priceById = new Map<string, PriceForFact>(prices.map(({ data }) => [data.id, data]));
    return new Map(entries.map(({ data }) => [data.id, resolveFact(data, priceById)]));
  });
  return facts;
}

/** The sources of the facts an MDX body renders with <Fact id="…" />, in order of use. */
export async function factSourceIdsInBody(body: string | undefined): Promise<string[]> {
  const ids = factIdsInBody(body ?? '');
  if (ids.length === 0) return [];
  const known = await getFacts();
  return ids.flatMap((id) => known.get(id)?.sources ?? []);
}
