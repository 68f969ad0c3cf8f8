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

export interface KnownIds {
  sources: ReadonlySet<string>;
  frameworks: ReadonlySet<string>;
  /** Unit-price ids in content/data/prices.yaml; only the effort profiles refer to them. */
  prices?: ReadonlySet<string>;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function knownId(ids: ReadonlySet<string>, what: string, where: string) {
  return z.string().refine((id) => ids.has(id), {
    error: (issue) => `unknown ${what} id "${String(issue.input)}": add it to ${where} or fix the spelling`,
  });
}

/** A framework id that must exist as a file in content/frameworks/. */
export function frameworkId(ids: KnownIds) {
  return knownId(ids.frameworks, 'framework', 'content/frameworks/');
}

/** A source id that must exist in content/data/sources.yaml. */
export function sourceId(ids: KnownIds) {
  return knownId(ids.sources, 'source', 'content/data/sources.yaml');
}

/** A strict object with exactly these keys, each holding the same kind of value. */
export function objectWithKeys<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as { [P in K]: S });
}

/** A non-empty list of source ids, each of which must exist in content/data/sources.yaml. */
export function sourceList(ids: KnownIds) {
  return z.array(sourceId(ids)).min(1, { error: 'cite at least one source id' });
}

/** A short statement a reader could dispute, with the sources that back it. */
export function citedText(ids: KnownIds) {
  return z.strictObject({
    text: z.string().trim().min(1, { error: 'text must not be empty' }),
    sources: sourceList(ids),
  });
}

/** YAML turns 2026-11-26 into a Date; a quoted string must also parse. */
export const isoDate = z.coerce.date({ error: 'expected a date such as 2026-11-26' });

/** Turns a zod error into lines such as `capabilities.automl.level: Invalid option …`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}
