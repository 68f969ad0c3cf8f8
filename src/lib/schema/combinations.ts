/**
 * A pair of tools usually run together, in content/data/combinations.yaml, shown on its pair page.
 * The pair is named by `lead` and `partner` fields, the convention for per-framework references in
 * content/data, so removing a framework drops its combinations with it.
 */
import { z } from 'astro/zod';
import { frameworkId, sourceList, type KnownIds } from './common';

export function combinationSchema(ids: KnownIds) {
  const sentence = z.string().trim().min(20);
  return z
    .strictObject({
      lead: frameworkId(ids),
      partner: frameworkId(ids),
      summary: sentence,
      leadRole: sentence,
      partnerRole: sentence,
      sources: sourceList(ids),
    })
    .refine((combination) => combination.lead !== combination.partner, { path: ['partner'], error: 'a combination needs two different frameworks' });
}

/** Combinations, each pair at most once (in either order). */
export function combinationListSchema(ids: KnownIds) {
  return z.array(combinationSchema(ids)).superRefine((list, context) => {
    const seen = new Set<string>();
    list.forEach((combination, index) => {
      const key = [combination.lead, combination.partner].sort().join(' + ');
      if (seen.has(key)) context.addIssue({ code: 'custom', path: [index, 'partner'], message: `${key} is listed twice` });
      seen.add(key);
    });
  });
}

export type CombinationData = z.infer<ReturnType<typeof combinationSchema>>;

/** How `a` and `b` combine, whichever order they come in, with the role of each. */
export function findCombination(list: readonly CombinationData[], a: string, b: string): { summary: string; sources: string[]; roles: Record<string, string> } | undefined {
  const found = list.find((c) => (c.lead === a && c.partner === b) || (c.lead === b && c.partner === a));
  return found && { summary: found.summary, sources: found.sources, roles: { [found.lead]: found.leadRole, [found.partner]: found.partnerRole } };
}
