/**
 * The static pair pages: one per unordered pair of frameworks, ids in alphabetical order in the
 * URL (`/compare/kubeflow-vs-mlflow/`), each with a summary and "when to pick which" generated
 * from the data.
 */
import { CAPABILITY_IDS, CAPABILITY_LABELS, COST_MODEL_LABELS, EFFORT_LABELS, SUPPORT_LEVEL_LABELS, type FrameworkKind } from '../vocabulary';
import type { CompareFramework } from './rows';

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
    for (const second of sorted.slice(i + 1)) pairs.push({ slug: `${first.id}-vs-${second.id}`, first, second });
  });
  return pairs;
}

/** How a sentence names each kind of framework, in the singular and the plural. */
const KIND_PHRASES: Record<FrameworkKind, { singular: string; plural: string }> = {
  'open-source': { singular: 'open source', plural: 'open source' },
  'managed-service': { singular: 'a managed cloud service', plural: 'managed cloud services' },
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Sentences naming what differs most: kind, effort, cost model, then the capabilities whose levels differ. */
export function pairSummary(a: CompareFramework, b: CompareFramework): string[] {
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
  const differing = CAPABILITY_IDS.filter((id) => a.capabilities[id].level !== b.capabilities[id].level);
  if (differing.length === 0) {
    lines.push(`They have the same support level for all ${CAPABILITY_IDS.length} capabilities; the notes below say how each one does it.`);
  } else {
    const parts = differing.map(
      (id) =>
        `${lowerFirst(CAPABILITY_LABELS[id])} (${SUPPORT_LEVEL_LABELS[a.capabilities[id].level].toLowerCase()} in ${a.title}, ${SUPPORT_LEVEL_LABELS[b.capabilities[id].level].toLowerCase()} in ${b.title})`,
    );
    lines.push(`Support levels differ for ${differing.length} of ${CAPABILITY_IDS.length} capabilities: ${parts.join('; ')}.`);
  }
  return lines;
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
