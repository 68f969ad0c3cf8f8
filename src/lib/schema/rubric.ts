/** The capability rubric in content/data/capability-rubric.yaml: one rule per support level, one native criterion per capability. */
import { z } from 'astro/zod';
import { CAPABILITY_IDS, SUPPORT_LEVELS } from '../vocabulary';

/** Every value of `all` exactly once, in any order; the message names what is missing or repeated. */
function eachOnce<T extends string>(all: readonly T[], what: string) {
  return (keys: readonly T[], context: z.RefinementCtx) => {
    for (const key of all) {
      const count = keys.filter((k) => k === key).length;
      if (count !== 1) context.addIssue({ code: 'custom', message: count === 0 ? `${what} "${key}" has no entry` : `${what} "${key}" is listed ${count} times` });
    }
  };
}

export function rubricSchema() {
  const sentence = z.string().trim().min(20);
  return z.strictObject({
    levels: z.array(z.strictObject({ level: z.enum(SUPPORT_LEVELS), rule: sentence })).superRefine((levels, context) =>
      eachOnce(SUPPORT_LEVELS, 'support level')(
        levels.map((l) => l.level),
        context,
      ),
    ),
    general: z.array(sentence).min(1),
    capabilities: z.array(z.strictObject({ capability: z.enum(CAPABILITY_IDS), native: sentence })).superRefine((rows, context) =>
      eachOnce(CAPABILITY_IDS, 'capability')(
        rows.map((r) => r.capability),
        context,
      ),
    ),
  });
}

export type RubricData = z.infer<ReturnType<typeof rubricSchema>>;
