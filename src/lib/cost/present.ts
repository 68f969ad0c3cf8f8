/**
 * What the reader sees, as text: money, ranges, line statuses, the summary rows and the line rows.
 * The island, the build-time tables and the exports all use these, so the downloads match the screen.
 */
import { usd } from '../format';
import { CATEGORY_LABELS, type FrameworkEstimate, type LineItem, type PriceRecord, type Range } from './types';
import type { PriceStanding } from '../schema/cost';

/** A range as its likely figure and its band, "($10,100–$15,800)", or no band when it is a single value. */
export function rangeParts(range: Range): { likely: string; band: string | null } {
  const low = usd(range.low);
  const high = usd(range.high);
  return { likely: usd(range.likely), band: low === high ? null : `(${low}–${high})` };
}

/** "$12,300 ($10,100–$15,800)", or just "$0" when the range is a single value. */
export function formatRange(range: Range): string {
  const { likely, band } = rangeParts(range);
  return band === null ? likely : `${likely} ${band}`;
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export const STANDING_LABELS: Record<PriceStanding, string> = { official: 'Official', consensus: 'Consensus', 'third-party': 'Third-party', unverified: 'Unverified' };
/** The site's standing badge class for a price standing (consensus and third-party read as third-party). */
export const standingClass = (standing: PriceStanding) => `standing standing-${standing === 'official' ? 'official' : standing === 'unverified' ? 'unverified' : 'third-party'}`;
export const TIMING_LABELS = { monthly: 'a month', 'one-time': 'once', 'at-exit': 'if you leave' } as const;
export const HOSTING_WORDS = { 'self-hosted': 'self-hosted', cloud: 'managed by the cloud', saas: 'vendor SaaS' } as const;

/** The amount column: a number, or the words that replace a silent or invented one. */
export function lineAmountText(line: LineItem): string {
  if (line.status === 'quote') return 'quote';
  if (line.status === 'usage') return 'depends on usage';
  if (line.status === 'included') return 'included';
  return formatRange(line.amount);
}

const UNIT_WORDS: Record<PriceRecord['unit'], string> = {
  hour: 'an hour',
  'GPU-hour': 'a GPU-hour',
  'cluster-hour': 'a cluster-hour',
  'GB-month': 'a GB-month',
  GB: 'a GB',
  GiB: 'a GiB',
  month: 'a month',
  'user-month': 'a user a month',
  'pipeline-run': 'a pipeline run',
  'million-tokens': 'per million tokens',
};

/** "0.192 USD an hour": the unit in words, with its article. */
export function unitPriceText(price: PriceRecord | undefined): string {
  if (!price) return '—';
  return price.usd === null ? 'quote' : `${price.usd} USD ${UNIT_WORDS[price.unit]}`;
}

/** The framework's name with the hosting mode it is priced in. */
const CLOUD_NAMES: Record<string, string> = { aws: 'AWS', azure: 'Azure', gcp: 'Google Cloud', onprem: 'your data centre' };

export function frameworkLabel(estimate: FrameworkEstimate): string {
  const move = estimate.move ? `, a move to ${CLOUD_NAMES[estimate.venue]}` : '';
  const incomplete = estimate.incomplete ? ', incomplete: main fee is a quote' : '';
  return `${estimate.title} (${HOSTING_WORDS[estimate.hosting]}${move}${incomplete})`;
}

export interface SummaryRow {
  framework: string;
  monthly: string;
  oneTime: string;
  total: string;
  peopleShare: string;
  notInTotal: string;
}

export function summaryRow(estimate: FrameworkEstimate): SummaryRow {
  return {
    framework: frameworkLabel(estimate),
    monthly: formatRange(estimate.monthly),
    oneTime: formatRange(estimate.oneTime),
    total: formatRange(estimate.total),
    peopleShare: formatShare(estimate.peopleShare),
    notInTotal: estimate.notInTotal.map((line) => line.label).join('; '),
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
    framework: frameworkLabel(estimate),
    category: CATEGORY_LABELS[line.category],
    item: line.label,
    when: TIMING_LABELS[line.timing],
    amount: lineAmountText(line),
    horizon: line.status === 'priced' ? formatRange(line.horizon) : lineAmountText(line),
    formula: line.formula,
    unitPrice: unitPriceText(line.price),
    source: line.price?.source ?? 'effort profile',
    standing: line.price ? STANDING_LABELS[line.price.standing] : 'Assumption',
    asOf: line.price?.asOf ?? '',
  }));
}

export interface LineSource {
  /** The source's title, or the site's own assumption for people's time. */
  title: string;
  /** "third-party, as of 2026-11-26"; empty for the site's assumption. */
  standing: string;
  /** The items priced from it, in the table's order. */
  items: string[];
}

/**
 * The sources of one option's line items, each named once with the items it prices: on paper they
 * replace the table's source column (which alone took a third of its width).
 */
export function lineSources(estimate: FrameworkEstimate, titles: Record<string, string> | undefined): LineSource[] {
  const groups = new Map<string, LineSource>();
  for (const line of estimate.lines) {
    const price = line.price;
    const key = price ? `${price.source}|${price.standing}|${price.asOf}` : '';
    const group = groups.get(key) ?? {
      title: price ? (titles?.[price.source] ?? price.source) : 'Site assumption (effort profiles)',
      standing: price ? `${STANDING_LABELS[price.standing].toLowerCase()}, as of ${price.asOf}` : '',
      items: [],
    };
    group.items.push(line.label);
    groups.set(key, group);
  }
  return [...groups.values()];
}
