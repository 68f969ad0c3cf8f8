/**
 * People lines: setup, learning, operations and the expected cost of leaving. Operations is driven
 * by the workload (models in production, pipelines, users) through the hosting mode's hours, and
 * priced at the platform engineer's loaded hourly cost; learning prices each role at its own cost.
 */
import { countOf } from '../format';
import { GB_PER_TB, USAGE_SCALE, type LineContext, type LineDraft } from './line';
import { roleCost, roleCostText, WORK_HOURS_PER_YEAR, WORK_WEEKS_PER_YEAR } from './people';
import { HOURS_PER_MONTH, num, pct, priceOf } from './rates';
import type { Range } from './types';
import { OPS_DRIVERS, type Point } from './words';

const rangeText = (r: Range) => `${num(r.likely)} (${num(r.low)}–${num(r.high)})`;

/** Operations hours a month at one point of the range (low, likely, high): base + per model + per pipeline + per user (+ a new cluster). */
export function opsHours(ctx: LineContext, s: Point): number {
  const { opsHours: hours } = ctx.hosting;
  const { inputs } = ctx;
  const override = inputs.opsOverrides[ctx.profile.framework];
  if (override !== undefined) return override;
  const cluster = ctx.newCluster && ctx.profile.newClusterOpsHours ? ctx.profile.newClusterOpsHours[s] : 0;
  const fleet = ctx.profile.gpuFleetOpsHours ? ctx.profile.gpuFleetOpsHours[s] * busyGpus(inputs) : 0;
  return hours.base[s] + hours.perModel[s] * inputs.models + hours.perPipeline[s] * inputs.pipelines + hours.perUser[s] * inputs.dataScientists + cluster + fleet;
}

/** GPUs kept busy all month: training GPU-hours plus GPU serving replicas, each ÷ 730 h. */
export function busyGpus(inputs: LineContext['inputs']): number {
  const serving = inputs.servingHardware === 'cpu' ? 0 : inputs.models * inputs.replicas * inputs.servingGpus * inputs.servingHours;
  return (inputs.gpuHours + serving) / HOURS_PER_MONTH;
}

/** One-time hours the reader set for this option (they replace setup and learning), or undefined. */
export function setupOverride(ctx: LineContext): number | undefined {
  return ctx.inputs.setupOverrides[ctx.profile.framework];
}

export function setupLine(ctx: LineContext): LineDraft {
  const engineer = roleCost(ctx.data, ctx.inputs, 'platformEngineer');
  const weeks = ctx.hosting.setupWeeks;
  const override = setupOverride(ctx);
  // The same line either way; only how its amount is reached differs: the reader's hours, or the profile's weeks.
  const amount: Pick<LineDraft, 'at' | 'formula' | 'drivers'> =
    override !== undefined
      ? {
          at: () => override * engineer.hourly,
          formula: `${num(override, 2)} h you set (setup and learning together) × ${num(engineer.hourly, 2)} USD an hour (${roleCostText(ctx.data, ctx.inputs, 'platformEngineer')} ÷ ${num(WORK_HOURS_PER_YEAR)} h)`,
          drivers: ['setupOverrides', 'platformEngineerCost', 'region'],
        }
      : {
          at: (s) => weeks[s] * engineer.weekly,
          formula: `${rangeText(weeks)} person-weeks × ${roleCostText(ctx.data, ctx.inputs, 'platformEngineer')} ÷ ${WORK_WEEKS_PER_YEAR} weeks`,
          drivers: ['hosting', 'platformEngineerCost', 'region'],
        };
  return { id: 'setup', category: 'setup', label: 'Setup to a first production pipeline', timing: 'one-time', status: 'priced', people: true, ...amount };
}

export function learningLine(ctx: LineContext): LineDraft {
  const { inputs } = ctx;
  const scientist = roleCost(ctx.data, inputs, 'dataScientist');
  const engineer = roleCost(ctx.data, inputs, 'platformEngineer');
  const { dataScientist, platformEngineer } = ctx.hosting.trainingHours;
  if (setupOverride(ctx) !== undefined) {
    return {
      id: 'learning',
      category: 'setup',
      label: 'Learning the platform',
      timing: 'one-time',
      status: 'included',
      people: true,
      at: () => 0,
      formula: 'included in the one-time hours you set (see Setup)',
      drivers: ['setupOverrides'],
    };
  }
  const amount = inputs.dataScientists * dataScientist * scientist.hourly + inputs.platformEngineers * platformEngineer * engineer.hourly;
  return {
    id: 'learning',
    category: 'setup',
    label: 'Learning the platform',
    timing: 'one-time',
    status: amount === 0 ? 'usage' : 'priced',
    people: true,
    at: () => amount,
    formula:
      `${countOf(inputs.dataScientists, 'data scientist')} × ${num(dataScientist)} h each (assumed) × ${num(scientist.hourly, 2)} USD + ` +
      `${countOf(inputs.platformEngineers, 'platform engineer')} × ${num(platformEngineer)} h each (assumed) × ${num(engineer.hourly, 2)} USD (loaded yearly cost ÷ ${num(WORK_HOURS_PER_YEAR)} h); set your own one-time hours to replace this`,
    drivers: ['setupOverrides', 'dataScientists', 'platformEngineers', 'dataScientistCost', 'platformEngineerCost', 'region'],
  };
}

