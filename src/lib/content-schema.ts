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
  /** Unit-price ids in content/data/prices.yaml; only the effort profiles refer to them. */
  prices?: ReadonlySet<string>;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function knownId(ids: ReadonlySet<string>, what: string, where: string) {
  return z.string().refine((id) => ids.has(id), {
    error: (issue) => `unknown ${what} id "${String(issue.input)}": add it to ${where} or fix the spelling`,
  });
}

/** A strict object with exactly these keys, each holding the same kind of value. */
function objectWithKeys<K extends string, S extends z.ZodType>(keys: readonly K[], value: S) {
  return z.strictObject(Object.fromEntries(keys.map((key) => [key, value])) as { [P in K]: S });
}

/** A non-empty list of source ids, each of which must exist in content/data/sources.yaml. */
export function sourceList(ids: KnownIds) {
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

/** How far a unit price can be trusted (see content/data/prices.yaml). */
export const PRICE_STANDINGS = ['official', 'consensus', 'unverified'] as const;
export type PriceStanding = (typeof PRICE_STANDINGS)[number];
export const CLOUDS = ['aws', 'azure', 'gcp'] as const;
export type Cloud = (typeof CLOUDS)[number];

/**
 * The original article's effort ratings, as bands of likely setup person-weeks. A profile's likely
 * setup effort must fall inside the band of its rating, so the ratings and the numbers cannot drift.
 */
export const EFFORT_SETUP_BANDS: Record<(typeof EFFORT_LEVELS)[number], { min: number; max: number }> = {
  low: { min: 0.5, max: 2 },
  'low-medium': { min: 1, max: 4 },
  medium: { min: 2, max: 6 },
  high: { min: 6, max: 20 },
};

export function priceSchema(ids: KnownIds) {
  return z.strictObject({
    id: z.string().regex(ID_PATTERN, { error: 'price ids are lower-case words joined by hyphens' }),
    label: z.string().trim().min(1),
    cloud: z.enum([...CLOUDS, 'any']),
    region: z.string().trim().min(1),
    unit: z.enum(['hour', 'cluster-hour', 'GB-month', 'GB', 'month']),
    /** null: the vendor quotes only; the calculator shows "quote", never a number of ours. */
    usd: z.number().min(0, { error: 'a price cannot be negative' }).max(100_000).nullable(),
    source: knownId(ids.sources, 'source', 'content/data/sources.yaml'),
    asOf: isoDate,
    standing: z.enum(PRICE_STANDINGS),
    note: z.string().trim().min(1).optional(),
    /** A monthly free allowance, for egress. */
    freeGb: z.number().min(0).optional(),
  });
}

/** Low ≤ likely ≤ high, all finite and non-negative. */
function threePoint(max: number) {
  const point = z.number().min(0, { error: 'must not be negative' }).max(max);
  return z
    .strictObject({ low: point, likely: point, high: point })
    .refine((r) => r.low <= r.likely && r.likely <= r.high, { error: 'expected low ≤ likely ≤ high' });
}

export function effortProfileSchema(ids: KnownIds) {
  const priceIds = ids.prices ?? new Set<string>();
  const priceId = knownId(priceIds, 'price', 'content/data/prices.yaml');
  return z
    .strictObject({
      id: knownId(ids.frameworks, 'framework', 'content/frameworks/'),
      rating: z.enum(EFFORT_LEVELS),
      setupWeeks: threePoint(200),
      opsFte: threePoint(20),
      trainingHours: z.strictObject({ dataScientist: z.number().min(0).max(500), platformEngineer: z.number().min(0).max(500) }),
      exitWeeks: threePoint(200),
      computeMarkup: z.strictObject({ cpu: z.number().min(1).max(5), gpu: z.number().min(1).max(5) }),
      servingUtilisation: z.number().gt(0).max(1),
      needsKubernetes: z.enum(['always', 'never', 'outside-aws']),
      runsOn: z.enum(['chosen', ...CLOUDS]),
      fixedMonthly: z.array(priceId),
      newClusterOpsFte: threePoint(20).optional(),
      managed: z
        .strictObject({
          setupWeeks: threePoint(200),
          opsFte: threePoint(20),
          fixedMonthly: z.strictObject({ aws: priceId, azure: priceId, gcp: priceId }),
        })
        .optional(),
      subscription: priceId.optional(),
      evidence: z.array(citedText(ids)).min(1, { error: 'give at least one piece of evidence' }),
    })
    .superRefine((profile, context) => {
      const band = EFFORT_SETUP_BANDS[profile.rating];
      if (profile.setupWeeks.likely < band.min || profile.setupWeeks.likely > band.max) {
        context.addIssue({
          code: 'custom',
          path: ['setupWeeks', 'likely'],
          message: `a "${profile.rating}" rating needs likely setup between ${band.min} and ${band.max} person-weeks`,
        });
      }
    });
}

export type PriceData = z.infer<ReturnType<typeof priceSchema>>;
export type EffortProfileData = z.infer<ReturnType<typeof effortProfileSchema>>;
export type SourceData = z.infer<ReturnType<typeof sourceSchema>>;
export type FrameworkData = z.infer<ReturnType<typeof frameworkSchema>>;
export type DimensionData = z.infer<ReturnType<typeof dimensionSchema>>;
export type GlossaryTermData = z.infer<ReturnType<typeof glossaryTermSchema>>;
export type GuideData = z.infer<ReturnType<typeof guideSchema>>;

/** Turns a zod error into lines such as `capabilities.automl.level: Invalid option …`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
}
