/**
 * The cost model: for each framework, in the hosting mode the reader chose (or the only one it
 * offers), infrastructure lines, one-time effort, ongoing operations and the expected cost of
 * leaving, each as low / likely / high, with the formula, unit price, source and standing that
 * produced it. Pure and synchronous: the island recomputes on every valid keystroke, the page
 * renders the default inputs' result at build time, and both call the same function.
 */
import type { CostInputs } from './inputs';
import { add, finish, ZERO, type Growth, type LineContext, type LineDraft } from './line';
import {
  hardwareLine,
  kubernetesLines,
  monitoringLine,
  networkLines,
  notebookLines,
  pipelineRunLine,
  platformFeeLines,
  servingLine,
  storageLines,
  trainingLines,
} from './lines-infra';
import { exitLines, learningLine, operationsLine, opsHours, setupLine } from './lines-people';
import { WORK_HOURS_PER_YEAR } from './people';
import { optionsForScope } from '../options';
import { CAPABILITY_IDS, type CapabilityId } from '../vocabulary';
import { listCloud, venueOf } from './rates';
import { CATEGORIES, type Category, type CostData, type EffortProfile, type FrameworkEstimate, type LineItem, type Range } from './types';
import type { Point } from './words';

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
    ...hardwareLine(ctx),
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

const sum = (lines: readonly LineItem[], pick: (line: LineItem) => Range) => lines.map(pick).reduce(add, ZERO);

export function estimateFramework(data: CostData, profile: EffortProfile, inputs: CostInputs): FrameworkEstimate {
  const ctx = contextOf(data, profile, inputs);
  const years = inputs.horizonYears;
  const growth: Growth = { people: inputs.salaryGrowthPct / 100, prices: inputs.priceChangePct / 100 };
  const lines = draftLines(ctx).map((draft) => finish(draft, years, growth));
  const { hosting, fallback } = hostingOf(profile, inputs);
  return {
    id: profile.framework,
    title: data.titles[profile.framework] ?? profile.framework,
    venue: ctx.venue,
    hosting: hosting.mode,
    hostingFallback: fallback,
    lines,
    ...totalsOf(lines, years),
    notInTotal: lines.filter((line) => line.status === 'quote'),
    needsKubernetes: ctx.kubernetes,
    opsHoursMonthly: opsHours(ctx, 'likely'),
    opsCapacityHoursMonthly: (inputs.platformEngineers * WORK_HOURS_PER_YEAR) / 12,
    needsPublicCloud: inputs.cloud === 'onprem' && profile.runsOn !== 'chosen',
    move: isMove(profile, inputs),
    incomplete: lines.some((line) => line.status === 'quote' && line.id.startsWith('fee-')),
    opsOverridden: inputs.opsOverrides[profile.framework] !== undefined,
    substitutions: substitutionsOf(lines),
  };
}

/** A GPU this venue lacks is priced as its nearest one; the price's label says so ("No L4 VM on Azure: …"). */
function substitutionsOf(lines: LineItem[]): string[] {
  const labels = lines.filter((l) => l.status === 'priced' && l.price?.label.startsWith('No ')).map((l) => l.price!.label);
  return [...new Set(labels)];
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
  const all = scoped(data, inputs);
  return inputs.includeMoves === 'yes' ? all : all.filter((e) => !e.move);
}

/**
 * Like for like: with a scope, the options that cover it (src/lib/options, the checklist's own
 * definition): single frameworks that cover it alone and stacks whose members together do. A
 * framework that covers only part of the scope is not compared (a tracker is compared with trackers
 * only when the scope is tracking). Without a scope, every framework on its own.
 */
function scoped(data: CostData, inputs: CostInputs): FrameworkEstimate[] {
  const all = estimateFrameworks(data, inputs);
  if (inputs.scope.length === 0 || !data.options) return all;
  const byId = new Map(all.map((e) => [e.id, e]));
  // A later member runs no GPUs of its own: the fleet's hours are the lead's, counted once.
  const noFleet: CostInputs = { ...inputs, gpuHours: 0, servingHardware: 'cpu' };
  const asMember = (id: string) => {
    const profile = data.profiles.find((p) => p.framework === id);
    return profile ? estimateFramework(data, profile, noFleet) : undefined;
  };
  const scope = knownCapabilities(inputs.scope);
  if (scope.length === 0) return all;
  const options = optionsForScope(scope, data.options.frameworks, data.options.stacks).filter((o) => o.kind !== 'partial');
  return options.flatMap((option) => {
    const members = option.members.map((m, index) => (index === 0 ? byId.get(m.framework) : asMember(m.framework)));
    if (members.some((m) => m === undefined)) return [];
    if (option.kind === 'single') return [members[0]!];
    const title = data.options!.stacks.find((s) => s.id === option.id)?.title ?? option.id;
    return [stackEstimate(option.id, title, members as FrameworkEstimate[], inputs)];
  });
}

