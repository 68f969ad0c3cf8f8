/** The frontmatter of a dimension article in content/dimensions/. */
import { z } from 'astro/zod';
import { CAPABILITY_IDS, DIMENSION_GROUPS, PROFILE_FIELDS, SEED_FIELDS } from '../vocabulary';
import { articleFields, isoDate, rejectTodosUnlessDraft } from './common';

export function dimensionSchema() {
  return z
    .strictObject({
      ...articleFields,
      /** The date of the page's last full claim-by-claim review; the page shows a later logged change as "Updated". */
      lastReviewed: isoDate,
      group: z.enum(DIMENSION_GROUPS),
      /**
       * What the generated cross-framework table shows: the original article's rating (`seed`), the
       * current cited statement (`profile`) and capability support levels, in any combination.
       */
      table: z
        .strictObject({
          seed: z.enum(SEED_FIELDS).optional(),
          profile: z.enum(PROFILE_FIELDS).optional(),
          capabilities: z.array(z.enum(CAPABILITY_IDS)).min(1).optional(),
        })
        .refine((table) => table.seed || table.profile || table.capabilities, {
          error: 'name at least one of seed, profile or capabilities',
        }),
    })
    .superRefine(rejectTodosUnlessDraft);
}

export type DimensionData = z.infer<ReturnType<typeof dimensionSchema>>;
export type DimensionTableSpec = DimensionData['table'];
