/**
 * Sentences that sum up several frameworks' support for a set of capabilities, generated from the
 * capability cells so that prose can never contradict the ratings. A framework covers the set
 * "itself" when every capability is native or the same vendor's add-on, "in part" when some are or
 * when it needs another tool, and "not at all" when every one is rated none. Names no framework.
 */
import { CAPABILITY_LABELS, type CapabilityId, type SupportLevel } from '../vocabulary';

export type CoverageGroup = 'itself' | 'in-part' | 'none' | 'unknown';
export const COVERAGE_GROUPS: readonly CoverageGroup[] = ['itself', 'in-part', 'none', 'unknown'];

const OWN: ReadonlySet<SupportLevel> = new Set(['native', 'managed-add-on']);

export interface SummaryFramework {
  id: string;
  name: string;
  levels: Partial<Record<CapabilityId, SupportLevel>>;
}

/** Which group a framework falls in for the set; a capability without a rating counts as unknown. */
export function coverageOf(framework: SummaryFramework, capabilities: readonly CapabilityId[]): CoverageGroup {
  const levels = capabilities.map((id) => framework.levels[id] ?? 'unknown');
  if (levels.every((level) => OWN.has(level))) return 'itself';
  if (levels.every((level) => level === 'none')) return 'none';
  if (levels.every((level) => level === 'none' || level === 'unknown')) return 'unknown';
  return 'in-part';
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "LLM and agent tracing and LLM evaluation", in lower case after the first word's capital where it is a plain word. */
export function capabilitiesInWords(capabilities: readonly CapabilityId[]): string {
  return listInWords(capabilities.map((id) => CAPABILITY_LABELS[id].replace(/^([A-Z])([a-z])/, (_, a: string, b: string) => a.toLowerCase() + b)));
}

export interface CoverageSummary {
  groups: Array<{ group: CoverageGroup; frameworks: SummaryFramework[] }>;
}

/** The frameworks in each non-empty group, in the order given (the guide's order of frameworks). */
export function coverageSummary(frameworks: readonly SummaryFramework[], capabilities: readonly CapabilityId[]): CoverageSummary {
  return {
    groups: COVERAGE_GROUPS.map((group) => ({ group, frameworks: frameworks.filter((f) => coverageOf(f, capabilities) === group) })).filter((g) => g.frameworks.length > 0),
  };
}

/** The words after a group's list of names; `what` names the set ("tracing and evaluation"). */
export function groupPredicate(group: CoverageGroup, count: number, what: string): string {
  const plural = count > 1;
  switch (group) {
    case 'itself':
      return `${plural ? 'cover' : 'covers'} ${what} ${plural ? 'themselves' : 'itself'} (natively or as the same vendor’s add-on)`;
    case 'in-part':
      return `${plural ? 'cover' : 'covers'} part of it, or only through another tool`;
    case 'none':
      return `${plural ? 'offer' : 'offers'} none of it`;
    case 'unknown':
      return `could not be confirmed from a public source`;
  }
}

/** The summary as one plain sentence, as a test or an export would read it. */
export function summarySentence(frameworks: readonly SummaryFramework[], capabilities: readonly CapabilityId[], what = capabilitiesInWords(capabilities)): string {
  const parts = coverageSummary(frameworks, capabilities).groups.map(
    ({ group, frameworks: members }) => `${listInWords(members.map((f) => f.name))} ${groupPredicate(group, members.length, what)}`,
  );
  return `${parts.join('; ')}.`;
}
