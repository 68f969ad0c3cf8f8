/**
 * Zod schemas for everything in `content/`.
 *
 * They are plain functions of the ids that exist (sources, frameworks), so the same schema runs in
 * `src/content.config.ts` (where a failure stops the build and Astro names the file) and in unit
 * tests (where broken samples must be rejected with a readable message). Cross-references are
 * checked here rather than with Astro's `reference()`, because a broken `reference()` only logs an
 * error and the build still exits 0.
 */
import { z } from 'astro/zod';
import {
  CAPABILITY_IDS,
  COMPLIANCE_GROUPS,
  COST_MODELS,
  DIMENSION_GROUPS,
  EFFORT_LEVELS,
  FRAMEWORK_KINDS,
  PROFILE_FIELDS,
  SEED_FIELDS,
  SOURCE_STANDINGS,
  SUPPORT_LEVELS,
} from './vocabulary';

export interface KnownIds {
  sources: ReadonlySet<string>;
  frameworks: ReadonlySet<string>;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function knownId(ids: ReadonlySet<string>, what: string, where: string) {
  return z.string().refine((id) => ids.has(id), {
    error: (issue) => `unknown ${what} id "${String(issue.input)}": add it to ${where} or fix the spelling`,
  });
}

/** A strict object with exactly these keys, each holding the same kind of value. */
function objectWithKeys<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as { [P in K]: S });
}

/** A non-empty list of source ids, each of which must exist in content/data/sources.yaml. */
function sourceList(ids: KnownIds) {
  return z
    .array(knownId(ids.sources, 'source', 'content/data/sources.yaml'))
    .min(1, { error: 'cite at least one source id' });
}

/** A short statement a reader could dispute, with the sources that back it. */
function citedText(ids: KnownIds) {
  return z.strictObject({
    text: z.string().trim().min(1, { error: 'text must not be empty' }),
    sources: sourceList(ids),
  });
}

/** YAML turns 2026-11-26 into a Date; a quoted string must also parse. */
const isoDate = z.coerce.date({ error: 'expected a date such as 2026-11-26' });

export function sourceSchema() {
  return z.strictObject({
    id: z.string().regex(ID_PATTERN, { error: 'source ids are lower-case words joined by hyphens' }),
    title: z.string().trim().min(1),
    publisher: z.string().trim().min(1),
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
    read: isoDate,
    standing: z.enum(SOURCE_STANDINGS),
    note: z.string().trim().min(1).optional(),
  });
}

export function frameworkSchema(ids: KnownIds) {
  const cited = citedText(ids);
  const sources = sourceList(ids);
  return z.strictObject({
    title: z.string().trim().min(1),
    shortName: z.string().trim().min(1),
    description: z.string().trim().min(50).max(180),
    order: z.number().int().min(0),
    vendor: z.string().trim().min(1),
    kind: z.enum(FRAMEWORK_KINDS),
    website: z.url({ protocol: /^https?$/ }),
    lastReviewed: isoDate,
    maintainer: cited,
    license: cited,
    latestVersion: z.strictObject({
      value: z.string().trim().min(1),
      asOf: isoDate,
      sources,
    }),
    /** Former and alternative names; search indexes every one of them. */
    aliases: z.array(
      z.strictObject({
        name: z.string().trim().min(1),
        relation: z.enum(['former name', 'new umbrella name', 'related product', 'version scheme', 'repository']),
        note: z.string().trim().min(1),
        sources,
      }),
    ),
    /** The original article's ratings, kept verbatim in meaning so its every fact stays traceable. */
    seed: z.strictObject({
      keyFeatures: z.array(z.string().trim().min(1)).min(1),
      strengths: z.array(z.string().trim().min(1)).min(1),
      limitations: z.array(z.string().trim().min(1)).min(1),
      bestFor: z.string().trim().min(1),
      implementationEffort: z.enum(EFFORT_LEVELS),
      costModel: z.enum(COST_MODELS),
      hiddenCosts: z.array(z.string().trim().min(1)).min(1),
      complianceGroup: z.enum(COMPLIANCE_GROUPS),
    }),
    /** One cited statement per narrative dimension; the dimension pages render these as their table. */
    profile: objectWithKeys(PROFILE_FIELDS, cited),
    capabilities: objectWithKeys(
      CAPABILITY_IDS,
      z.strictObject({
        level: z.enum(SUPPORT_LEVELS),
        note: z.string().trim().min(1),
        sources,
      }),
    ),
    useCases: z.array(
      z.strictObject({
        organisation: z.string().trim().min(1),
        summary: z.string().trim().min(1),
        sources,
      }),
    ),
  });
}

export function dimensionSchema() {
  return z.strictObject({
    title: z.string().trim().min(1),
    description: z.string().trim().min(50).max(180),
    order: z.number().int().min(0),
    group: z.enum(DIMENSION_GROUPS),
    /**
     * What the generated cross-framework table shows: the original article's rating (`seed`), the
     * current cited statement (`profile`) and capability support levels, in any combination.
     */
    table: z
      .strictObject({
        seed: z.enum(SEED_FIELDS).optional(),
        profile: z.enum(PROFILE_FIELDS).optional(),
        capabilities: z.array(z.enum(CAPABILITY_IDS)).min(1).optional(),
      })
      .refine((table) => table.seed || table.profile || table.capabilities, {
        error: 'name at least one of seed, profile or capabilities',
      }),
  });
}

export function guideSchema(ids: KnownIds) {
  return z.strictObject({
    title: z.string().trim().min(1),
    description: z.string().trim().min(50).max(180),
    order: z.number().int().min(0),
    lastReviewed: isoDate,
    frameworks: z.array(knownId(ids.frameworks, 'framework', 'content/frameworks/')).default([]),
  });
}

export function glossaryTermSchema(ids: KnownIds) {
  return z.strictObject({
    id: z.string().regex(ID_PATTERN, { error: 'glossary ids are lower-case words joined by hyphens' }),
    term: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    definition: z.string().trim().min(20),
    sources: z.array(knownId(ids.sources, 'source', 'content/data/sources.yaml')).default([]),
  });
}

export type SourceData = z.infer<ReturnType<typeof sourceSchema>>;
export type FrameworkData = z.infer<ReturnType<typeof frameworkSchema>>;
export type DimensionData = z.infer<ReturnType<typeof dimensionSchema>>;
export type GlossaryTermData = z.infer<ReturnType<typeof glossaryTermSchema>>;
export type GuideData = z.infer<ReturnType<typeof guideSchema>>;

/** Turns a zod error into lines such as `capabilities.automl.level: Invalid option …`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}
