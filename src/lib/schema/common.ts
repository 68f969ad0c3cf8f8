/**
 * Building blocks shared by every content schema.
 *
 * Schemas are plain functions of the ids that exist (sources, frameworks), so the same schema runs in
 * `src/content.config.ts` (where a failure stops the build and Astro names the file) and in unit
 * tests (where broken samples must be rejected with a readable message). Cross-references are
 * checked here rather than with Astro's `reference()`, because a broken `reference()` only logs an
 * error and the build still exits 0.
 */
import { z } from 'astro/zod';
import { factIdsIn, fillFactReferences, type ResolvedFact } from '../facts';
import { TODO } from '../vocabulary';

export interface KnownIds {
  sources: ReadonlySet<string>;
  frameworks: ReadonlySet<string>;
  /** Unit-price ids in content/data/prices.yaml; only the effort profiles refer to them. */
  prices?: ReadonlySet<string>;
  /** The facts of content/data/facts.yaml, which frontmatter text may refer to as `{fact:id}`. */
  facts?: ReadonlyMap<string, ResolvedFact>;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export { TODO } from '../vocabulary';

/** Drafts are built by `npm run dev` only (see src/lib/models/order.ts). */
export const draftFlag = z.boolean().default(false);

/** What every MDX article's frontmatter starts with: draft flag, title, a search-result description, place in lists. */
export const articleFields = {
  draft: draftFlag,
  title: z.string().trim().min(1),
  description: z.string().trim().min(50).max(180),
  order: z.number().int().min(0),
};

export function knownId(ids: ReadonlySet<string>, what: string, where: string, options: { allowTodo?: boolean } = {}) {
  return z.string().refine((id) => ids.has(id) || (options.allowTodo === true && id === TODO), {
    error: (issue) => `unknown ${what} id "${String(issue.input)}": add it to ${where} or fix the spelling`,
  });
}

/** The paths of every string in a value that still holds the TODO marker. */
export function todoPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return value.includes(TODO) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => todoPaths(item, [...path, index]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => todoPaths(item, [...path, key]));
  }
  return [];
}

/** Fails a published article (`draft` not true) for every TODO the scaffold left in it. */
export function rejectTodosUnlessDraft(data: { draft: boolean }, context: z.RefinementCtx): void {
  if (data.draft) return;
  for (const path of todoPaths(data)) {
    context.addIssue({ code: 'custom', path, message: `still "${TODO}": fill it in, or keep draft: true until it is` });
  }
}

/** A framework id that must exist as a file in content/frameworks/. */
export function frameworkId(ids: KnownIds) {
  return knownId(ids.frameworks, 'framework', 'content/frameworks/');
}

/** A source id that must exist in content/data/sources.yaml. */
export function sourceId(ids: KnownIds, options: { allowTodo?: boolean } = {}) {
  return knownId(ids.sources, 'source', 'content/data/sources.yaml', options);
}

/** A strict object with exactly these keys, each holding the same kind of value. */
export function objectWithKeys<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as { [P in K]: S });
}

/** A non-empty list of source ids, each of which must exist in content/data/sources.yaml. */
export function sourceList(ids: KnownIds, options: { allowTodo?: boolean } = {}) {
  return z.array(sourceId(ids, options)).min(1, { error: 'cite at least one source id' });
}

/** A short statement a reader could dispute, with the sources that back it; it may quote stored facts. */
export function citedText(ids: KnownIds, options: { allowTodo?: boolean } = {}) {
  const statement = z.strictObject({
    text: z.string().trim().min(1, { error: 'text must not be empty' }),
    sources: sourceList(ids, options),
  });
  return withFactReferences(statement, 'text', ids.facts);
}

/** YAML turns 2026-11-26 into a Date; a quoted string must also parse. */
export const isoDate = z.coerce.date({ error: 'expected a date such as 2026-11-26' });

/** Turns a zod error into lines such as `capabilities.automl.level: Invalid option …`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}

/**
 * An entry of a YAML list that carries its place in the file (`position`, added by the loader in
 * src/data/loaders.ts), checked against `schema` with the entry's own paths in every message.
 * Astro's content store hands entries back sorted by id, and some lists are read in the order
 * editors wrote them.
 */
export function withPosition<S extends z.ZodType<Record<string, unknown>>>(schema: S) {
  return z.looseObject({ position: z.number().int().min(0) }).transform((raw, context): z.output<S> & { position: number } => {
    const { position, ...entry } = raw;
    const result = schema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return z.NEVER;
    }
    return { ...result.data, position };
  });
}

/** Entries that came through withPosition, in file order, without the position. */
export function inFileOrder<T extends { position: number }>(entries: ReadonlyArray<{ data: T }>): Array<Omit<T, 'position'>> {
  return [...entries].sort((a, b) => a.data.position - b.data.position).map(({ data: { position: _position, ...data } }) => data);
}

/** The sources of every fact a raw frontmatter string refers to. */
export function factSourcesIn(text: string, facts: ReadonlyMap<string, ResolvedFact>): string[] {
  return factIdsIn(text).flatMap((id) => facts.get(id)?.sources ?? []);
}

/**
 * Lets the `key` string of a cited object refer to stored facts: an unknown id is rejected by name,
 * each reference is replaced by the fact's text, and the fact's sources join the object's own.
 */
export function withFactReferences<S extends z.ZodType<{ sources: string[] }>, K extends string>(schema: S, key: K, facts: ReadonlyMap<string, ResolvedFact> = new Map()) {
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
