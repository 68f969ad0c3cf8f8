/** A dated change in content/data/changes.yaml: what the guide said, what it says now, and why. */
import { z } from 'astro/zod';
import { CAPABILITY_IDS } from '../vocabulary';
import { isoDate, sourceList, type KnownIds } from './common';

/**
 * A root-relative site path with a trailing slash. It may name a page that no longer exists: the log
 * is history, so removing a framework must not invalidate it (/changes/ links only pages that exist).
 */
const pagePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, { error: 'write a site path such as /frameworks/kubeflow/ (root-relative, trailing slash)' });

export function changeSchema(ids: KnownIds) {
  const text = z.string().trim().min(1);
  return z.strictObject({
    date: isoDate,
    pages: z.array(pagePath).min(1, { error: 'name at least one page that changed' }),
    fact: z
      .string()
      .refine((id) => ids.facts?.has(id) ?? false, { error: (issue) => `unknown fact id "${String(issue.input)}": add it to content/data/facts.yaml or fix the spelling` })
      .optional(),
    capability: z.enum(CAPABILITY_IDS).optional(),
    what: text,
    old: text,
    new: text,
    /** Why it changed, when old → new does not say it (a re-rating names the rubric criterion). */
    why: text.optional(),
    sources: sourceList(ids),
  });
}

export type ChangeData = z.infer<ReturnType<typeof changeSchema>>;
