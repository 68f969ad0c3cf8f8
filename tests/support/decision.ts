/** The decision model exactly as the build assembles it, read from content/ through the real schemas. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  decisionKnockoutSchema,
  decisionQuestionSchema,
  decisionRuleSchema,
  decisionStackSchema,
} from '../../src/lib/content-schema';
import { citedSourceIds, type Answers, type DecisionModel, type FrameworkInfo } from '../../src/lib/decision/model';
import { readDecisionVocabulary, readKnownIds } from '../../src/data/content-files';
import { readCollection, readSources, ROOT } from './content';
import { seededRandom } from './random';

export const readData = (name: string): unknown[] => parse(readFileSync(join(ROOT, 'content/data', name), 'utf8')) as unknown[];

export function loadDecisionModel(): DecisionModel {
  const ids = readKnownIds(ROOT);
  const vocabulary = readDecisionVocabulary(ROOT);
  const questions = readData('decision-questions.yaml').map((q) => decisionQuestionSchema().parse(q));
  const rules = readData('decision-rules.yaml').map((r) => decisionRuleSchema(ids, vocabulary).parse(r));
  const knockouts = readData('decision-knockouts.yaml').map((k) => decisionKnockoutSchema(ids, vocabulary).parse(k));
  const stacks = readData('decision-stacks.yaml').map((s) => decisionStackSchema(ids).parse(s));
  type Facts = { title: string; shortName: string; order: number; seed: { implementationEffort: FrameworkInfo['effort'] } };
  const frameworks = readCollection('frameworks')
    .map((f) => ({ id: f.id, data: f.data as Facts }))
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, data }) => ({ id, title: data.title, shortName: data.shortName, effort: data.seed.implementationEffort }));
  const titles = new Map(readSources().map((s) => [s.id as string, s.title as string]));
  const sourceTitles = Object.fromEntries(citedSourceIds({ rules, knockouts, stacks }).map((id) => [id, titles.get(id)!]));
  return { questions, rules, knockouts, stacks, frameworks, sourceTitles };
}

/** Answer sets covering every question: one random answer each, and each box of a multi-select ticked with probability 0.3. */
export function generatedAnswers(model: DecisionModel, count: number, seed = 7): Answers[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Object.fromEntries(
      model.questions.map((q) => {
        const ids = q.answers.map((a) => a.id);
        return [q.id, q.kind === 'one' ? [ids[Math.floor(next() * ids.length)]!] : ids.filter(() => next() < 0.3)];
      }),
    ),
  );
}
