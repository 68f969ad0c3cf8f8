/**
 * Zod schemas for the decision checklist's data (content/data/decision-*.yaml). Like every content
 * schema they are functions of the ids that exist (sources, frameworks, questions), so the build
 * and the unit tests reject an unknown id with a message naming the file's field.
 */
import { z } from 'astro/zod';
import { CAPABILITY_IDS, SEED_RULES } from '../vocabulary';
import { ID_PATTERN, knownId, sourceList, type KnownIds } from './common';

/** The checklist's questions and the answer ids each offers, read from decision-questions.yaml. */
export type DecisionVocabulary = ReadonlyMap<string, ReadonlySet<string>>;

/** Where a question takes its answers from when it does not list them. */
export const ANSWER_SOURCES = { capabilities: CAPABILITY_IDS } as const;

const answerId = z.string().regex(/^[a-z0-9-]+$/, { error: 'answer ids are lower-case letters, digits and hyphens' });

export function decisionQuestionSchema() {
  const answer = z.strictObject({
    id: answerId,
    label: z.string().trim().min(1),
    /** Shown when this answer is picked: why it moves no framework, or moves only the cost estimate. */
    note: z.string().trim().min(10).optional(),
    /** A budget answer's monthly ceiling in USD. */
    max: z.number().positive().optional(),
  });
  return z
    .strictObject({
      id: z.string().regex(ID_PATTERN, { error: 'question ids are lower-case words joined by hyphens' }),
      key: z.string().regex(/^[a-z0-9]+$/, { error: 'URL keys are lower-case letters and digits' }),
      kind: z.enum(['one', 'many']),
      /** A choice the team can make (offered under "what would change this"), not a fact about it. */
      changeable: z.boolean().default(false),
      /** The cost calculator reads this question's key (see src/lib/cost/checklist.ts), so its link carries it. */
      toCalculator: z.boolean().default(false),
      legend: z.string().trim().min(1),
      hint: z.string().trim().min(1).optional(),
      answersFrom: z.enum(Object.keys(ANSWER_SOURCES) as [keyof typeof ANSWER_SOURCES]).optional(),
      answers: z.array(answer).default([]),
    })
    .superRefine((question, context) => {
      if (!question.answersFrom && question.answers.length < 2) {
        context.addIssue({ code: 'custom', path: ['answers'], message: 'a question needs at least two answers (or answersFrom)' });
      }
      const ids = question.answers.map((a) => a.id);
      ids.forEach((id, index) => {
        if (ids.indexOf(id) !== index) context.addIssue({ code: 'custom', path: ['answers', index, 'id'], message: `answer id "${id}" is listed twice` });
      });
    });
}

/** `when`/`if`: question id → answers, every id checked against decision-questions.yaml. */
export function decisionCondition(questions: DecisionVocabulary) {
  return z.record(z.string(), z.array(z.string()).min(1)).superRefine((when, context) => {
    if (Object.keys(when).length === 0) context.addIssue({ code: 'custom', path: [], message: 'name at least one question' });
    for (const [question, answers] of Object.entries(when)) {
      const known = questions.get(question);
      if (!known) {
        context.addIssue({ code: 'custom', path: [question], message: `unknown question id "${question}": add it to content/data/decision-questions.yaml or fix the spelling` });
        continue;
      }
      answers.forEach((answer, index) => {
        if (!known.has(answer)) context.addIssue({ code: 'custom', path: [question, index], message: `"${answer}" is not an answer of question "${question}"` });
      });
    }
  });
}

const CRITERION_KINDS = ['answer-level', 'matrix', 'programmes', 'kind', 'capabilities', 'coverage', 'priority-level', 'cost', 'budget'] as const;
const points = z.number().int().min(-10).max(10);
const sentence = z.string().trim().min(10);

