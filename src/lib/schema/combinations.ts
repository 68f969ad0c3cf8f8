/** A pair of tools usually run together, in content/data/combinations.yaml, shown on its pair page. */
import { z } from 'astro/zod';
import { frameworkId, sourceList, type KnownIds } from './common';

export function combinationSchema(ids: KnownIds) {
  const sentence = z.string().trim().min(20);
  return z
    .strictObject({
      frameworks: z.tuple([frameworkId(ids), frameworkId(ids)]),
      summary: sentence,
      roles: z.record(z.string(), sentence),
      sources: sourceList(ids),
    })
    .superRefine((combination, context) => {
      const [a, b] = combination.frameworks;
      if (a === b) context.addIssue({ code: 'custom', path: ['frameworks'], message: 'a combination needs two different frameworks' });
      const roles = Object.keys(combination.roles).sort();
      if (roles.join() !== [a, b].sort().join()) {
        context.addIssue({ code: 'custom', path: ['roles'], message: `give one role for each of ${a} and ${b}, keyed by framework id` });
      }
    });
}

/** Combinations, each pair at most once (in either order). */
export function combinationListSchema(ids: KnownIds) {
  return z.array(combinationSchema(ids)).superRefine((list, context) => {
    const seen = new Set<string>();
    list.forEach((combination, index) => {
      const key = [...combination.frameworks].sort().join(' + ');
      if (seen.has(key)) context.addIssue({ code: 'custom', path: [index, 'frameworks'], message: `${key} is listed twice` });
      seen.add(key);
    });
  });
}

export type CombinationData = z.infer<ReturnType<typeof combinationSchema>>;