export function operationsLine(ctx: LineContext): LineDraft {
  const engineer = roleCost(ctx.data, ctx.inputs, 'platformEngineer');
  const { inputs } = ctx;
  const hours = ctx.hosting.opsHours;
  const counts: Record<(typeof OPS_DRIVERS)[number], string> = {
    base: 'base',
    perModel: `× ${countOf(inputs.models, 'model')}`,
    perPipeline: `× ${countOf(inputs.pipelines, 'pipeline')}`,
    perUser: `× ${countOf(inputs.dataScientists, 'user')}`,
  };
  const parts = OPS_DRIVERS.filter((d) => hours[d].high > 0).map((d) => `${num(hours[d].likely)} h ${counts[d]}`);
  if (ctx.newCluster && ctx.profile.newClusterOpsHours) parts.push(`${num(ctx.profile.newClusterOpsHours.likely)} h for a new cluster`);
  const gpus = busyGpus(inputs);
  if (ctx.profile.gpuFleetOpsHours && gpus > 0) parts.push(`${num(ctx.profile.gpuFleetOpsHours.likely)} h × ${num(gpus, 2)} GPUs busy all month`);
  const likely = opsHours(ctx, 'likely');
  const override = inputs.opsOverrides[ctx.profile.framework] !== undefined;
  const basis = override ? 'your figure' : parts.join(' + ');
  return {
    id: 'operations',
    category: 'operations',
    label: 'Operations (keeping it running)',
    timing: 'monthly',
    status: 'priced',
    people: true,
    at: (s) => opsHours(ctx, s) * engineer.hourly,
    formula: `(${basis}) = ${num(likely, 2)} h a month (${num((likely * 12) / WORK_HOURS_PER_YEAR, 2)} FTE) × ${num(engineer.hourly, 2)} USD an hour`,
    drivers: ['opsOverrides', 'hosting', 'gpuHours', 'models', 'pipelines', 'dataScientists', 'alreadyRunKubernetes', 'platformEngineerCost', 'region'],
  };
}

export function exitLines(ctx: LineContext): LineDraft[] {
  const { inputs } = ctx;
  const engineer = roleCost(ctx.data, inputs, 'platformEngineer');
  const risk = inputs.migrationRiskPct / 100;
  const weeks = ctx.hosting.exitWeeks;
  const years = inputs.horizonYears;
  const growth = 1 + inputs.storageGrowthPct / 100;
  const drafts: LineDraft[] = [
    {
      id: 'exit-effort',
      category: 'exit',
      label: 'Migrating off (expected)',
      timing: 'at-exit',
      status: 'priced',
      people: true,
      at: (s) => risk * weeks[s] * engineer.weekly,
      formula: `${pct(inputs.migrationRiskPct)} chance × ${rangeText(weeks)} person-weeks × ${num(engineer.weekly, 2)} USD a week`,
      drivers: ['migrationRiskPct', 'hosting', 'platformEngineerCost'],
    },
  ];
  const base = {
    id: 'exit-data',
    category: 'exit' as const,
    label: 'Moving the data out (expected)',
    timing: 'at-exit' as const,
    drivers: ['migrationRiskPct', 'storageTb', 'storageGrowthPct'],
  };
  if (ctx.venue === 'onprem') {
    drafts.push({ ...base, status: 'included', at: () => 0, formula: 'leaving your own data centre has no egress fee' });
    return drafts;
  }
  const egress = priceOf(ctx.data, `${ctx.cloud}-egress`);
  const usd = egress.usd ?? 0;
  drafts.push({
    ...base,
    price: egress,
    status: inputs.storageTb === 0 ? 'usage' : 'priced',
    at: (s) => risk * USAGE_SCALE[s] * inputs.storageTb * growth ** (years - 1) * GB_PER_TB * usd,
    formula: `${pct(inputs.migrationRiskPct)} chance × ${num(inputs.storageTb)} TB × ${num(growth)}^${years - 1} × ${GB_PER_TB} GB × ${num(usd)} USD a GB`,
  });
  return drafts;
}