export function decisionCriterionSchema(questions: DecisionVocabulary) {
  const questionId = z.string().refine((id) => questions.has(id), { error: (issue) => `unknown question id "${String(issue.input)}"` });
  const priority = z.string().refine((id) => questions.get('priorities')?.has(id) ?? false, {
    error: (issue) => `"${String(issue.input)}" is not an answer of question "priorities"`,
  });
  return z
    .strictObject({
      id: z.string().regex(ID_PATTERN),
      label: z.string().trim().min(1),
      question: questionId.optional(),
      kind: z.enum(CRITERION_KINDS),
      priority: priority.optional(),
      alsoWhen: decisionCondition(questions).optional(),
      needsCoverageOf: questionId.optional(),
      levels: z
        .record(
          z.string(),
          z.strictObject({ points: points.optional(), text: sentence, ask: sentence.optional(), unattested: z.literal(true).optional(), move: sentence.optional() }),
        )
        .optional(),
      /**
       * answer-level: scope answer → level → the points and sentence that level carries under that scope
       * instead of its own, for a level whose reason holds only for some scopes (a tracker holds run
       * records, not training data, so “no data to move” earns it nothing). Each names why in its text.
       */
      scopeLevels: z.record(z.string(), z.record(z.string(), z.strictObject({ points, text: sentence }))).optional(),
      /** The scope answers (question "scope") under which this criterion counts; without it, under every scope. */
      scopes: z.array(z.string()).min(1).optional(),
      /** Why the criterion counts only under those scopes, shown beside the answers it ignores. */
      scopeReason: sentence.optional(),
      /** capabilities: scope answer → answer → the capabilities to use under that scope instead of `capabilities`. */
      scopeCapabilities: z.record(z.string(), z.record(z.string(), z.array(z.enum(CAPABILITY_IDS)).min(1))).optional(),
      /** coverage: scope answer → capabilities scored as gaps but not required to cover the scope. */
      wanted: z.record(z.string(), z.array(z.enum(CAPABILITY_IDS)).min(1)).optional(),
      /** coverage: points per gap, by the support level the option has instead. */
      gapPoints: z.record(z.string(), points).optional(),
      /** programmes: the programmes an option can meet only in the team's own cloud. */
      needsYourCloud: z.array(z.string()).min(1).optional(),
      /** programmes: the cloud criterion's levels that mean "runs outside the team's cloud". */
      outsideLevels: z.array(z.string()).min(1).optional(),
      /**
       * Which member's term a stack takes: the weakest (default: a stack is as compliant or as close
       * to your data as its weakest part), the strongest (the member that does this job, such as the
       * orchestrator for job runners), the most demanding level (the first of `levels` any member has),
       * or every member's burden (`each`: the members' lost points add up, since each is a tool to run;
       * when none loses points, the most demanding member's term counts).
       */
      stack: z.enum(['weakest', 'strongest', 'most-demanding', 'each']).optional(),
      /** A stack's term comes from the member that provides this capability in the option (when one does), by the `stack` rule. */
      stackBy: z.enum(CAPABILITY_IDS).optional(),
      /** budget: the most points an option over budget can lose. */
      maxPenalty: points.optional(),
      matrix: z.record(z.string(), z.record(z.string(), points)).optional(),
      capabilities: z.record(z.string(), z.array(z.enum(CAPABILITY_IDS)).min(1)).optional(),
      values: z.record(z.string(), z.number().min(-1).max(1)).optional(),
      maxPoints: z.number().int().min(1).max(5).optional(),
      ask: sentence.optional(),
      points: points.optional(),
      /** answer-level: the answers every profile must name a level for (those without a note on screen). */
      levelsFor: z.array(z.string()).min(1).optional(),
      /** answer-level: answer → condition under which another question already counts that answer (the term is then 0 and says so). */
      countedBy: z.record(z.string(), decisionCondition(questions)).optional(),
    })
    .superRefine((criterion, context) => {
      const needs: Record<(typeof CRITERION_KINDS)[number], Array<keyof typeof criterion>> = {
        'answer-level': ['question', 'levels'],
        matrix: ['question', 'matrix', 'levels'],
        programmes: ['question', 'levels'],
        kind: ['question', 'matrix'],
        capabilities: ['question', 'capabilities', 'values', 'maxPoints'],
        coverage: ['question', 'capabilities', 'gapPoints'],
        'priority-level': ['priority', 'levels'],
        cost: ['priority'],
        budget: ['question', 'points'],
      };
      for (const field of needs[criterion.kind]) {
        if (criterion[field] === undefined) context.addIssue({ code: 'custom', path: [field], message: `a "${criterion.kind}" criterion needs ${String(field)}` });
      }
      const answers = criterion.question ? questions.get(criterion.question) : undefined;
      for (const key of Object.keys(criterion.matrix ?? {})) {
        if (answers && !answers.has(key)) context.addIssue({ code: 'custom', path: ['matrix', key], message: `"${key}" is not an answer of question "${criterion.question}"` });
      }
      (criterion.levelsFor ?? []).forEach((key, index) => {
        if (answers && !answers.has(key))
          context.addIssue({ code: 'custom', path: ['levelsFor', index], message: `"${key}" is not an answer of question "${criterion.question}"` });
      });
      for (const key of Object.keys(criterion.countedBy ?? {})) {
        if (answers && !answers.has(key)) context.addIssue({ code: 'custom', path: ['countedBy', key], message: `"${key}" is not an answer of question "${criterion.question}"` });
      }
      for (const key of Object.keys(criterion.capabilities ?? {})) {
        if (answers && !answers.has(key))
          context.addIssue({ code: 'custom', path: ['capabilities', key], message: `"${key}" is not an answer of question "${criterion.question}"` });
      }
      if ((criterion.scopes === undefined) !== (criterion.scopeReason === undefined)) {
        context.addIssue({ code: 'custom', path: ['scopeReason'], message: 'give scopes and scopeReason together' });
      }
      for (const [scope, levels] of Object.entries(criterion.scopeLevels ?? {})) {
        if (!questions.get('scope')?.has(scope)) context.addIssue({ code: 'custom', path: ['scopeLevels', scope], message: `"${scope}" is not an answer of question "scope"` });
        for (const level of Object.keys(levels)) {
          if (!criterion.levels?.[level]) context.addIssue({ code: 'custom', path: ['scopeLevels', scope, level], message: `"${level}" is not one of this criterion's levels` });
        }
      }
      (criterion.scopes ?? []).forEach((key, index) => {
        if (!questions.get('scope')?.has(key)) context.addIssue({ code: 'custom', path: ['scopes', index], message: `"${key}" is not an answer of question "scope"` });
      });
      if (['answer-level', 'programmes', 'priority-level'].includes(criterion.kind)) {
        for (const [id, level] of Object.entries(criterion.levels ?? {})) {
          if (level.points === undefined) context.addIssue({ code: 'custom', path: ['levels', id, 'points'], message: 'give the points for this level' });
        }
      }
    });
}

