/**
 * The decision checklist's data, in file order (see yamlListInOrder in loaders.ts): the checklist
 * shows questions, and weighs equal reasons, in the order editors wrote them.
 */
import { getCollection } from 'astro:content';
import { citedSourceIds, type DecisionModel } from '../lib/decision/model';
import { inFileOrder } from '../lib/schema/common';
import { getFrameworks } from './frameworks';
import { getSources } from './sources';

/** The decision checklist's model: its data files plus what the engine needs of each framework. */
export async function getDecisionModel(): Promise<DecisionModel> {
  const [questions, rules, knockouts, stacks, frameworks, sources] = await Promise.all([
    getCollection('decisionQuestions'),
    getCollection('decisionRules'),
    getCollection('decisionKnockouts'),
    getCollection('decisionStacks'),
    getFrameworks(),
    getSources(),
  ]);
  const data = {
    rules: inFileOrder(rules),
    knockouts: inFileOrder(knockouts),
    stacks: inFileOrder(stacks),
  };
  const titles = new Map(sources.map((s) => [s.id, s.data.title]));
  return {
    ...data,
    questions: inFileOrder(questions),
    frameworks: frameworks.map((f) => ({ id: f.id, title: f.data.title, shortName: f.data.shortName, effort: f.data.seed.implementationEffort })),
    sourceTitles: Object.fromEntries(citedSourceIds(data).map((id) => [id, titles.get(id) ?? id])),
  };
}

export async function getSeedRules() {
  return inFileOrder(await getCollection('decisionSeedRules'));
}
