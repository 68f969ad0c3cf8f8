/**
 * The decision checklist's data, in file order (see yamlListInOrder in loaders.ts): the checklist
 * shows questions and criteria in the order editors wrote them. Profiles come in the guide's order
 * of frameworks; a framework without a profile is not ranked (a unit test requires one for each).
 */
import { getCollection } from 'astro:content';
import { unique } from '../lib/citations';
import { citedSourceIds, decisionFramework, expandQuestions, toProfile, type DecisionModel } from '../lib/decision/model';
import { inFileOrder } from '../lib/schema/common';
import { CAPABILITY_LABELS, SUPPORT_LEVEL_LABELS } from '../lib/vocabulary';
import { getFrameworks } from './frameworks';
import { getSources } from './sources';

/** The decision checklist's model: its data files plus what the engine needs of each framework. */
export async function getDecisionModel(): Promise<DecisionModel> {
  const [questions, criteria, profiles, contradictions, stacks, frameworks, sources] = await Promise.all([
    getCollection('decisionQuestions'),
    getCollection('decisionCriteria'),
    getCollection('decisionProfiles'),
    getCollection('decisionContradictions'),
    getCollection('decisionStacks'),
    getFrameworks(),
    getSources(),
  ]);
  const criteriaData = inFileOrder(criteria);
  const titles = new Map(sources.map((s) => [s.id, s.data.title]));
  const byFramework = new Map(profiles.map((p) => [p.id, p.data as Record<string, unknown>]));
  const parts = {
    profiles: frameworks.filter((f) => byFramework.has(f.id)).map((f) => toProfile(byFramework.get(f.id)!, criteriaData)),
    frameworks: frameworks.map((f) => decisionFramework(f.id, f.data)),
    stacks: inFileOrder(stacks),
  };
  return {
    ...parts,
    questions: expandQuestions(inFileOrder(questions), { capabilities: CAPABILITY_LABELS }),
    criteria: criteriaData,
    contradictions: inFileOrder(contradictions),
    sourceTitles: Object.fromEntries(citedSourceIds(parts).map((id) => [id, titles.get(id) ?? id])),
    labels: { capabilities: CAPABILITY_LABELS, supportLevels: SUPPORT_LEVEL_LABELS },
  };
}

/** The team archetypes of decision-scenarios.yaml, in file order, for the scenarios page. */
export async function getDecisionScenarios() {
  return inFileOrder(await getCollection('decisionScenarios'));
}

/**
 * The sources the decision checklist cites for itself (its profiles and combinations; the capability
 * levels it also shows are the framework pages' citations), and those of its scenarios page.
 */
export async function decisionSourceIds(): Promise<{ checklist: string[]; scenarios: string[] }> {
  const model = await getDecisionModel();
  const own = citedSourceIds({ profiles: model.profiles, stacks: model.stacks, frameworks: [] });
  return { checklist: own, scenarios: unique((await getDecisionScenarios()).flatMap((s) => s.sources)) };
}

export async function getSeedRules() {
  return inFileOrder(await getCollection('decisionSeedRules'));
}
