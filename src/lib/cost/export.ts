/**
 * CSV and JSON downloads of the current view. Built from the same rows as the tables on screen, so
 * a download matches what the reader sees. The island loads this module on the first download.
 */
import { toCsv as writeCsv } from '../csv';
import type { CostInputs } from './inputs';
import type { FrameworkEstimate, Range } from './types';
import { frameworkLabel, lineRows, summaryRow } from './present';
import { CASH_FLOW_PARTS, cashFlow, UNIT_COSTS } from './finance';
import { unitCosts } from './model';

const CSV_HEADER = [
  'Option', 'Category', 'Item', 'When', 'Status',
  'Amount low (USD)', 'Amount likely (USD)', 'Amount high (USD)',
  'Horizon low (USD)', 'Horizon likely (USD)', 'Horizon high (USD)',
  'Formula (likely)', 'Unit price', 'Source', 'Standing', 'As of',
];

/** Cents, as a plain number a spreadsheet reads as a number (no currency sign, no separators). */
const cents = (value: number) => Math.round(value * 100) / 100;
const numbers = (range: Range) => [cents(range.low), cents(range.likely), cents(range.high)];
const BLANK3 = ['', '', ''];
/** Unit costs keep four decimals: a cost per 1,000 predictions is often a fraction of a cent. */
const fine = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * The CSV finance can use: amounts as numbers in low / likely / high columns, every line of every
 * option, then each option's run rate, one-time and horizon totals, its cash flow year by year and
 * its unit costs, then the inputs and the share link that reproduce the file. The same lines,
 * totals, years and unit costs as the tables on screen.
 */
export function toCsv(estimates: FrameworkEstimate[], inputs?: CostInputs, shareUrl?: string, sourceTitles: Readonly<Record<string, string>> = {}): string {
  const rows: Array<Array<string | number>> = [CSV_HEADER];
  for (const e of estimates) {
    const label = frameworkLabel(e);
    for (const [line, row] of e.lines.map((l, i) => [l, lineRows(e)[i]!] as const)) {
      const priced = line.status === 'priced';
      rows.push([label, row.category, row.item, row.when, row.amount, ...(priced ? numbers(line.amount) : BLANK3), ...(priced ? numbers(line.horizon) : BLANK3), row.formula, row.unitPrice, sourceTitles[row.source] ?? row.source, row.standing, row.asOf]);
    }
  }
  for (const e of estimates) {
    const label = frameworkLabel(e);
    const total = (item: string, range: Range, horizon: boolean) => [label, 'Total', item, '', e.incomplete ? 'incomplete: a quoted main fee is not in it' : 'priced', ...(horizon ? BLANK3 : numbers(range)), ...(horizon ? numbers(range) : BLANK3), '', '', '', '', ''];
    rows.push(total('Run rate a month (first month)', e.monthly, false), total('One-time', e.oneTime, false), total(`Total over ${e.cumulative.length - 1} years`, e.total, true));
  }
  rows.push([], ['Cash flow', 'Year', ...CASH_FLOW_PARTS.map((p) => `${p.label}, likely (USD)`), 'Total low (USD)', 'Total likely (USD)', 'Total high (USD)']);
  for (const e of estimates) {
    for (const y of cashFlow(e)) rows.push([frameworkLabel(e), y.year, ...CASH_FLOW_PARTS.map((p) => cents(y[p.part].likely)), ...numbers(y.total)]);
  }
  if (inputs) {
    // A unit without meaning for these inputs says why, in words, where its number would be.
    rows.push([], ['Unit costs, likely first month', ...UNIT_COSTS.map((u) => `${u.label} (USD)`)]);
    for (const e of estimates) {
      const units = unitCosts(e, inputs);
      rows.push([frameworkLabel(e), ...UNIT_COSTS.map((u) => (units[u.key] === null ? `not applicable: ${u.none}` : fine(units[u.key]!)))]);
    }
    rows.push([], ['Input', 'Value']);
    for (const [key, value] of Object.entries(inputs)) if (key !== 'carried') rows.push([key, typeof value === 'object' ? JSON.stringify(value) : value === null ? '' : value]);
  }
  if (shareUrl) rows.push([], ['Share link', shareUrl]);
  return writeCsv(rows.map((r) => r.map((cell) => (typeof cell === 'number' ? String(cell) : cell))));
}

export function toJson(inputs: CostInputs, estimates: FrameworkEstimate[], pricesAsOf: string): string {
  return JSON.stringify(
    {
      pricesAsOf,
      assumptions: ASSUMPTIONS,
      inputs,
      frameworks: estimates.map((estimate) => ({
        ...summaryRow(estimate),
        totals: { low: estimate.total.low, likely: estimate.total.likely, high: estimate.total.high },
        lines: lineRows(estimate),
      })),
    },
    null,
    2,
  );
}

/** Sources for the assumptions and for the hints on the spot and commitment inputs; the page cites them. */
export const ASSUMPTION_SOURCES: readonly string[] = ['cost-aws-calculator-assumptions', 'cost-ec2-pricing-amnic', 'vertex-ai-cud-brief', 'cost-bls-ecec-2025'];

export const ASSUMPTIONS: readonly string[] = [
  'A month is 730 hours; a working year is 48 weeks or 1,840 hours. GPU prices are per GPU-hour: the instance price divided by its GPUs, though some GPUs are rented only eight at a time.',
  'List (on-demand) prices in one reference region per cloud: AWS us-east-1, Azure East US, Google Cloud us-central1. No taxes, no negotiated discounts beyond the ones you enter.',
  'Low and high take your usage at 80% and 150%, and each effort figure at the low and high end of its range; fixed fees stay at list price.',
  'People’s time is the site’s assumption, from the evidence listed with each framework and hosting mode: operations hours a month grow with models in production, pipelines and users, priced at the platform engineer’s loaded hourly cost.',
  'Lines without a readable price are “quote”: kept out of the totals, listed in their own column and named in the summary.',
  'An estimate to compare options, not a quote or a bill.',
];

/** The file a download of the current view writes: its name, MIME type and text. */
export function exportFile(kind: 'csv' | 'json', inputs: CostInputs, estimates: FrameworkEstimate[], pricesAsOf: string, shareUrl?: string, sourceTitles?: Readonly<Record<string, string>>) {
  return kind === 'csv'
    ? { fileName: 'mlops-cost-estimate.csv', mimeType: 'text/csv;charset=utf-8', text: toCsv(estimates, inputs, shareUrl, sourceTitles) }
    : { fileName: 'mlops-cost-estimate.json', mimeType: 'application/json', text: toJson(inputs, estimates, pricesAsOf) };
}
