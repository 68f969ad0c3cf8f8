/**
 * Schemas of the cost calculator's data: unit prices (content/data/prices.yaml), effort profiles
 * (content/data/effort-profiles.yaml, one row per framework keyed by `framework`) and people-cost
 * presets (content/data/people-costs.yaml). The model's types are inferred from these.
 */
import { z } from 'astro/zod';
import { CLOUDS, HOSTING_MODES, OPS_DRIVERS } from '../cost/words';
import { EFFORT_LEVELS } from '../vocabulary';
import { citedText, frameworkId, ID_PATTERN, isoDate, knownId, sourceId, sourceList, type KnownIds } from './common';

/** How far a unit price can be trusted (see the header of content/data/prices.yaml). */
export const PRICE_STANDINGS = ['official', 'consensus', 'third-party', 'unverified'] as const;
export type PriceStanding = (typeof PRICE_STANDINGS)[number];
export const PRICE_UNITS = ['hour', 'GPU-hour', 'cluster-hour', 'GB-month', 'GB', 'GiB', 'month', 'user-month', 'pipeline-run', 'million-tokens'] as const;
export const KUBERNETES_NEEDS = ['always', 'never', 'outside-aws'] as const;

/**
 * The original article's effort ratings, as bands of likely setup person-weeks. A profile's likely
 * setup effort (its default hosting mode) must fall inside the band of its rating.
 */
export const EFFORT_SETUP_BANDS: Record<(typeof EFFORT_LEVELS)[number], { min: number; max: number }> = {
  low: { min: 0.5, max: 2 },
  'low-medium': { min: 1, max: 4 },
  medium: { min: 2, max: 6 },
  high: { min: 6, max: 20 },
};

export function priceSchema(ids: KnownIds) {
  return z
    .strictObject({
      id: z.string().regex(ID_PATTERN, { error: 'price ids are lower-case words joined by hyphens' }),
      label: z.string().trim().min(1),
      cloud: z.enum([...CLOUDS, 'any']),
      region: z.string().trim().min(1),
      unit: z.enum(PRICE_UNITS),
      /** null: no price could be read; the calculator shows "quote", never a number of ours. */
      usd: z.number().min(0, { error: 'a price cannot be negative' }).max(100_000).nullable(),
      source: sourceId(ids),
      asOf: isoDate,
      standing: z.enum(PRICE_STANDINGS),
      /** The second (and further) sources of a consensus figure. */
      corroboratedBy: z.array(sourceId(ids)).min(1).optional(),
      note: z.string().trim().min(1).optional(),
      /** A monthly free allowance, for egress and logs. */
      freeGb: z.number().min(0).optional(),
    })
    .refine((price) => price.standing !== 'consensus' || (price.corroboratedBy?.length ?? 0) > 0, {
      path: ['corroboratedBy'],
      error: 'a consensus price needs a second source: name it in corroboratedBy',
    });
}

/** Low ≤ likely ≤ high, all finite and non-negative. */
function threePoint(max: number) {
  const point = z.number().min(0, { error: 'must not be negative' }).max(max);
  return z.strictObject({ low: point, likely: point, high: point }).refine((r) => r.low <= r.likely && r.likely <= r.high, { error: 'expected low ≤ likely ≤ high' });
}

/** A price id, or a template with {cloud} that must resolve on every cloud (to the id or its sized variants, `<id>-<size>`). */
function priceRef(prices: ReadonlySet<string>) {
  const resolves = (id: string) => prices.has(id) || [...prices].some((p) => p.startsWith(`${id}-`));
  return z.string().refine((id) => (id.includes('{cloud}') ? CLOUDS.every((c) => resolves(id.replace('{cloud}', c))) : prices.has(id)), {
    error: (issue) => `unknown price id "${String(issue.input)}": add it to content/data/prices.yaml (for every cloud if it holds {cloud}) or fix the spelling`,
  });
}

function hostingSchema(ids: KnownIds, prices: ReadonlySet<string>) {
  return z.strictObject({
    mode: z.enum(HOSTING_MODES),
    setupWeeks: threePoint(200),
    opsHours: z.strictObject({
      base: threePoint(2000),
      perModel: threePoint(200),
      perPipeline: threePoint(200),
      perUser: threePoint(200),
    }),
    trainingHours: z.strictObject({ dataScientist: z.number().min(0).max(500), platformEngineer: z.number().min(0).max(500) }),
    exitWeeks: threePoint(200),
    platformFees: z.array(priceRef(prices)),
    needsKubernetes: z.enum(KUBERNETES_NEEDS).optional(),
    evidence: z.array(citedText(ids)).min(1, { error: 'give at least one piece of evidence' }),
  });
}

