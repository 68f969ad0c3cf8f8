/** The frontmatter of a framework article in content/frameworks/. */
import { z } from 'astro/zod';
import {
  CAPABILITY_IDS,
  COMPLIANCE_GROUPS,
  COST_MODELS,
  EFFORT_LEVELS,
  FRAMEWORK_KINDS,
  PROFILE_FIELDS,
  SUPPORT_LEVELS,
} from '../vocabulary';
import { citedText, draftFlag, isoDate, objectWithKeys, rejectTodosUnlessDraft, sourceList, type KnownIds } from './common';

/**
 * The original article's ratings of a framework. Needs no ids, so the published open-data schema
 * reuses it as it is.
 */
export function frameworkSeedSchema() {
  return z.strictObject({
    keyFeatures: z.array(z.string().trim().min(1)).min(1),
    strengths: z.array(z.string().trim().min(1)).min(1),
    limitations: z.array(z.string().trim().min(1)).min(1),
    bestFor: z.string().trim().min(1),
    implementationEffort: z.enum(EFFORT_LEVELS),
    costModel: z.enum(COST_MODELS),
    hiddenCosts: z.array(z.string().trim().min(1)).min(1),
    complianceGroup: z.enum(COMPLIANCE_GROUPS),
  });
}

export function frameworkSchema(ids: KnownIds) {
  // A draft may cite the TODO marker; rejectTodosUnlessDraft fails it once the draft flag goes.
  const cited = citedText(ids, { allowTodo: true });
  const sources = sourceList(ids, { allowTodo: true });
  return z
    .strictObject({
      draft: draftFlag,
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
      seed: frameworkSeedSchema(),
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
    })
    .superRefine(rejectTodosUnlessDraft);
}

export type FrameworkData = z.infer<ReturnType<typeof frameworkSchema>>;
export type FrameworkSeed = FrameworkData['seed'];
export type FrameworkProfile = FrameworkData['profile'];
export type FrameworkCapabilities = FrameworkData['capabilities'];
/** One cited statement: a profile cell, a maintainer or a licence. */
export type CitedText = FrameworkData['maintainer'];
/** One capability of one framework: its support level, a note and sources. */
export type CapabilityCell = FrameworkCapabilities[keyof FrameworkCapabilities];
