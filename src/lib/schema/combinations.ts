/**
 * A pair of tools usually run together, shown on its pair page: the two-member stacks of
 * content/data/stacks.yaml, the first member as the lead and the second as its partner.
 */
import type { StackData } from './stacks';

export interface CombinationData {
  lead: string;
  partner: string;
  summary: string;
  leadRole: string;
  partnerRole: string;
  sources: string[];
}

/** The two-member stacks as pair-page combinations. */
export function combinationsOf(stacks: readonly StackData[]): CombinationData[] {
  return stacks
    .filter((s) => s.members.length === 2)
    .map(({ members: [lead, partner], summary, sources }) => ({
      lead: lead!.framework,
      partner: partner!.framework,
      summary,
      leadRole: lead!.role,
      partnerRole: partner!.role,
      sources,
    }));
}

/** How `a` and `b` combine, whichever order they come in, with the role of each. */
export function findCombination(list: readonly CombinationData[], a: string, b: string): { summary: string; sources: string[]; roles: Record<string, string> } | undefined {
  const found = list.find((c) => (c.lead === a && c.partner === b) || (c.lead === b && c.partner === a));
  return found && { summary: found.summary, sources: found.sources, roles: { [found.lead]: found.leadRole, [found.partner]: found.partnerRole } };
}