export function effortProfileSchema(ids: KnownIds) {
  const prices = ids.prices ?? new Set<string>();
  const priceId = knownId(prices, 'price', 'content/data/prices.yaml');
  return z
    .strictObject({
      framework: frameworkId(ids),
      /** The framework's classic effort rating; absent, like its `seed`, for frameworks added later. */
      rating: z.enum(EFFORT_LEVELS).optional(),
      hosting: z.array(hostingSchema(ids, prices)).min(1, { error: 'give at least one hosting mode' }),
      computeMarkup: z.strictObject({
        cpu: z.number().min(1).max(5),
        gpu: z.number().min(1).max(5),
        // The markup is a separate fee SKU that commitment and spot discounts do not reduce.
        billedAsFee: z.boolean().default(false),
        sources: sourceList(ids).default([]),
      }),
      priceBook: z.string().regex(ID_PATTERN).optional(),
      servingUtilisation: z.number().gt(0).max(1),
      scaleToZero: z.strictObject({ supported: z.boolean(), text: z.string().trim().min(1), sources: sourceList(ids) }),
      needsKubernetes: z.enum(KUBERNETES_NEEDS),
      runsOn: z.enum(['chosen', ...CLOUDS]),
      newClusterOpsHours: threePoint(2000).optional(),
      /** Operations hours a month per GPU kept busy all month (730 GPU-hours of training or GPU serving). */
      gpuFleetOpsHours: threePoint(200).optional(),
      pipelineFee: priceId.optional(),
      monitoringFee: priceId.optional(),
      notebookFee: priceId.optional(),
      notebookPrice: priceId.optional(),
      evidence: z.array(citedText(ids)).min(1, { error: 'give at least one piece of evidence' }),
    })
    .superRefine((profile, context) => {
      // Without a classic rating there is no band to keep the likely setup in.
      const band = profile.rating ? EFFORT_SETUP_BANDS[profile.rating] : undefined;
      const first = profile.hosting[0]!;
      if (band && (first.setupWeeks.likely < band.min || first.setupWeeks.likely > band.max)) {
        context.addIssue({
          code: 'custom',
          path: ['hosting', 0, 'setupWeeks', 'likely'],
          message: `a "${profile.rating}" rating needs likely setup between ${band.min} and ${band.max} person-weeks`,
        });
      }
      const modes = profile.hosting.map((h) => h.mode);
      modes.forEach((mode, index) => {
        if (modes.indexOf(mode) !== index) context.addIssue({ code: 'custom', path: ['hosting', index, 'mode'], message: `hosting mode "${mode}" is listed twice` });
      });
      // A managed mode never asks more of the team than running the same tool yourself.
      const self = profile.hosting.find((h) => h.mode === 'self-hosted');
      if (!self) return;
      profile.hosting.forEach((managed, index) => {
        if (managed.mode === 'self-hosted') return;
        const checks: Array<[string[], { low: number; likely: number; high: number }, { low: number; likely: number; high: number }]> = [
          [['setupWeeks'], managed.setupWeeks, self.setupWeeks],
          ...OPS_DRIVERS.map((d): [string[], typeof self.setupWeeks, typeof self.setupWeeks] => [['opsHours', d], managed.opsHours[d], self.opsHours[d]]),
        ];
        for (const [path, mine, theirs] of checks) {
          if (mine.low > theirs.low || mine.likely > theirs.likely || mine.high > theirs.high) {
            context.addIssue({
              code: 'custom',
              path: ['hosting', index, ...path],
              message: `a managed mode ("${managed.mode}") must not need more than self-hosting the same framework`,
            });
          }
        }
      });
    });
}

export function peopleCostSchema(ids: KnownIds) {
  const role = z.strictObject({ wage: z.number().positive().max(10_000_000), source: sourceId(ids), note: z.string().trim().min(1) });
  return z.strictObject({
    id: z.string().regex(ID_PATTERN),
    label: z.string().trim().min(1),
    currency: z.string().regex(/^[A-Z]{3}$/),
    usdPerUnit: z.number().positive().max(10),
    loading: z.number().min(1).max(3),
    loadingSource: sourceId(ids),
    roles: z.strictObject({ dataScientist: role, platformEngineer: role }),
  });
}

export type PriceData = z.infer<ReturnType<typeof priceSchema>>;
export type EffortProfileData = z.infer<ReturnType<typeof effortProfileSchema>>;
export type HostingData = EffortProfileData['hosting'][number];
export type PeopleCostData = z.infer<ReturnType<typeof peopleCostSchema>>;
