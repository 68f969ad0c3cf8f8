/**
 * Zod schemas of the cost calculator. The other content schemas live in src/lib/schema/, one file
 * per concept (the decision checklist's in decision.ts); this family moves there (cost.ts) when its
 * tool is rebuilt. Shared building blocks come from src/lib/schema/common.ts.
 */
import { z } from 'astro/zod';
import { CLOUDS, EFFORT_LEVELS, EFFORT_SETUP_BANDS, PRICE_STANDINGS } from './vocabulary';
import { citedText, ID_PATTERN, isoDate, knownId, type KnownIds } from './schema/common';

// Re-exported so that the checklist's and calculator's files keep their imports until they move.
export { describeIssues, type KnownIds } from './schema/common';
export { CLOUDS, EFFORT_SETUP_BANDS, PRICE_STANDINGS, type Cloud, type PriceStanding } from './vocabulary';

export function priceSchema(ids: KnownIds) {
  return z.strictObject({
    id: z.string().regex(ID_PATTERN, { error: 'price ids are lower-case words joined by hyphens' }),
    label: z.string().trim().min(1),
    cloud: z.enum([...CLOUDS, 'any']),
    region: z.string().trim().min(1),
    unit: z.enum(['hour', 'cluster-hour', 'GB-month', 'GB', 'GiB', 'month']),
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
