/**
 * The summary's one sentence: which framework is likely cheapest, or that the estimates are too
 * close to call when the cheapest one's low–high range overlaps another's, and what the totals leave
 * out (quotes), named.
 */
import { countOf, usd } from '../format';
import { frameworkLabel } from './present';
import type { FrameworkEstimate } from './types';

export interface Verdict {
  kind: 'winner' | 'too-close';
  /** Likely-cheapest first. */
  ranked: FrameworkEstimate[];
  /** Frameworks whose range overlaps the cheapest's (the cheapest included). */
  contenders: FrameworkEstimate[];
  sentence: string;
  /** "Not in the totals: …", or '' when every line is priced. */
  leftOut: string;
}

const overlaps = (a: FrameworkEstimate, b: FrameworkEstimate) => a.total.low <= b.total.high && b.total.low <= a.total.high;

/**
 * Complete totals first, likely-cheapest first; totals that leave out a quoted main fee follow,
 * because a total missing its main fee cannot be the lowest.
 */
export function rankEstimates(estimates: FrameworkEstimate[]): FrameworkEstimate[] {
  const byLikely = (a: FrameworkEstimate, b: FrameworkEstimate) => a.total.likely - b.total.likely;
  return [...estimates.filter((e) => !e.incomplete).sort(byLikely), ...estimates.filter((e) => e.incomplete).sort(byLikely)];
}

const NO_OPTION = 'No framework or stack covers this scope: tick fewer capabilities.';

export function verdictOf(estimates: FrameworkEstimate[], years: number): Verdict {
  const ranked = rankEstimates(estimates);
  const best = ranked[0];
  if (!best) return { kind: 'too-close', ranked, contenders: [], sentence: NO_OPTION, leftOut: '' };
  const span = countOf(years, 'year');
  const quotes = estimates.reduce((n, e) => n + e.notInTotal.length, 0);
  const quoted = estimates.filter((e) => e.notInTotal.length > 0);
  const leftOut =
    quotes === 0
      ? ''
      : `Not in the totals: ${countOf(quotes, 'line')} priced by quote only, in ${countOf(quoted.length, 'option')} (${quoted.map((e) => e.title).join(', ')}); an option whose main fee is a quote is marked incomplete and never called the lowest.`;
  if (best.incomplete) {
    return {
      kind: 'too-close',
      ranked,
      contenders: [],
      sentence: `No option is complete over ${span}: each leaves out a quoted main fee. Enter the quotes you have, vendor by vendor.`,
      leftOut,
    };
  }
  const complete = ranked.filter((e) => !e.incomplete);
  const contenders = complete.filter((e) => overlaps(best, e));
  const lowest = `Lowest likely: ${frameworkLabel(best)}, ${usd(best.total.likely)}`;
  const who = contenders.length <= 3 ? `the ranges of ${contenders.map(frameworkLabel).join(' and ')} overlap` : `${contenders.length} estimates overlap the lowest one`;
  const sentence = contenders.length > 1 ? `Too close to call over ${span}: ${who}, so your inputs decide. ${lowest}.` : `${lowest} over ${span}; its range overlaps no other.`;
  return { kind: contenders.length > 1 ? 'too-close' : 'winner', ranked, contenders, sentence, leftOut };
}

/** The category that contributes most to a framework's likely total: "its biggest driver". */
export function biggestDriver(estimate: FrameworkEstimate): { label: string; share: number } {
  let top = { label: '', value: 0 };
  for (const line of estimate.lines) if (line.status === 'priced' && line.horizon.likely > top.value) top = { label: line.label, value: line.horizon.likely };
  return { label: top.label, share: estimate.total.likely > 0 ? top.value / estimate.total.likely : 0 };
}

/** One framework's line in the summary beside the inputs: plain values, so the page can pass it in. */
export interface SummaryRowView {
  id: string;
  label: string;
  total: { low: number; likely: number; high: number };
  driverLabel: string;
  driverShare: number;
  peopleShare: number;
  quotes: number;
  opsHours: number;
  capacityHours: number;
  needsPublicCloud: boolean;
  /** The hosting mode it fell back to, when the reader's choice is not offered; '' otherwise. */
  fallback: string;
  contender: boolean;
  /** Run rate (likely, first month) and one-time costs, apart. */
  monthly: number;
  oneTime: number;
  incomplete: boolean;
  move: boolean;
  opsOverridden: boolean;
}

export interface SummaryView {
  kind: Verdict['kind'];
  sentence: string;
  leftOut: string;
  /** What the reader must know to read the totals: GPUs priced as a stand-in, and how much is staff-time assumption. */
  notes: string[];
  /** Likely-cheapest first. */
  rows: SummaryRowView[];
  best: { title: string; likely: number };
}

export function summaryView(estimates: FrameworkEstimate[], years: number): SummaryView {
  const verdict = verdictOf(estimates, years);
  const best = verdict.ranked[0] ?? { title: '—', total: { likely: 0 } };
  const shares = estimates.map((e) => Math.round(e.peopleShare * 100));
  const notes = [
    ...[...new Set(estimates.flatMap((e) => e.substitutions))].map((label) => `${label}.`),
    shares.length === 0 ? '' : `Staff time (an assumption from the effort profiles, or your operations hours) is ${Math.min(...shares)}–${Math.max(...shares)}% of the totals.`,
  ].filter(Boolean);
  return {
    kind: verdict.kind,
    sentence: verdict.sentence,
    leftOut: verdict.leftOut,
    notes,
    best: { title: best.title, likely: best.total.likely },
    rows: verdict.ranked.map((e) => {
      const driver = biggestDriver(e);
      return {
        id: e.id,
        label: frameworkLabel(e),
        total: e.total,
        driverLabel: driver.label,
        driverShare: driver.share,
        peopleShare: e.peopleShare,
        quotes: e.notInTotal.length,
        opsHours: e.opsHoursMonthly,
        capacityHours: e.opsCapacityHoursMonthly,
        needsPublicCloud: e.needsPublicCloud,
        fallback: e.hostingFallback ? e.hosting : '',
        contender: verdict.contenders.includes(e),
        monthly: e.monthly.likely,
        oneTime: e.oneTime.likely,
        incomplete: e.incomplete,
        move: e.move,
        opsOverridden: e.opsOverridden,
      };
    }),
  };
}
