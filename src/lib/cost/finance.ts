/**
 * For finance: each option's cash flow year by year and its unit costs, as the page and the CSV
 * show them. Read from the model, never recomputed: a year is the sum of the lines' own per-year
 * amounts (line.years, where the model has already applied salary growth to people's time and the
 * price change to everything else), and unit costs are the model's unitCosts().
 */
import type { CostInputs } from './inputs';
import { add, ZERO } from './line';
import { unitCosts, type UnitCosts } from './model';
import type { FrameworkEstimate, LineItem, Range } from './types';

export interface CashFlowYear {
  /** 1 for the first year. */
  year: number;
  /** Setup and learning: year 1 only. */
  oneTime: Range;
  /** Recurring infrastructure and fees, at list prices changed by the yearly price change. */
  infrastructure: Range;
  /** Recurring people's time, at loaded costs grown by the yearly salary growth. */
  people: Range;
  /** The expected cost of leaving, in the last year. */
  exit: Range;
  total: Range;
}

type Part = Exclude<keyof CashFlowYear, 'year' | 'total'>;

const partOf = (line: LineItem): Part =>
  line.timing === 'one-time' ? 'oneTime' : line.timing === 'at-exit' ? 'exit' : line.people ? 'people' : 'infrastructure';

/** Year 1 … N of one option: what it pays in each year, split by kind; the years add up to its horizon total. */
export function cashFlow(estimate: FrameworkEstimate): CashFlowYear[] {
  const years = estimate.cumulative.length - 1;
  const counted = estimate.lines.filter((line) => line.status === 'priced');
  return Array.from({ length: years }, (_, y) => {
    const parts: Record<Part, Range> = { oneTime: ZERO, infrastructure: ZERO, people: ZERO, exit: ZERO };
    for (const line of counted) parts[partOf(line)] = add(parts[partOf(line)], line.years[y] ?? ZERO);
    return { year: y + 1, ...parts, total: [parts.oneTime, parts.infrastructure, parts.people, parts.exit].reduce(add, ZERO) };
  });
}

export const CASH_FLOW_PARTS: ReadonlyArray<{ part: Part; label: string }> = [
  { part: 'oneTime', label: 'One-time (setup and learning)' },
  { part: 'infrastructure', label: 'Infrastructure and fees' },
  { part: 'people', label: 'People’s time' },
  { part: 'exit', label: 'Expected cost of leaving' },
];

export type UnitKey = keyof UnitCosts;

/** Each unit cost: its label, what it divides, and why it has no meaning when it has none. */
export const UNIT_COSTS: ReadonlyArray<{ key: UnitKey; label: string; divides: string; none: string }> = [
  {
    key: 'perModelMonth',
    label: 'Per model in production, a month',
    divides: 'the whole run rate a month ÷ models in production',
    none: 'no models are in production',
  },
  {
    key: 'perTrainingRun',
    label: 'Per training run',
    divides: 'training compute a month ÷ pipeline runs a month',
    none: 'no pipeline runs a month',
  },
  {
    key: 'perThousandPredictions',
    label: 'Per 1,000 predictions',
    divides: 'serving compute a month ÷ thousands of predictions a month',
    none: 'no prediction volume is entered (Serving: predictions served)',
  },
];

export interface UnitCostTable {
  /** The unit costs that have a meaning for these inputs. */
  columns: typeof UNIT_COSTS;
  /** One row per option, likely first-month values in the columns' order. */
  rows: Array<{ estimate: FrameworkEstimate; values: number[] }>;
  /** "Per training run: not shown, no pipeline runs a month." for each unit without meaning. */
  missing: string[];
}

/**
 * Unit costs of every option. Whether a unit has a meaning depends on the inputs alone (models,
 * runs, prediction volume), so a unit without one is left out as a column and said in words once.
 */
export function unitCostTable(estimates: FrameworkEstimate[], inputs: CostInputs): UnitCostTable {
  const all = estimates.map((estimate) => ({ estimate, units: unitCosts(estimate, inputs) }));
  const probe = unitCosts(estimates[0] ?? ({ monthly: ZERO, lines: [] } as unknown as FrameworkEstimate), inputs);
  const columns = UNIT_COSTS.filter((u) => probe[u.key] !== null);
  return {
    columns,
    rows: all.map(({ estimate, units }) => ({ estimate, values: columns.map((c) => units[c.key]!) })),
    missing: UNIT_COSTS.filter((u) => probe[u.key] === null).map((u) => `${u.label}: not shown, since ${u.none}.`),
  };
}
