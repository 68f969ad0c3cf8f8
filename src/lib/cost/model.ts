/**
 * The cost model: for each framework, in the hosting mode the reader chose (or the only one it
 * offers), infrastructure lines, one-time effort, ongoing operations and the expected cost of
 * leaving, each as low / likely / high, with the formula, unit price, source and standing that
 * produced it. Pure and synchronous: the island recomputes on every valid keystroke, the page
 * renders the default scenario at build time, and both call the same function.
 */
import type { CostInputs } from './inputs';
import { add, finish, ZERO, type LineContext, type LineDraft } from './line';
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
  const lines = draftLines(ctx).map((draft) => finish(draft, years));
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
  };
}

export function estimateFrameworks(data: CostData, inputs: CostInputs): FrameworkEstimate[] {
  return data.profiles.map((profile) => estimateFramework(data, profile, inputs));
}

/** Horizon totals by category, for the stacked bar. */
export function byCategory(estimate: FrameworkEstimate, scenario: 'low' | 'likely' | 'high' = 'likely'): Record<Category, number> {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const line of estimate.lines) if (line.status === 'priced') totals[line.category] += line.horizon[scenario];
  return totals;
}
