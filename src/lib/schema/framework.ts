/** The frontmatter of a framework article in content/frameworks/. */
import { z } from 'astro/zod';
import { CAPABILITY_IDS, COMPLIANCE_GROUPS, COST_MODELS, EFFORT_LEVELS, FRAMEWORK_KINDS, PROFILE_FIELDS, SUPPORT_LEVELS } from '../vocabulary';
import { factIdsIn, fillFactReferences, type ResolvedFact } from '../facts';
import { articleFields, citedText, isoDate, objectWithKeys, rejectTodosUnlessDraft, sourceList, withFactReferences, type KnownIds } from './common';

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

/** A version written out (value, asOf, sources), or `{ fact: <id> }` to show a stored version fact. */
function versionField(ids: KnownIds) {
  const facts = ids.facts ?? new Map<string, ResolvedFact>();
  return z
    .strictObject({
      fact: z.string().optional(),
      value: z.string().trim().min(1).optional(),
      asOf: isoDate.optional(),
      sources: sourceList(ids, { allowTodo: true }).optional(),
    })
    .transform((version, context) => {
      if (version.fact !== undefined) {
        const fact = facts.get(version.fact);
        if (fact && !version.value && !version.asOf && !version.sources) return { value: fact.text, asOf: fact.asOf, sources: fact.sources };
        context.addIssue({
          code: 'custom',
          path: ['fact'],
          message: fact
            ? 'a version from a fact takes nothing else; remove value, asOf and sources'
            : `unknown fact id "${version.fact}": add it to content/data/facts.yaml or fix the spelling`,
        });
        return z.NEVER;
      }
      // A written value may quote facts ("No service version; {fact:…}"): they supply the date and sources it lacks.
      const quoted = factIdsIn(version.value ?? '').map((id) => facts.get(id));
      for (const [index, fact] of quoted.entries()) {
        if (!fact)
          context.addIssue({
            code: 'custom',
            path: ['value'],
            message: `unknown fact id "${factIdsIn(version.value!)[index]}": add it to content/data/facts.yaml or fix the spelling`,
          });
      }
      const known = quoted.filter((fact): fact is ResolvedFact => !!fact);
      const asOf = version.asOf ?? known[0]?.asOf;
      const sources = [...new Set([...(version.sources ?? []), ...known.flatMap((fact) => fact.sources)])];
      const missing = [...(version.value === undefined ? ['value'] : []), ...(asOf === undefined ? ['asOf'] : []), ...(sources.length === 0 ? ['sources'] : [])];
      for (const key of missing) context.addIssue({ code: 'custom', path: [key], message: `${key} is required unless the version comes from a fact` });
      if (missing.length > 0 || known.length !== quoted.length) return z.NEVER;
      return { value: fillFactReferences(version.value!, facts), asOf: asOf!, sources };
    });
}

/** The keys of the "In one minute" box, in the order it shows them. */
export const ONE_MINUTE_FIELDS = ['today', 'bestFor', 'avoidIf', 'pricing', 'lockIn'] as const;

/**
 * "In one minute" at the top of a framework page: one sentence per question, which may quote stored
 * facts, and the dated changes of the last 12 months (checked against lastReviewed below).
 */
function oneMinuteSchema(ids: KnownIds) {
  const facts = ids.facts ?? new Map<string, ResolvedFact>();
  const sentence = z.string().trim().min(10).max(260, { error: 'keep it to one sentence of at most 260 characters' });
  const answers = z.strictObject({
    today: sentence,
    bestFor: sentence,
    avoidIf: sentence,
    pricing: sentence,
    lockIn: sentence,
    sources: sourceList(ids, { allowTodo: true }),
    changed: z
      .array(withFactReferences(z.strictObject({ date: isoDate, text: sentence, sources: sourceList(ids, { allowTodo: true }) }), 'text', facts))
      .min(1, { error: 'list at least one dated change from the last 12 months' }),
  });
  return answers
    .superRefine((value, context) => {
      for (const key of ONE_MINUTE_FIELDS) {
        for (const id of factIdsIn(value[key])) {
          if (!facts.has(id)) context.addIssue({ code: 'custom', path: [key], message: `unknown fact id "${id}": add it to content/data/facts.yaml or fix the spelling` });
        }
      }
    })
    .transform((value) => {
      const quoted = ONE_MINUTE_FIELDS.flatMap((key) => factIdsIn(value[key]).flatMap((id) => facts.get(id)?.sources ?? []));
      const fill = (text: string) => fillFactReferences(text, facts);
      return {
        ...value,
        today: fill(value.today),
        bestFor: fill(value.bestFor),
        avoidIf: fill(value.avoidIf),
        pricing: fill(value.pricing),
        lockIn: fill(value.lockIn),
        sources: [...new Set([...value.sources, ...quoted])],
      };
    });
}

