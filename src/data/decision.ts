/**
 * The decision checklist's data from the collections, in file order (see yamlListInOrder in
 * loaders.ts): the checklist shows questions and criteria in the order editors wrote them. The model
 * is assembled by src/lib/models/decision.ts, as the disk reader for tests does.
 */
import { getCollection } from 'astro:content';
import { unique } from '~/lib/citations';
import { citedSourceIds, type DecisionModel } from '~/lib/decision/model';
import { assembleDecisionModel } from '~/lib/models/decision';
import { inFileOrder } from '~/lib/schema/common';
import { getAttestations } from './attestations';
import { getFrameworks } from './frameworks';
import { getSources } from './sources';

/** The decision checklist's model: its data files plus what the engine needs of each framework. */
export async function getDecisionModel(): Promise<DecisionModel> {
  const [questions, criteria, profiles, contradictions, stacks, frameworks, sources, attestations] = await Promise.all([
    getCollection('decisionQuestions'),
    getCollection('decisionCriteria'),
    getCollection('decisionProfiles'),
    getCollection('decisionContradictions'),
    getCollection('decisionStacks'),
    getFrameworks(),
    getSources(),
    getAttestations(),
  ]);
  return assembleDecisionModel({
    questions: inFileOrder(questions),
    criteria: inFileOrder(criteria),
    contradictions: inFileOrder(contradictions),
    stacks: inFileOrder(stacks),
    profiles: profiles.map((p) => p.data as Record<string, unknown> & { framework: string }),
    frameworks,
    sourceTitles: new Map(sources.map((s) => [s.id, s.data.title])),
    attestations,
  });
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
