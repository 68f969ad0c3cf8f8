/**
 * The printed calculator's text (issue 20, print view): a range split into its likely figure and
 * its band, so paper can wrap between them and never inside a number; and the line items' sources,
 * each named once by title with the lines it prices, which replace the source column on paper.
 */
import { describe, expect, it } from 'vitest';
import { formatRange, lineSources, rangeParts } from '~/lib/cost/present';
import type { FrameworkEstimate, LineItem, PriceRecord } from '~/lib/cost/types';

describe('a range in two parts', () => {
  it('rounds each end to whole dollars, and formatRange joins the parts with a space', () => {
    // 1,645.6 → $1,646; 1,133.4 → $1,133; 3,374.49 → $3,374.
    const range = { low: 1133.4, likely: 1645.6, high: 3374.49 };
    expect(rangeParts(range)).toEqual({ likely: '$1,646', band: '($1,133–$3,374)' });
    expect(formatRange(range)).toBe('$1,646 ($1,133–$3,374)');
  });

  it('has no band when the ends round to the same dollar', () => {
    // 40.2, 40.4 and 39.6 all round to $40.
    expect(rangeParts({ low: 39.6, likely: 40.2, high: 40.4 })).toEqual({ likely: '$40', band: null });
    expect(formatRange({ low: 39.6, likely: 40.2, high: 40.4 })).toBe('$40');
  });
});

describe('the sources of one option’s lines', () => {
  const price = (source: string, standing: PriceRecord['standing'], asOf: string) => ({ source, standing, asOf }) as PriceRecord;
  const line = (label: string, p?: PriceRecord) => ({ label, price: p }) as LineItem;
  const estimate = {
    lines: [
      line('Training on GPU', price('ec2-pricing', 'official', '2026-11-26')),
      line('Operations (keeping it running)'),
      line('Serving', price('ec2-pricing', 'official', '2026-11-26')),
      line('Object storage', price('ec2-pricing', 'third-party', '2026-06-01')),
      line('Internet egress', price('untitled-source', 'unverified', '2026-01-15')),
      line('Learning the platform'),
    ],
  } as FrameworkEstimate;

  it('names each source once, in the order its first line appears, with its standing, date and lines', () => {
    expect(lineSources(estimate, { 'ec2-pricing': 'Amazon EC2 On-Demand Pricing' })).toEqual([
      { title: 'Amazon EC2 On-Demand Pricing', standing: 'official, as of 2026-11-26', items: ['Training on GPU', 'Serving'] },
      { title: 'Site assumption (effort profiles)', standing: '', items: ['Operations (keeping it running)', 'Learning the platform'] },
      // The same source read at another date, or at another standing, is a separate entry.
      { title: 'Amazon EC2 On-Demand Pricing', standing: 'third-party, as of 2026-06-01', items: ['Object storage'] },
      // A source without a title (the build rejects one) shows its id rather than nothing.
      { title: 'untitled-source', standing: 'unverified, as of 2026-01-15', items: ['Internet egress'] },
    ]);
  });
});