export type DecisionCriterionData = z.infer<ReturnType<typeof decisionCriterionSchema>>;

/**
 * One framework's fit per criterion. Levels are checked against the criteria's own levels, answers
 * against the questions, sources against sources.yaml; criteria derived from the frontmatter
 * (capabilities, kind) and the cost ones need no entry.
 */
export function decisionProfileSchema(ids: KnownIds, questions: DecisionVocabulary, criteria: readonly DecisionCriterionData[]) {
  const condition = decisionCondition(questions);
  const fit = z.strictObject({
    level: z.string().optional(),
    levels: z.record(z.string(), z.string()).optional(),
    when: z.array(z.strictObject({ if: condition, level: z.string().optional(), levels: z.record(z.string(), z.string()).optional() })).optional(),
    note: z.string().trim().min(10).optional(),
    /** answer-level criteria: a note for one answer, shown instead of `note` when that answer is picked. */
    notes: z.record(z.string(), z.string().trim().min(10)).optional(),
    sources: sourceList(ids),
  });
  const profiled = criteria.filter((c) => ['answer-level', 'matrix', 'programmes', 'priority-level'].includes(c.kind));
  return z
    .looseObject({
      framework: knownId(ids.frameworks, 'framework', 'content/frameworks/'),
      hardLimits: z.record(z.string(), z.strictObject({ reason: sentence, unless: condition.optional(), onlyIf: condition.optional(), sources: sourceList(ids) })).default({}),
      questions: z.array(z.strictObject({ when: condition, text: sentence })).default([]),
    })
    .superRefine((profile, context) => {
      const known = new Set(['framework', 'hardLimits', 'questions', ...profiled.map((c) => c.id)]);
      for (const key of Object.keys(profile)) {
        if (!known.has(key)) context.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a profiled criterion (see content/data/decision-criteria.yaml)` });
      }
      for (const must of Object.keys(profile.hardLimits)) {
        if (!questions.get('musts')?.has(must)) context.addIssue({ code: 'custom', path: ['hardLimits', must], message: `"${must}" is not an answer of question "musts"` });
      }
      for (const criterion of profiled) {
        const raw = (profile as Record<string, unknown>)[criterion.id];
        if (raw === undefined) {
          context.addIssue({ code: 'custom', path: [criterion.id], message: `give this framework's fit for "${criterion.id}"` });
          continue;
        }
        const parsed = fit.safeParse(raw);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', path: [criterion.id, ...issue.path.map(String)], message: issue.message });
          continue;
        }
        const levelIds = new Set(Object.keys(criterion.matrix ? (Object.values(criterion.matrix)[0] ?? {}) : (criterion.levels ?? {})));
        const answerIds = criterion.question ? questions.get(criterion.question) : undefined;
        const checkLevel = (level: string | undefined, path: Array<string | number>) => {
          if (level !== undefined && !levelIds.has(level)) {
            context.addIssue({ code: 'custom', path: [criterion.id, ...path], message: `"${level}" is not a level of criterion "${criterion.id}" (${[...levelIds].join(', ')})` });
          }
        };
        const checkLevels = (levels: Record<string, string> | undefined, path: Array<string | number>) => {
          for (const [answer, level] of Object.entries(levels ?? {})) {
            if (answerIds && !answerIds.has(answer))
              context.addIssue({ code: 'custom', path: [criterion.id, ...path, answer], message: `"${answer}" is not an answer of question "${criterion.question}"` });
            checkLevel(level, [...path, answer]);
          }
        };
        const entry = parsed.data;
        // A programmes criterion (compliance) takes its levels from content/data/attestations.yaml, so the
        // checklist and the attestation matrix are one data set: the profile gives only the note and sources.
        if (criterion.kind === 'programmes') {
          if (entry.level !== undefined || entry.levels !== undefined || entry.when !== undefined) {
            context.addIssue({ code: 'custom', path: [criterion.id], message: 'its levels come from content/data/attestations.yaml: give only a note and sources here' });
          }
          continue;
        }
        if (entry.level === undefined && entry.levels === undefined) context.addIssue({ code: 'custom', path: [criterion.id], message: 'give a level or levels' });
        if (entry.level === undefined) {
          for (const answer of criterion.levelsFor ?? []) {
            if (entry.levels?.[answer] === undefined)
              context.addIssue({ code: 'custom', path: [criterion.id, 'levels', answer], message: `give a level for answer "${answer}" of question "${criterion.question}"` });
          }
        }
        checkLevel(entry.level, ['level']);
        checkLevels(entry.levels, ['levels']);
        for (const answer of Object.keys(entry.notes ?? {})) {
          if (answerIds && !answerIds.has(answer))
            context.addIssue({ code: 'custom', path: [criterion.id, 'notes', answer], message: `"${answer}" is not an answer of question "${criterion.question}"` });
        }
        entry.when?.forEach((w, index) => {
          checkLevel(w.level, ['when', index, 'level']);
          checkLevels(w.levels, ['when', index, 'levels']);
        });
      }
    });
}

