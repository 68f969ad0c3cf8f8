/**
 * The schema of content/data/facts.yaml (see src/lib/facts.ts for what a fact is). The frontmatter
 * helpers that let a statement refer to a fact with `{fact:id}` are in ./common.ts.
 */
import { z } from 'astro/zod';
import { ID_PATTERN, isoDate, knownId, type KnownIds } from './common';

export const FACT_KINDS = ['version', 'minimum-version', 'price', 'support', 'compliance', 'ownership', 'date'] as const;

/** A pattern that compiles; a broken one would silently never match. */
const pattern = z
  .string()
  .min(3)
  .refine(
    (source) => {
      try {
        new RegExp(source, 'i');
        return true;
      } catch {
        return false;
      }
    },
    { error: (issue) => `not a valid regular expression: ${String(issue.input)}` },
  );

export function factSchema(ids: KnownIds) {
  return z
    .strictObject({
      id: z.string().regex(ID_PATTERN, { error: 'fact ids are lower-case words joined by hyphens' }),
      /** What the fact is about, for /changes/ and the stale report. */
      label: z.string().trim().min(1),
      kind: z.enum(FACT_KINDS),
      /** The fact itself; a price fact names its price in prices.yaml instead. */
      value: z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1)).optional(),
      price: knownId(ids.prices ?? new Set(), 'price', 'content/data/prices.yaml').optional(),
      unit: z.string().trim().min(1).optional(),
      /** How it reads in a sentence; defaults to the value and unit. */
      text: z.string().trim().min(1).optional(),
      /** What the fact is about, in words; deliberately not a framework id, because guides keep stating a fact after its framework's page goes. */
      subject: z.string().trim().min(1).optional(),
      sources: z
        .array(knownId(ids.sources, 'source', 'content/data/sources.yaml'))
        .min(1, { error: 'cite at least one source id' })
        .optional(),
      asOf: isoDate.optional(),
      /** How a hand-typed copy would look in prose; the content tests fail on any match. */
      typed: z.array(pattern).min(1, { error: 'give at least one pattern that catches a hand-typed copy' }),
      note: z.string().trim().min(1).optional(),
    })
    .superRefine((fact, context) => {
      if ((fact.value === undefined) === (fact.price === undefined)) {
        context.addIssue({ code: 'custom', path: ['value'], message: 'give either a value or a price id, not both or neither' });
      }
      if (fact.value !== undefined && !fact.sources) context.addIssue({ code: 'custom', path: ['sources'], message: 'a fact with a value needs its sources' });
      if (fact.value !== undefined && !fact.asOf) context.addIssue({ code: 'custom', path: ['asOf'], message: 'a fact with a value needs its as-of date' });
      if (fact.price !== undefined && (fact.sources || fact.asOf)) {
        context.addIssue({ code: 'custom', path: ['price'], message: 'a price fact takes its source and date from prices.yaml; remove sources and asOf' });
      }
    });
}
