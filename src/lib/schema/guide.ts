/** The frontmatter of a guide in content/guides/. */
import { z } from 'astro/zod';
import { articleFields, frameworkId, isoDate, rejectTodosUnlessDraft, type KnownIds } from './common';

export function guideSchema(ids: KnownIds) {
  return z
    .strictObject({
      ...articleFields,
      lastReviewed: isoDate,
      frameworks: z.array(frameworkId(ids)).default([]),
    })
    .superRefine(rejectTodosUnlessDraft);
}
