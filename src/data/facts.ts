/** The stored facts (content/data/facts.yaml) as pages render them, and the sources <Fact /> cites. */
import { getCollection } from 'astro:content';
import { factIdsInBody, type ResolvedFact } from '~/lib/facts';
import { assembleFacts } from '~/lib/models/facts';

let facts: Promise<Map<string, ResolvedFact>> | undefined;

/** The stored facts, by id; a price fact takes its figure, source and date from prices.yaml. */
export function getFacts(): Promise<Map<string, ResolvedFact>> {
  facts ??= Promise.all([getCollection('facts'), getCollection('prices')]).then(([entries, prices]) =>
    assembleFacts(
      entries.map(({ data }) => data),
      prices.map(({ data }) => data),
    ),
  );
  return facts;
}

/** The sources of the facts an MDX body renders with <Fact id="…" />, in order of use. */
export async function factSourceIdsInBody(body: string | undefined): Promise<string[]> {
  const ids = factIdsInBody(body ?? '');
  if (ids.length === 0) return [];
  const known = await getFacts();
  return ids.flatMap((id) => known.get(id)?.sources ?? []);
}
