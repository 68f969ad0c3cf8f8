/**
 * The cost model: for each framework, in the hosting mode the reader chose (or the only one it
 * offers), infrastructure lines, one-time effort, ongoing operations and the expected cost of
 * leaving, each as low / likely / high, with the formula, unit price, source and standing that
 * produced it. Pure and synchronous: the island recomputes on every valid keystroke, the page
 * renders the default scenario at build time, and both call the same function.
 */
import type { CostInputs } from './inputs';
import { add, finish, ZERO, type Growth, type LineContext, type LineDraft } from './line';
import { kubernetesLines, monitoringLine, networkLines, notebookLines, pipelineRunLine, platformFeeLines, servingLine, storageLines, trainingLines } from './lines-infra';
import { exitLines, learningLine, operationsLine, opsHours, setupLine } from './lines-people';
import { WORK_HOURS_PER_YEAR } from './people';
import { listCloud, venueOf } from './rates';
import { CATEGORIES, type Category, type CostData, type EffortProfile, type FrameworkEstimate, type LineItem, type Range } from './types';

export function hostingOf(profile: EffortProfile, inputs: CostInputs) {
  const chosen = profile.hosting.find((h) => h.mode === inputs.hosting);
  return { hosting: chosen ?? profile.hosting[0]!, fallback: !chosen };
}

export function contextOf(data: CostData, profile: EffortProfile, inputs: CostInputs): LineContext {
  const venue = venueOf(profile, inputs);
  const { hosting } = hostingOf(profile, inputs);
  const needs = hosting.needsKubernetes ?? profile.needsKubernetes;
  const kubernetes = needs === 'always' || (needs === 'outside-aws' && venue !== 'aws');
  return { data, profile, hosting, inputs, venue, cloud: listCloud(venue), kubernetes, newCluster: kubernetes && inputs.alreadyRunKubernetes === 'no' };
}

/** Every line of one framework, in the order the table shows them. */
export function draftLines(ctx: LineContext): LineDraft[] {
  return [
    ...platformFeeLines(ctx),
    ...pipelineRunLine(ctx),
    ...monitoringLine(ctx),
    ...trainingLines(ctx),
    ...servingLine(ctx),
    ...notebookLines(ctx),
    ...kubernetesLines(ctx),
    ...storageLines(ctx),
    ...networkLines(ctx),
    setupLine(ctx),
    learningLine(ctx),
    operationsLine(ctx),
    ...exitLines(ctx),
  ];
}

const sum = (lines: LineItem[], pick: (line: LineItem) => Range) => lines.map(pick).reduce(add, ZERO);

export function estimateFramework(data: CostData, profile: EffortProfile, inputs: CostInputs): FrameworkEstimate {
  const ctx = contextOf(data, profile, inputs);
  const years = inputs.horizonYears;
  const growth: Growth = { people: inputs.salaryGrowthPct / 100, prices: inputs.priceChangePct / 100 };
  const lines = draftLines(ctx).map((draft) => finish(draft, years, growth));
  const counted = lines.filter((line) => line.status === 'priced');
  const total = sum(counted, (line) => line.horizon);
  const peopleTotal = sum(counted.filter((line) => line.people), (line) => line.horizon).likely;
  const cumulative: Range[] = [sum(counted.filter((line) => line.timing === 'one-time'), (line) => line.amount)];
  for (let y = 0; y < years; y++) {
    cumulative.push(add(cumulative[y]!, sum(counted.filter((line) => line.timing !== 'one-time'), (line) => line.years[y]!)));
  }
  const { hosting, fallback } = hostingOf(profile, inputs);
  return {
    id: profile.framework,
    title: data.titles[profile.framework] ?? profile.framework,
    venue: ctx.venue,
    hosting: hosting.mode,
    hostingFallback: fallback,
    lines,
    monthly: sum(counted.filter((line) => line.timing === 'monthly'), (line) => line.amount),
    oneTime: sum(counted.filter((line) => line.timing === 'one-time'), (line) => line.amount),
    total,
    peopleShare: total.likely > 0 ? peopleTotal / total.likely : 0,
    cumulative,
    notInTotal: lines.filter((line) => line.status === 'quote'),
    needsKubernetes: ctx.kubernetes,
    opsHoursMonthly: opsHours(ctx, 'likely'),
    opsCapacityHoursMonthly: (inputs.platformEngineers * WORK_HOURS_PER_YEAR) / 12,
    needsPublicCloud: inputs.cloud === 'onprem' && profile.runsOn !== 'chosen',
    move: isMove(profile, inputs),
    incomplete: lines.some((line) => line.status === 'quote' && line.id.startsWith('fee-')),
    opsOverridden: inputs.opsOverrides[profile.framework] !== undefined,
  };
}

/** A platform bound to a cloud other than the reader's: pricing it means moving there. */
export function isMove(profile: EffortProfile, inputs: CostInputs): boolean {
  const home = inputs.cloud;
  return profile.runsOn !== 'chosen' && (home === 'aws' || home === 'azure' || home === 'gcp') && profile.runsOn !== home;
}

/** Every framework in the data, moves to another cloud included (flagged): the checklist shows them all. */
export function estimateFrameworks(data: CostData, inputs: CostInputs): FrameworkEstimate[] {
  return data.profiles.map((profile) => estimateFramework(data, profile, inputs));
}

/**
 * The options the calculator compares: a platform on another cloud only when the reader asks for
 * moves. (Scope, tracker against trackers, comes from the option model.)
 */
export function comparedEstimates(data: CostData, inputs: CostInputs): FrameworkEstimate[] {
  const all = estimateFrameworks(data, inputs);
  return inputs.includeMoves === 'yes' ? all : all.filter((e) => !e.move);
}

export interface UnitCosts {
  /** Run rate ÷ models in production; null when there are none. */
  perModelMonth: number | null;
  /** Training compute a month ÷ pipeline runs a month. */
  perTrainingRun: number | null;
  /** Serving compute a month ÷ thousands of predictions a month. */
  perThousandPredictions: number | null;
}

const monthlyOf = (e: FrameworkEstimate, category: Category) =>
  e.lines.filter((l) => l.status === 'priced' && l.timing === 'monthly' && l.category === category).reduce((n, l) => n + l.amount.likely, 0);

/** Unit costs of the likely first month, for finance: what one model, one run, 1,000 predictions cost. */
export function unitCosts(e: FrameworkEstimate, inputs: CostInputs): UnitCosts {
  const runs = inputs.pipelines * inputs.runsPerPipeline;
  return {
    perModelMonth: inputs.models > 0 ? e.monthly.likely / inputs.models : null,
    perTrainingRun: runs > 0 ? monthlyOf(e, 'training') / runs : null,
    perThousandPredictions: inputs.predictionsThousands > 0 ? monthlyOf(e, 'serving') / inputs.predictionsThousands : null,
  };
}

/** Horizon totals by category, for the stacked bar. */
export function byCategory(estimate: FrameworkEstimate, scenario: 'low' | 'likely' | 'high' = 'likely'): Record<Category, number> {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const line of estimate.lines) if (line.status === 'priced') totals[line.category] += line.horizon[scenario];
  return totals;
}