export function decisionContradictionSchema(questions: DecisionVocabulary) {
  return z.strictObject({ id: z.string().regex(ID_PATTERN), when: decisionCondition(questions), every: z.boolean().default(false), text: sentence });
}

export function decisionScenarioSchema(ids: KnownIds, questions: DecisionVocabulary) {
  const framework = knownId(ids.frameworks, 'framework', 'content/frameworks/');
  return z.strictObject({
    id: z.string().regex(ID_PATTERN),
    title: z.string().trim().min(1),
    team: sentence,
    answers: decisionCondition(questions),
    /** Wrapped in `frameworks` lists, the convention every framework-naming list in content/data follows. */
    leaders: z.strictObject({ frameworks: z.array(framework).min(1) }),
    ruledOut: z.strictObject({ frameworks: z.array(framework).min(1) }).optional(),
    /**
     * Frameworks a practitioner would not put near the top for this team: none may appear, alone or as a
     * stack member, among the first three options that are not ruled out. Softer than ruledOut (no hard
     * requirement excludes them), stricter than the leader check alone.
     */
    implausible: z.strictObject({ frameworks: z.array(framework).min(1) }).optional(),
    rationale: sentence,
    sources: sourceList(ids),
  });
}

export function decisionSeedRuleSchema(ids: KnownIds) {
  return z.strictObject({
    id: z.enum(SEED_RULES),
    question: z.string().trim().min(1),
    frameworks: z.array(knownId(ids.frameworks, 'framework', 'content/frameworks/')).min(1),
    note: z.string().trim().min(1),
  });
}

export type DecisionQuestionData = z.infer<ReturnType<typeof decisionQuestionSchema>>;
export type DecisionProfileData = z.infer<ReturnType<typeof decisionProfileSchema>>;
export type DecisionContradictionData = z.infer<ReturnType<typeof decisionContradictionSchema>>;
export type DecisionScenarioData = z.infer<ReturnType<typeof decisionScenarioSchema>>;

/** A profile's fit for one criterion, once parsed (the schema checks every field). */
export interface FitData {
  level?: string;
  levels?: Record<string, string>;
  when?: Array<{ if: Record<string, string[]>; level?: string; levels?: Record<string, string> }>;
  note?: string;
  notes?: Record<string, string>;
  sources: string[];
}
