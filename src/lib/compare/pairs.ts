/**
 * The static pair pages: one per unordered pair of frameworks, ids in alphabetical order in the
 * URL (`/compare/kubeflow-vs-mlflow/`), each with a summary and "when to pick which" generated
 * from the data.
 */
import { CAPABILITY_IDS, CAPABILITY_LABELS, type CapabilityId, type FrameworkKind, type SupportLevel } from '../vocabulary';
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

/** The pairs each framework is in, by framework id: one pass over the pairs. */
export function pairsByFramework<F extends { id: string }>(pairs: readonly Pair<F>[]): Map<string, Pair<F>[]> {
  const byId = new Map<string, Pair<F>[]>();
  for (const pair of pairs) {
    for (const { id } of [pair.first, pair.second]) byId.set(id, [...(byId.get(id) ?? []), pair]);
  }
  return byId;
}

export interface NeighbourPairs<F extends { id: string }> {
  framework: F;
  /** The other pairs with `framework` in them, in slug order. */
  pairs: Pair<F>[];
}

/**
 * The pairs a reader of one pair page may want next: the other comparisons of each of its two
 * frameworks (2 × (n − 2) links for n frameworks, rather than every pair, which grows with n²).
 */
export function neighbourPairs<F extends { id: string }>(pair: Pair<F>, byFramework: ReadonlyMap<string, readonly Pair<F>[]>): [NeighbourPairs<F>, NeighbourPairs<F>] {
  const others = (framework: F) => ({ framework, pairs: (byFramework.get(framework.id) ?? []).filter((p) => p.slug !== pair.slug) });
  return [others(pair.first), others(pair.second)];
}

/** How a sentence names each kind of framework, in the singular and the plural. */
const KIND_PHRASES: Record<FrameworkKind, { singular: string; plural: string }> = {
  'open-source': { singular: 'open source', plural: 'open source' },
  'managed-service': { singular: 'a managed cloud service', plural: 'managed cloud services' },
};

export interface CapabilityDifference {
  id: CapabilityId;
  label: string;
  first: SupportLevel;
  second: SupportLevel;
}

export interface PairSummary {
  /** Kind, cost at the reference team, time to a first pipeline, and how many capabilities differ. */
  sentences: string[];
  /** The capabilities whose support levels differ, in vocabulary order. */
  differences: CapabilityDifference[];
}

/** What differs most between two frameworks: kind, cost, setup time, then the capabilities whose levels differ. */
export function pairSummary(a: CompareFramework, b: CompareFramework): PairSummary {
  const lines: string[] = [];
  lines.push(a.kind === b.kind ? `Both are ${KIND_PHRASES[a.kind].plural}.` : `${a.title} is ${KIND_PHRASES[a.kind].singular}; ${b.title} is ${KIND_PHRASES[b.kind].singular}.`);
  lines.push(...currentSentences(a, b));
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

/**
 * Cost at the calculator's reference team and time to a first production pipeline, side by side,
 * from the current rows (the same figures the table below shows, with their sources there).
 */
function currentSentences(a: CompareFramework, b: CompareFramework): string[] {
  const cost = [a.current.cost.short, b.current.cost.short];
  const setup = [a.current['first-pipeline'].short, b.current['first-pipeline'].short];
  return [
    cost[0] && cost[1]
      ? `At the cost calculator’s reference team, ${a.title} runs about ${cost[0]} and ${b.title} about ${cost[1]}.`
      : `The cost calculator prices ${cost[0] ? a.title : cost[1] ? b.title : 'neither of them'} at its reference team; the table below says why a figure is missing.`,
    ...(setup[0] && setup[1] ? [`A first production pipeline takes about ${setup[0]} with ${a.title} and ${setup[1]} with ${b.title}.`] : []),
  ];
}

export interface PickAdvice {
  id: string;
  title: string;
  bestFor: string;
  avoidIf: string;
  sources: string[];
}

/**
 * "When to pick which": each framework's current best-for and avoid-if statements from its article's
 * In one minute box, so every pair (rated in the classic comparison or not) gets the same advice,
 * stated once, where the article keeps it with its sources.
 */
export function whenToPick(a: CompareFramework, b: CompareFramework): PickAdvice[] {
  return [a, b].map(({ id, title, inOneMinute: { bestFor, avoidIf, sources } }) => ({ id, title, bestFor, avoidIf, sources: [...sources] }));
}
