/** The frontmatter of a guide in content/guides/. */
import { z } from 'astro/zod';
import { draftFlag, frameworkId, isoDate, rejectTodosUnlessDraft, type KnownIds } from './common';

export function guideSchema(ids: KnownIds) {
  return z
    .strictObject({
      draft: draftFlag,
      title: z.string().trim().min(1),
      description: z.string().trim().min(50).max(180),
      order: z.number().int().min(0),
      lastReviewed: isoDate,
      frameworks: z.array(frameworkId(ids)).default([]),
    })
    .superRefine(rejectTodosUnlessDraft);
}

export type GuideData = z.infer<ReturnType<typeof guideSchema>>;
