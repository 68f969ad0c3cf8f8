/**
 * The calculator's data and result types. Data types are inferred from the zod schemas in
 * src/lib/schema/cost.ts (dates become ISO days once read); result types belong to the model.
 */
import type { EffortProfileData, HostingData, PeopleCostData, PriceData } from '../schema/cost';
import type { Cloud, Point } from './words';

export type Range = Record<Point, number>;

export type PriceRecord = Omit<PriceData, 'asOf'> & { asOf: string };
export type EffortProfile = EffortProfileData;
export type Hosting = HostingData;
export type PeopleCost = PeopleCostData;
/** Where a framework's infrastructure is priced: a cloud's list, or the reader's own data centre. */
export type Venue = Cloud | 'onprem';

export interface CostData {
  prices: Record<string, PriceRecord>;
  profiles: EffortProfile[];
  /** Framework id → its short name. */
  titles: Record<string, string>;
  people: PeopleCost[];
}

export const CATEGORIES = ['platform', 'training', 'serving', 'notebooks', 'kubernetes', 'storage', 'network', 'setup', 'operations', 'exit'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  platform: 'Platform fees',
  training: 'Training compute',
  serving: 'Serving compute',
  notebooks: 'Notebooks',
  kubernetes: 'Kubernetes',
  storage: 'Storage',
  network: 'Network and logs',
  setup: 'Setup and learning',
  operations: 'Operations people',
  exit: 'Expected exit',
};

/**
 * priced: a number; quote: no readable price, kept out of the total and named in the summary;
 * usage: the usage input is 0, so the line "depends on usage" rather than showing a silent $0;
 * included: paid for elsewhere (the line says where).
 */
export type LineStatus = 'priced' | 'quote' | 'usage' | 'included';
export type Timing = 'monthly' | 'one-time' | 'at-exit';

/** An input a line depends on, so the reader can change it from the line. */
export type Driver = string;

export interface LineItem {
  id: string;
  category: Category;
  label: string;
  timing: Timing;
  status: LineStatus;
  /** Monthly lines: the first month; one-time and exit lines: the amount. */
  amount: Range;
  /** Over the whole horizon. */
  horizon: Range;
  /** Per year of the horizon (one-time lines in year 1, exit in the last year). */
  years: Range[];
  /** The likely calculation, in words and numbers. */
  formula: string;
  price?: PriceRecord | undefined;
  /** People's time rather than infrastructure. */
  people: boolean;
  /** The inputs (NumberSpec or ChoiceSpec names) that move this line. */
  drivers: Driver[];
}

export interface FrameworkEstimate {
  id: string;
  title: string;
  venue: Venue;
  hosting: Hosting['mode'];
  /** Set when the reader's hosting choice is not offered and the framework's default was used. */
  hostingFallback: boolean;
  lines: LineItem[];
  monthly: Range;
  oneTime: Range;
  total: Range;
  /** Share of the likely total that is people's time, 0–1. */
  peopleShare: number;
  /** Cumulative cost at the end of year 0 (one-time costs) … year N. */
  cumulative: Range[];
  /** Lines priced by quote only: not in the total. */
  notInTotal: LineItem[];
  needsKubernetes: boolean;
  /** Operations hours a month (likely) against the platform engineers' hours. */
  opsHoursMonthly: number;
  opsCapacityHoursMonthly: number;
  /** A managed platform bound to one cloud, when the reader runs in their own data centre. */
  needsPublicCloud: boolean;
  /** Bound to a cloud other than the reader's: pricing it means moving there. */
  move: boolean;
  /** A main (platform) fee is a quote not entered: the total leaves it out, so it is never called the lowest. */
  incomplete: boolean;
  /** The reader set this option's operations hours. */
  opsOverridden: boolean;
}
