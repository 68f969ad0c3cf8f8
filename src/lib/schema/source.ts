/** A source in content/data/sources.yaml: what every citation on the site points at. */
import { z } from 'astro/zod';
import { SOURCE_STANDINGS } from '../vocabulary';
import { ID_PATTERN, isoDate } from './common';
import { QUOTE_MAX_WORDS, wordCount } from '../citations';

export function sourceSchema() {
  return z.strictObject({
    id: z.string().regex(ID_PATTERN, { error: 'source ids are lower-case words joined by hyphens' }),
    title: z.string().trim().min(1),
    publisher: z.string().trim().min(1),
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
    read: isoDate,
    standing: z.enum(SOURCE_STANDINGS),
    note: z.string().trim().min(1).optional(),
    /** The source's own words behind the volatile facts that cite it, read on `read`; shown in the citation preview. */
    quote: z
      .string()
      .trim()
      .min(1)
      .refine((text) => wordCount(text) <= QUOTE_MAX_WORDS, {
        error: (issue) => `a quote is at most ${QUOTE_MAX_WORDS} words; this one has ${wordCount(String(issue.input))}`,
      })
      .optional(),
  });
}

export type SourceData = z.infer<ReturnType<typeof sourceSchema>>;
