/** A term in content/data/glossary.yaml. */
import { z } from 'astro/zod';
import { ID_PATTERN, sourceId, withFactReferences, type KnownIds } from './common';

export function glossaryTermSchema(ids: KnownIds) {
  const term = z.strictObject({
    id: z.string().regex(ID_PATTERN, { error: 'glossary ids are lower-case words joined by hyphens' }),
    term: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    definition: z.string().trim().min(20),
    sources: z.array(sourceId(ids)).default([]),
  });
  return withFactReferences(term, 'definition', ids.facts);
}
