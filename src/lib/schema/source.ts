/** A source in content/data/sources.yaml: what every citation on the site points at. */
import { z } from 'astro/zod';
import { SOURCE_STANDINGS } from '../vocabulary';
import { ID_PATTERN, isoDate } from './common';

export function sourceSchema() {
  return z.strictObject({
    id: z.string().regex(ID_PATTERN, { error: 'source ids are lower-case words joined by hyphens' }),
    title: z.string().trim().min(1),
    publisher: z.string().trim().min(1),
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
    read: isoDate,
    standing: z.enum(SOURCE_STANDINGS),
    note: z.string().trim().min(1).optional(),
  });
}

export type SourceData = z.infer<ReturnType<typeof sourceSchema>>;