const YEAR_MS = 366 * 86_400_000;

export function frameworkSchema(ids: KnownIds) {
  // A draft may cite the TODO marker; rejectTodosUnlessDraft fails it once the draft flag goes.
  const cited = citedText(ids, { allowTodo: true });
  const sources = sourceList(ids, { allowTodo: true });
  return z
    .strictObject({
      ...articleFields,
      shortName: z.string().trim().min(1),
      vendor: z.string().trim().min(1),
      kind: z.enum(FRAMEWORK_KINDS),
      website: z.url({ protocol: /^https?$/ }),
      lastReviewed: isoDate,
      inOneMinute: oneMinuteSchema(ids),
      maintainer: cited,
      license: cited,
      /** Written out, or `{ fact: <id> }` to show a stored version fact. */
      latestVersion: versionField(ids),
      /** Former and alternative names; search indexes every one of them. */
      aliases: z.array(
        withFactReferences(
          z.strictObject({
            name: z.string().trim().min(1),
            relation: z.enum(['former name', 'new umbrella name', 'related product', 'version scheme', 'repository']),
            note: z.string().trim().min(1),
            sources,
          }),
          'note',
          ids.facts,
        ),
      ),
      /**
       * The original article's ratings, kept verbatim in meaning so its every fact stays traceable.
       * Absent for frameworks the original comparison did not cover; pages then say so.
       */
      seed: frameworkSeedSchema().optional(),
      /** One cited statement per narrative dimension; the dimension pages render these as their table. */
      profile: objectWithKeys(PROFILE_FIELDS, cited),
      capabilities: objectWithKeys(
        CAPABILITY_IDS,
        withFactReferences(
          z.strictObject({
            level: z.enum(SUPPORT_LEVELS),
            note: z.string().trim().min(1),
            sources,
          }),
          'note',
          ids.facts,
        ),
      ),
      useCases: z.array(
        withFactReferences(
          z.strictObject({
            organisation: z.string().trim().min(1),
            summary: z.string().trim().min(1),
            sources,
          }),
          'summary',
          ids.facts,
        ),
      ),
    })
    .superRefine(rejectTodosUnlessDraft)
    .superRefine((framework, context) => {
      // "What changed in the last 12 months" means the 12 months before the page's review.
      framework.inOneMinute.changed.forEach((change, index) => {
        const age = framework.lastReviewed.getTime() - change.date.getTime();
        if (age > YEAR_MS || age < 0) {
          context.addIssue({ code: 'custom', path: ['inOneMinute', 'changed', index, 'date'], message: 'must fall in the 12 months up to lastReviewed' });
        }
      });
    });
}

export type FrameworkData = z.infer<ReturnType<typeof frameworkSchema>>;
/** The original article's ratings (frameworks added later have none, so `FrameworkData['seed']` may be undefined). */
export type FrameworkSeed = NonNullable<FrameworkData['seed']>;
export type FrameworkCapabilities = FrameworkData['capabilities'];
/** One cited statement: a profile cell, a maintainer or a licence. */
export type CitedText = FrameworkData['maintainer'];
/** One capability of one framework: its support level, a note and sources. */
export type CapabilityCell = FrameworkCapabilities[keyof FrameworkCapabilities];
