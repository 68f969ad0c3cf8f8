/**
 * Zod schemas of the decision checklist. The other content schemas live in src/lib/schema/, one
 * file per concept (the cost calculator's in cost.ts); this family moves there (decision.ts) when
 * its tool is rebuilt. Shared building blocks come from src/lib/schema/common.ts.
 */
import { z } from 'astro/zod';
import { SEED_RULES } from './vocabulary';
import { ID_PATTERN, knownId, type KnownIds } from './schema/common';

// Re-exported so that the checklist's files keep their imports until they move.
export { describeIssues, type KnownIds } from './schema/common';

/** The checklist's questions and their answers, read from content/data/decision-questions.yaml. */
export type DecisionVocabulary = ReadonlyMap<string, ReadonlySet<string>>;

const QUESTION_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function decisionQuestionSchema() {
  const answer = z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'answer ids are lower-case letters, digits and hyphens' }),
    label: z.string().trim().min(1),
    /** Carries this answer into the cost calculator's link as ?key=value. */
    calculator: z.strictObject({ key: z.enum(['cloud', 'team', 'platform']), value: z.string().regex(/^[a-z0-9]+$/) }).optional(),
  });
  return z
    .strictObject({
      id: z.string().regex(QUESTION_ID_PATTERN, { error: 'question ids are lower-case words joined by hyphens' }),
      key: z.string().regex(/^[a-z0-9]+$/, { error: 'URL keys are lower-case letters and digits' }),
      kind: z.enum(['one', 'many']),
      constraint: z.boolean().default(false),
      legend: z.string().trim().min(1),
      hint: z.string().trim().min(1).optional(),
      answers: z.array(answer).min(2, { error: 'a question needs at least two answers' }),
      default: z.array(z.string()),
    })
    .superRefine((question, context) => {
      const answerIds = question.answers.map((a) => a.id);
      answerIds.forEach((id, index) => {
        if (answerIds.indexOf(id) !== index) context.addIssue({ code: 'custom', path: ['answers', index, 'id'], message: `answer id "${id}" is listed twice` });
      });
      question.default.forEach((id, index) => {
        if (!answerIds.includes(id)) context.addIssue({ code: 'custom', path: ['default', index], message: `"${id}" is not one of this question's answers` });
      });
      if (question.kind === 'one' && question.default.length !== 1) {
        context.addIssue({ code: 'custom', path: ['default'], message: 'a pick-one question needs exactly one default answer' });
      }
    });
}

/** `when`: question id → the answers that trigger the rule; every id must exist in decision-questions.yaml. */
function decisionCondition(questions: DecisionVocabulary) {
  return z.record(z.string(), z.array(z.string()).min(1)).superRefine((when, context) => {
    if (Object.keys(when).length === 0) context.addIssue({ code: 'custom', path: [], message: 'name at least one question' });
    for (const [question, answers] of Object.entries(when)) {
      const known = questions.get(question);
      if (!known) {
        context.addIssue({
          code: 'custom',
          path: [question],
          message: `unknown question id "${question}": add it to content/data/decision-questions.yaml or fix the spelling`,
        });
        continue;
      }
      answers.forEach((answer, index) => {
        if (!known.has(answer)) {
          context.addIssue({ code: 'custom', path: [question, index], message: `"${answer}" is not an answer of question "${question}"` });
        }
      });
    }
  });
}

function frameworkIds(ids: KnownIds) {
  return z.array(knownId(ids.frameworks, 'framework', 'content/frameworks/')).min(1);
}

export function decisionRuleSchema(ids: KnownIds, questions: DecisionVocabulary) {
  return z.strictObject({
    id: z.string().regex(ID_PATTERN, { error: 'rule ids are lower-case words joined by hyphens' }),
    /** Which of the original article's four rules this one implements. */
    seed: z.enum(SEED_RULES).optional(),
    when: decisionCondition(questions),
    effects: z
      .array(
        z.strictObject({
          frameworks: frameworkIds(ids),
          points: z.number().int().min(-10).max(10),
          reason: z.string().trim().min(10),
        }),
      )
      .min(1),
    sources: z.array(knownId(ids.sources, 'source', 'content/data/sources.yaml')).default([]),
  });
}

export function decisionKnockoutSchema(ids: KnownIds, questions: DecisionVocabulary) {
  return z.strictObject({
    id: z.string().regex(ID_PATTERN, { error: 'knock-out ids are lower-case words joined by hyphens' }),
    when: decisionCondition(questions),
    frameworks: frameworkIds(ids),
    reason: z.string().trim().min(10),
    sources: z.array(knownId(ids.sources, 'source', 'content/data/sources.yaml')).default([]),
  });
}

export function decisionStackSchema(ids: KnownIds) {
  const framework = knownId(ids.frameworks, 'framework', 'content/frameworks/');
  return z.strictObject({
    id: z.string().regex(ID_PATTERN, { error: 'stack ids are lower-case words joined by hyphens' }),
    lead: framework,
    partner: framework,
    title: z.string().trim().min(1),
    reason: z.string().trim().min(10),
    sources: z.array(knownId(ids.sources, 'source', 'content/data/sources.yaml')).default([]),
  });
}

export function decisionSeedRuleSchema(ids: KnownIds) {
  return z.strictObject({
    id: z.enum(SEED_RULES),
    question: z.string().trim().min(1),
    frameworks: frameworkIds(ids),
    note: z.string().trim().min(1),
  });
}

export type DecisionQuestionData = z.infer<ReturnType<typeof decisionQuestionSchema>>;
export type DecisionRuleData = z.infer<ReturnType<typeof decisionRuleSchema>>;
export type DecisionKnockoutData = z.infer<ReturnType<typeof decisionKnockoutSchema>>;
export type DecisionStackData = z.infer<ReturnType<typeof decisionStackSchema>>;
export type DecisionSeedRuleData = z.infer<ReturnType<typeof decisionSeedRuleSchema>>;
