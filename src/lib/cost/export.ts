/**
 * CSV and JSON downloads of the current view. Built from the same rows as the tables on screen, so
 * a download matches what the reader sees. The island loads this module on the first download.
 */
import { toCsv as writeCsv } from '../csv';
import type { CostInputs } from './inputs';
import type { FrameworkEstimate } from './types';
import { lineRows, summaryRow, type LineRow } from './present';

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

export function toCsv(estimates: FrameworkEstimate[]): string {
  const rows = estimates.flatMap(lineRows);
  return writeCsv([CSV_HEADER.map(([, title]) => title), ...rows.map((row) => CSV_HEADER.map(([key]) => row[key]))]);
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
export function exportFile(kind: 'csv' | 'json', inputs: CostInputs, estimates: FrameworkEstimate[], pricesAsOf: string) {
  return kind === 'csv'
    ? { fileName: 'mlops-cost-estimate.csv', mimeType: 'text/csv;charset=utf-8', text: toCsv(estimates) }
    : { fileName: 'mlops-cost-estimate.json', mimeType: 'application/json', text: toJson(inputs, estimates, pricesAsOf) };
}
