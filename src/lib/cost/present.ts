/**
 * What the reader sees, as text: money, ranges, line statuses, and the CSV and JSON exports. The
 * island, the build-time table and the exports all use these, so the downloads match the screen.
 */
import { usd } from '../format';
import { CATEGORY_LABELS, type FrameworkEstimate, type LineItem, type Range } from './model';

/** Whole US dollars, from the site's one money formatter. */
export const formatUsd = (value: number): string => usd(value);

/** "$12,300 ($10,100–$15,800)", or just "$0" when the range is a single value. */
export function formatRange(range: Range): string {
  const likely = formatUsd(range.likely);
  const low = formatUsd(range.low);
  const high = formatUsd(range.high);
  return low === high ? likely : `${likely} (${low}–${high})`;
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export const STANDING_LABELS = { official: 'Official', consensus: 'Consensus', unverified: 'Unverified' } as const;
export const TIMING_LABELS = { monthly: 'a month', 'one-time': 'once', 'at-exit': 'if you leave' } as const;

/** The amount column: a number, or the words that replace a silent or invented one. */
export function lineAmountText(line: LineItem): string {
  if (line.status === 'quote') return 'quote';
  if (line.status === 'usage') return 'depends on usage';
  if (line.status === 'included') return 'already paid for';
  return formatRange(line.amount);
}

export function unitPriceText(line: LineItem): string {
  if (!line.price) return '—';
  return line.price.usd === null ? 'quote' : `${line.price.usd} USD a ${line.price.unit}`;
}

export interface SummaryRow {
  framework: string;
  monthly: string;
  oneTime: string;
  total: string;
  peopleShare: string;
  quoted: string;
}

export function summaryRow(estimate: FrameworkEstimate): SummaryRow {
  return {
    framework: estimate.title,
    monthly: formatRange(estimate.monthly),
    oneTime: formatRange(estimate.oneTime),
    total: formatRange(estimate.total),
    peopleShare: formatShare(estimate.peopleShare),
    quoted: estimate.quoted.join('; '),
  };
}

export interface LineRow {
  framework: string;
  category: string;
  item: string;
  when: string;
  amount: string;
  horizon: string;
  formula: string;
  unitPrice: string;
  source: string;
  standing: string;
  asOf: string;
}

export function lineRows(estimate: FrameworkEstimate): LineRow[] {
  return estimate.lines.map((line) => ({
    framework: estimate.title,
    category: CATEGORY_LABELS[line.category],
    item: line.label,
    when: TIMING_LABELS[line.timing],
    amount: lineAmountText(line),
    horizon: line.status === 'priced' ? formatRange(line.horizon) : lineAmountText(line),
    formula: line.formula,
    unitPrice: unitPriceText(line),
    source: line.price?.source ?? 'effort profile',
    standing: line.price ? STANDING_LABELS[line.price.standing] : 'Assumption',
    asOf: line.price?.asOf ?? '',
  }));
}

