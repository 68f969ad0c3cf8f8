/**
 * Stacks: tools teams run together (content/data/stacks.yaml). Each member names a framework, its
 * role, the capabilities it provides in the stack and who runs it. The pair pages read two-member
 * stacks as combinations; the decision checklist offers the stacks that are options
 * (src/lib/options). Members are named by `framework` fields, the convention for per-framework
 * references in content/data.
 */
import { z } from 'astro/zod';
import { CAPABILITY_IDS } from '../vocabulary';
import { ID_PATTERN, frameworkId, sourceList, type KnownIds } from './common';

export function stackSchema(ids: KnownIds) {
  const sentence = z.string().trim().min(20);
  const member = z.strictObject({
    framework: frameworkId(ids),
    role: sentence,
    covers: z.array(z.enum(CAPABILITY_IDS)).min(1),
    runs: z.string().trim().min(5),
  });
  return z
    .strictObject({
      id: z.string().regex(ID_PATTERN, { error: 'stack ids are lower-case words joined by hyphens' }),
      title: z.string().trim().min(1),
      members: z.array(member).min(2),
      connection: sentence,
      summary: sentence,
      notAnOption: sentence.optional(),
      sources: sourceList(ids),
    })
    .superRefine((stack, context) => {
      const seen = new Set<string>();
      stack.members.forEach((m, index) => {
        if (seen.has(m.framework)) context.addIssue({ code: 'custom', path: ['members', index, 'framework'], message: `${m.framework} is a member twice` });
        seen.add(m.framework);
      });
    });
}

/** Stacks, each id once and each set of members once (in any order). */
export function stackListSchema(ids: KnownIds) {
  return z.array(stackSchema(ids)).superRefine((list, context) => {
    const ids = new Set<string>();
    const sets = new Set<string>();
    list.forEach((stack, index) => {
      const key = stack.members
        .map((m) => m.framework)
        .sort()
        .join(' + ');
      if (ids.has(stack.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `stack id ${stack.id} is used twice` });
      if (sets.has(key)) context.addIssue({ code: 'custom', path: [index, 'members'], message: `${key} is listed twice` });
      ids.add(stack.id);
      sets.add(key);
    });
  });
}

export type StackData = z.infer<ReturnType<typeof stackSchema>>;
