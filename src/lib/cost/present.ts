/**
 * What the reader sees, as text: money, ranges, line statuses, and the CSV and JSON exports. The
 * island, the build-time table and the exports all use these, so the downloads match the screen.
 */
import type { CostInputs } from './inputs';
import { CATEGORY_LABELS, type FrameworkEstimate, type LineItem, type Range } from './model';

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function formatUsd(value: number): string {
  // Guard the display: the model never produces these, but a blank or NaN must never reach a reader.
  if (!Number.isFinite(value) || value < 0) throw new Error(`not a displayable amount: ${value}`);
  return USD.format(Math.round(value));
}

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

const CSV_HEADER: Array<[keyof LineRow, string]> = [
  ['framework', 'Framework'],
  ['category', 'Category'],
  ['item', 'Item'],
  ['when', 'When'],
  ['amount', 'Amount likely (low–high)'],
  ['horizon', 'Over the horizon'],
  ['formula', 'Formula (likely)'],
  ['unitPrice', 'Unit price'],
  ['source', 'Source id'],
  ['standing', 'Standing'],
  ['asOf', 'As of'],
];

function csvCell(text: string): string {
  // Quote every cell; a leading = + - @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(estimates: FrameworkEstimate[]): string {
  const rows = estimates.flatMap(lineRows);
  const lines = [CSV_HEADER.map(([, title]) => csvCell(title)).join(',')];
  for (const row of rows) lines.push(CSV_HEADER.map(([key]) => csvCell(row[key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(inputs: CostInputs, estimates: FrameworkEstimate[], pricesAsOf: string): string {
  return JSON.stringify(
    {
      pricesAsOf,
      assumptions: ASSUMPTIONS,
      inputs,
      frameworks: estimates.map((estimate) => ({ ...summaryRow(estimate), lines: lineRows(estimate) })),
    },
    null,
    2,
  );
}

/** Sources for the assumptions and for the hints on the spot and commitment inputs; the page cites them. */
export const ASSUMPTION_SOURCES: readonly string[] = ['cost-aws-calculator-assumptions', 'cost-ec2-pricing-amnic', 'vertex-ai-cud-brief'];

export const ASSUMPTIONS: readonly string[] = [
  'A month is 730 hours; a working year is 48 weeks or 1,840 hours.',
  'List (on-demand) prices in one reference region per cloud: AWS us-east-1, Azure East US, Google Cloud us-central1. No taxes, no negotiated discounts beyond the ones you enter.',
  'Low and high take your usage at 80% and 150%, and each effort figure at the low and high end of its range.',
  'People’s time is the site’s assumption, from the evidence listed with each framework; change the inputs to match your team.',
  'Quoted prices are left out of the totals and shown as “quote”.',
  'An estimate to compare options, not a quote or a bill.',
];