const KNOWN: ReadonlySet<string> = new Set(CAPABILITY_IDS);
/** The scope's capability ids the vocabulary knows; the summary names the others. */
export const knownCapabilities = (scope: readonly string[]) => scope.filter((id): id is CapabilityId => KNOWN.has(id));
export const unknownCapabilities = (scope: readonly string[]) => scope.filter((id) => !KNOWN.has(id));

/** Lines a stack's later members add: their own fees, cluster, people and exit effort; the workload runs once, on the lead. */
const MEMBER_CATEGORIES: ReadonlySet<Category> = new Set<Category>(['platform', 'kubernetes', 'setup', 'operations']);

/**
 * An option's totals from its lines, for a single framework and a stack alike: the run rate, the
 * one-time cost, the horizon total, the share of it that is people's time, and the running total at
 * the end of each year (year 0 is the one-time cost). Only priced lines count; quotes stay out.
 */
function totalsOf(lines: readonly LineItem[], years: number) {
  const counted = lines.filter((line) => line.status === 'priced');
  const total = sum(counted, (line) => line.horizon);
  const peopleTotal = sum(
    counted.filter((line) => line.people),
    (line) => line.horizon,
  ).likely;
  const recurring = counted.filter((line) => line.timing !== 'one-time');
  const oneTime = sum(
    counted.filter((line) => line.timing === 'one-time'),
    (line) => line.amount,
  );
  const cumulative: Range[] = [oneTime];
  for (let y = 0; y < years; y++)
    cumulative.push(
      add(
        cumulative[y]!,
        sum(recurring, (line) => line.years[y]!),
      ),
    );
  return {
    monthly: sum(
      counted.filter((line) => line.timing === 'monthly'),
      (line) => line.amount,
    ),
    oneTime,
    total,
    peopleShare: total.likely > 0 ? peopleTotal / total.likely : 0,
    cumulative,
  };
}

/**
 * A stack priced as one option: the lead member's lines in full (its compute, storage and network
 * carry the workload), plus each other member's platform fees, people's time, exit effort and a
 * Kubernetes cluster only when the lead does not already count one.
 */
export function stackEstimate(id: string, title: string, members: FrameworkEstimate[], inputs: CostInputs): FrameworkEstimate {
  const [lead, ...rest] = members;
  const lines: LineItem[] = [...lead!.lines];
  for (const m of rest) {
    for (const line of m.lines) {
      const keep = (MEMBER_CATEGORIES.has(line.category) && !(line.category === 'kubernetes' && lead!.needsKubernetes)) || line.id === 'exit-effort';
      if (keep) lines.push({ ...line, id: `${m.id}:${line.id}`, label: `${m.title}: ${line.label}` });
    }
  }
  return {
    ...lead!,
    id,
    title,
    lines,
    ...totalsOf(lines, inputs.horizonYears),
    notInTotal: lines.filter((line) => line.status === 'quote'),
    needsKubernetes: members.some((m) => m.needsKubernetes),
    opsHoursMonthly: members.reduce((n, m) => n + m.opsHoursMonthly, 0),
    needsPublicCloud: members.some((m) => m.needsPublicCloud),
    move: members.some((m) => m.move),
    incomplete: members.some((m) => m.incomplete),
    opsOverridden: members.some((m) => m.opsOverridden),
    substitutions: [...new Set(members.flatMap((m) => m.substitutions))],
    members: members.map((m) => m.id),
  };
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
export function byCategory(estimate: FrameworkEstimate, point: Point = 'likely'): Record<Category, number> {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const line of estimate.lines) if (line.status === 'priced') totals[line.category] += line.horizon[point];
  return totals;
}
