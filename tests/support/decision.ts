/**
 * The decision model for tests: exactly what the build ships, read by the one disk reader
 * (src/data/content-files.ts) through the same schemas, draft filter, ordering and assembly
 * (src/lib/models/decision.ts). Nothing here builds a model of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DecisionScenarioData } from '~/lib/schema/decision';
import type { Answers, DecisionModel } from '~/lib/decision/model';
import { readDecisionModel, readDecisionScenarios } from '~/data/content-files';
import { readCollection, ROOT } from './content';
import { seededRandom } from './random';

/** A data file as written, for tests about the raw YAML (not the model). */
export const readData = (name: string): unknown[] => parse(readFileSync(join(ROOT, 'content/data', name), 'utf8')) as unknown[];

// Read once per test file (reading and checking every file takes about a second on a busy machine);
// each caller gets its own copy, so a test that changes one cannot affect another.
let model: DecisionModel | undefined;
export const loadDecisionModel = (): DecisionModel => structuredClone((model ??= readDecisionModel(ROOT)));

let scenarios: DecisionScenarioData[] | undefined;
export const loadScenarios = (): DecisionScenarioData[] => structuredClone((scenarios ??= readDecisionScenarios(ROOT)));

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
