/**
 * What every kind of line shares: the context it is computed in, the draft a line function returns,
 * and how a draft becomes a line with its amounts per year and over the horizon.
 */
import type { CostInputs } from './inputs';
import type { Category, CostData, EffortProfile, Hosting, LineItem, LineStatus, PriceRecord, Range, Timing, Venue } from './types';
import type { Cloud, Point } from './words';

/** Ranges: usage at 80% (low) and 150% (high), the reference model's −20% / +50%; prices stay at list. */
export const USAGE_SCALE: Record<Point, number> = { low: 0.8, likely: 1, high: 1.5 };
export const GB_PER_TB = 1024;

export interface LineContext {
  data: CostData;
  profile: EffortProfile;
  hosting: Hosting;
  inputs: CostInputs;
  venue: Venue;
  /** The cloud whose list prices apply to fees (AWS for a data centre). */
  cloud: Cloud;
  /** The framework needs a Kubernetes cluster here. */
  kubernetes: boolean;
  /** …and the reader does not run one yet. */
  newCluster: boolean;
}

export interface LineDraft {
  id: string;
  category: Category;
  label: string;
  timing: Timing;
  status: LineStatus;
  /** Monthly amount in year y (0-based) at one point of the range (low, likely, high); or the one-time amount. */
  at: (s: Point, year: number) => number;
  formula: string;
  price?: PriceRecord | undefined;
  people?: boolean;
  drivers: string[];
}

export const map = (f: (s: Point) => number): Range => ({ low: f('low'), likely: f('likely'), high: f('high') });
export const ZERO: Range = { low: 0, likely: 0, high: 0 };
export const add = (a: Range, b: Range): Range => ({ low: a.low + b.low, likely: a.likely + b.likely, high: a.high + b.high });

/** A line that cannot be priced: shown as "quote", kept out of the total. */
export function quoteDraft(draft: Omit<LineDraft, 'status' | 'at'>): LineDraft {
  return { ...draft, status: 'quote', at: () => 0 };
}

/** Yearly change, as fractions: loaded people costs and list prices (0 keeps them flat). */
export interface Growth {
  people: number;
  prices: number;
}
export const FLAT: Growth = { people: 0, prices: 0 };

/**
 * A draft over the horizon. Year y (0-based) of a monthly or exit line is scaled by (1 + change)^y,
 * people's change for people lines and the list-price change for the rest; one-time lines fall in
 * year 0 at today's cost.
 */
export function finish(draft: LineDraft, years: number, growth: Growth = FLAT): LineItem {
  const perYear: Range[] = [];
  const counted = draft.status === 'priced';
  const change = 1 + (draft.people ? growth.people : growth.prices);
  for (let y = 0; y < years; y++) {
    const k = change ** y;
    if (!counted) perYear.push(ZERO);
    else if (draft.timing === 'monthly') perYear.push(map((s) => 12 * draft.at(s, y) * k));
    else if (draft.timing === 'one-time') perYear.push(y === 0 ? map((s) => draft.at(s, 0)) : ZERO);
    else perYear.push(y === years - 1 ? map((s) => draft.at(s, 0) * k) : ZERO);
  }
  const { at, people, ...rest } = draft;
  return {
    ...rest,
    amount: counted ? map((s) => at(s, 0)) : ZERO,
    horizon: perYear.reduce(add, ZERO),
    years: perYear,
    people: people ?? false,
  };
}
