/**
 * The static pair pages: one per unordered pair of frameworks, ids in alphabetical order in the
 * URL (`/compare/kubeflow-vs-mlflow/`), each with a summary and "when to pick which" generated
 * from the data.
 */
import { CAPABILITY_IDS, CAPABILITY_LABELS, COST_MODEL_LABELS, EFFORT_LABELS, type CapabilityId, type FrameworkKind, type SupportLevel } from '../vocabulary';
import type { CompareFramework } from './rows';
import { pairSlug } from '../routes';

export interface Pair<F extends { id: string }> {
  slug: string;
  first: F;
  second: F;
}

/** Every unordered pair, each ordered alphabetically by id, listed in slug order. */
export function allPairs<F extends { id: string }>(frameworks: readonly F[]): Pair<F>[] {
  const sorted = [...frameworks].sort((a, b) => a.id.localeCompare(b.id));
  const pairs: Pair<F>[] = [];
  sorted.forEach((first, i) => {
    for (const second of sorted.slice(i + 1)) pairs.push({ slug: pairSlug(first.id, second.id), first, second });
  });
  return pairs;
}

/** How a sentence names each kind of framework, in the singular and the plural. */
const KIND_PHRASES: Record<FrameworkKind, { singular: string; plural: string }> = {
  'open-source': { singular: 'open source', plural: 'open source' },
  'managed-service': { singular: 'a managed cloud service', plural: 'managed cloud services' },
};

/** "Model serving" → "model serving" mid-sentence, but "AutoML" and "GenAI" keep their capitals. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export interface CapabilityDifference {
  id: CapabilityId;
  label: string;
  first: SupportLevel;
  second: SupportLevel;
}

export interface PairSummary {
  /** Kind, effort, cost model, and how many capabilities differ. */
  sentences: string[];
  /** The capabilities whose support levels differ, in vocabulary order. */
  differences: CapabilityDifference[];
}

/** What differs most between two frameworks: kind, effort, cost model, then the capabilities whose levels differ. */
export function pairSummary(a: CompareFramework, b: CompareFramework): PairSummary {
  const lines: string[] = [];
  lines.push(
    a.kind === b.kind
      ? `Both are ${KIND_PHRASES[a.kind].plural}.`
      : `${a.title} is ${KIND_PHRASES[a.kind].singular}; ${b.title} is ${KIND_PHRASES[b.kind].singular}.`,
  );
  const effortA = EFFORT_LABELS[a.seed.implementationEffort];
  const effortB = EFFORT_LABELS[b.seed.implementationEffort];
  lines.push(
    effortA === effortB
      ? `Both are rated ${effortA} for implementation effort.`
      : `Implementation effort is rated ${effortA} for ${a.title} and ${effortB} for ${b.title}.`,
  );
  lines.push(
    a.seed.costModel === b.seed.costModel
      ? `Both have the same cost model: ${lowerFirst(COST_MODEL_LABELS[a.seed.costModel])}.`
      : `Cost model: ${a.title} is ${lowerFirst(COST_MODEL_LABELS[a.seed.costModel])}; ${b.title} is ${lowerFirst(COST_MODEL_LABELS[b.seed.costModel])}.`,
  );
  const differences = CAPABILITY_IDS.filter((id) => a.capabilities[id].level !== b.capabilities[id].level).map((id) => ({
    id,
    label: CAPABILITY_LABELS[id],
    first: a.capabilities[id].level,
    second: b.capabilities[id].level,
  }));
  lines.push(
    differences.length === 0
      ? `They have the same support level for all ${CAPABILITY_IDS.length} capabilities; the notes below say how each one does it.`
      : `Support levels differ for ${differences.length} of ${CAPABILITY_IDS.length} capabilities:`,
  );
  return { sentences: lines, differences };
}

export interface PickAdvice {
  id: string;
  title: string;
  bestFor: string;
  limitations: string[];
}

/** "When to pick which": each framework's best-for statement, with its limitations as the caveat. */
export function whenToPick(a: CompareFramework, b: CompareFramework): PickAdvice[] {
  return [a, b].map((f) => ({ id: f.id, title: f.title, bestFor: f.seed.bestFor, limitations: [...f.seed.limitations] }));
}
