/** The decision model exactly as the build assembles it, read from content/ through the real schemas. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  decisionContradictionSchema,
  decisionCriterionSchema,
  decisionProfileSchema,
  decisionQuestionSchema,
  decisionScenarioSchema,
  type DecisionScenarioData,
} from '../../src/lib/schema/decision';
import { stackSchema } from '../../src/lib/schema/stacks';
import { citedSourceIds, decisionFramework, expandQuestions, toProfile, type Answers, type DecisionModel } from '../../src/lib/decision/model';
import { readDecisionVocabulary, readKnownIds } from '../../src/data/content-files';
import { CAPABILITY_LABELS, SUPPORT_LEVEL_LABELS } from '../../src/lib/vocabulary';
import { readCollection, readSources, ROOT } from './content';
import { seededRandom } from './random';

export const readData = (name: string): unknown[] => parse(readFileSync(join(ROOT, 'content/data', name), 'utf8')) as unknown[];

export function loadDecisionModel(): DecisionModel {
  const ids = readKnownIds(ROOT);
  const vocabulary = readDecisionVocabulary(ROOT);
  const questions = expandQuestions(readData('decision-questions.yaml').map((q) => decisionQuestionSchema().parse(q)), { capabilities: CAPABILITY_LABELS });
  const criteria = readData('decision-criteria.yaml').map((c) => decisionCriterionSchema(vocabulary).parse(c));
  const profileSchema = decisionProfileSchema(ids, vocabulary, criteria);
  const rows = readData('decision-profiles.yaml').map((p) => profileSchema.parse(p) as Record<string, unknown>);
  const contradictions = readData('decision-contradictions.yaml').map((c) => decisionContradictionSchema(vocabulary).parse(c));
  const stacks = readData('stacks.yaml').map((s) => stackSchema(ids).parse(s));
  type Facts = Parameters<typeof decisionFramework>[1] & { order: number };
  const ordered = readCollection('frameworks')
    .map((f) => ({ id: f.id, data: f.data as unknown as Facts }))
    .sort((a, b) => a.data.order - b.data.order);
  const byFramework = new Map(rows.map((row) => [String(row.framework), row]));
  const profiles = ordered.filter((f) => byFramework.has(f.id)).map((f) => toProfile(byFramework.get(f.id)!, criteria));
  const frameworks = ordered.map((f) => decisionFramework(f.id, f.data));
  const titles = new Map(readSources().map((s) => [s.id as string, s.title as string]));
  const sourceTitles = Object.fromEntries(citedSourceIds({ profiles, stacks, frameworks }).map((id) => [id, titles.get(id)!]));
  return { questions, criteria, profiles, frameworks, contradictions, stacks, sourceTitles, labels: { capabilities: CAPABILITY_LABELS, supportLevels: SUPPORT_LEVEL_LABELS } };
}

export function loadScenarios(): DecisionScenarioData[] {
  const schema = decisionScenarioSchema(readKnownIds(ROOT), readDecisionVocabulary(ROOT));
  return readData('decision-scenarios.yaml').map((s) => schema.parse(s));
}

/**
 * Answer sets over every question: each pick-one question unanswered with probability 0.25, else
 * one random answer; each box of a multi-select ticked with probability 0.2.
 */
export function generatedAnswers(model: DecisionModel, count: number, seed = 7): Answers[] {
  const next = seededRandom(seed);
  return Array.from({ length: count }, () =>
    Object.fromEntries(
      model.questions.map((q) => {
        const ids = q.answers.map((a) => a.id);
        if (q.kind === 'many') return [q.id, ids.filter(() => next() < 0.2)];
        return [q.id, next() < 0.25 ? [] : [ids[Math.floor(next() * ids.length)]!]];
      }),
    ),
  );
}

/** The titles of the leaders a scenario accepts, so browser tests check a scenario's expectation, never a framework named in code. */
export function scenarioLeaderTitles(id: string): string[] {
  const scenario = loadScenarios().find((s) => s.id === id);
  if (!scenario) throw new Error(`no scenario "${id}" in content/data/decision-scenarios.yaml`);
  const titles = new Map(readCollection('frameworks').map((f) => [f.id, String(f.data.title)]));
  return scenario.leaders.frameworks.map((fw) => titles.get(fw)!);
}

/** A scenario's answers. */
export function scenarioAnswers(id: string): Answers {
  return loadScenarios().find((s) => s.id === id)!.answers;
}
