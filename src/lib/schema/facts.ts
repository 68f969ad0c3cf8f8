/**
 * The schema of content/data/facts.yaml (see src/lib/facts.ts for what a fact is) and the
 * frontmatter helpers that let a statement refer to a fact with `{fact:id}`.
 */
import { z } from 'astro/zod';
import { factIdsIn, fillFactReferences, type ResolvedFact } from '../facts';
import type { KnownIds } from './common';

export const FACT_KINDS = ['version', 'minimum-version', 'price', 'support', 'compliance', 'ownership', 'date'] as const;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;


function known(ids: ReadonlySet<string>, what: string, where: string) {
  return z.string().refine((id) => ids.has(id), {
    error: (issue) => `unknown ${what} id "${String(issue.input)}": add it to ${where} or fix the spelling`,
  });
}

/** A pattern that compiles; a broken one would silently never match. */
const pattern = z.string().min(3).refine(
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
  const isoDate = z.coerce.date({ error: 'expected a date such as 2026-11-26' });
  return z
    .strictObject({
      id: z.string().regex(ID_PATTERN, { error: 'fact ids are lower-case words joined by hyphens' }),
      /** What the fact is about, for /changes/ and the stale report. */
      label: z.string().trim().min(1),
      kind: z.enum(FACT_KINDS),
      /** The fact itself; a price fact names its price in prices.yaml instead. */
      value: z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1)).optional(),
      price: known(ids.prices ?? new Set(), 'price', 'content/data/prices.yaml').optional(),
      unit: z.string().trim().min(1).optional(),
      /** How it reads in a sentence; defaults to the value and unit. */
      text: z.string().trim().min(1).optional(),
      /** What the fact is about, in words; deliberately not a framework id, because guides keep stating a fact after its framework's page goes. */
      subject: z.string().trim().min(1).optional(),
      sources: z.array(known(ids.sources, 'source', 'content/data/sources.yaml')).min(1, { error: 'cite at least one source id' }).optional(),
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

export type FactData = z.infer<ReturnType<typeof factSchema>>;

/** The sources of every fact a raw frontmatter string refers to. */
export function factSourcesIn(text: string, facts: ReadonlyMap<string, ResolvedFact>): string[] {
  return factIdsIn(text).flatMap((id) => facts.get(id)?.sources ?? []);
}

/**
 * Lets the `key` string of a cited object refer to stored facts: an unknown id is rejected by name,
 * each reference is replaced by the fact's text, and the fact's sources join the object's own.
 */
export function withFactReferences<S extends z.ZodType<{ sources: string[] }>, K extends string>(
  schema: S,
  key: K,
  facts: ReadonlyMap<string, ResolvedFact> = new Map(),
) {
  return schema
    .superRefine((value, context) => {
      const text = (value as Record<string, unknown>)[key];
      if (typeof text !== 'string') return;
      for (const id of factIdsIn(text)) {
        if (!facts.has(id)) context.addIssue({ code: 'custom', path: [key], message: `unknown fact id "${id}": add it to content/data/facts.yaml or fix the spelling` });
      }
    })
    .transform((value) => {
      const text = String((value as Record<string, unknown>)[key]);
      const sources = [...new Set([...value.sources, ...factSourcesIn(text, facts)])];
      return { ...value, [key]: fillFactReferences(text, facts), sources } as z.output<S>;
    });
}
