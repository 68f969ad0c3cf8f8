/**
 * Infrastructure lines, one function per kind: platform fees, pipeline runs, monitoring, training,
 * serving, notebooks, Kubernetes, storage, egress, logs and NAT. Each returns drafts with the
 * formula in words and the inputs that drive it.
 */
import { countOf } from '../format';
import { GB_PER_TB, USAGE_SCALE, quoteDraft, type LineContext, type LineDraft } from './line';
import { commitmentFactor, commitmentPct, hardwareBought, HOURS_PER_MONTH, nodeRate, num, pct, priceOf, trainingFactor, type NodeKind } from './rates';
import type { PriceRecord } from './types';

const perMonth = (price: PriceRecord) => (price.unit === 'month' ? 1 : HOURS_PER_MONTH);
const commitText = (ctx: LineContext) => {
  const p = commitmentPct(ctx.inputs, ctx.venue);
  return p === 0 ? '' : ` × (1 − ${pct(p)} commitment${ctx.inputs.commitmentTerm === 'none' ? '' : `, ${ctx.inputs.commitmentTerm} term`})`;
};

/** A fee id from the data: {cloud} becomes the cloud in use; a sized variant wins when it exists. */
export function resolveFeeId(ctx: LineContext, template: string): string {
  const id = template.replace('{cloud}', ctx.cloud);
  const sized = `${id}-${ctx.inputs.mlflowSize}`;
  return ctx.data.prices[sized] ? sized : id;
}

/**
 * The fee a vendor quote replaces: the first fee with no readable price, else the first fee. A quote
 * belongs to one framework (the reader entered it for that vendor) and never reaches another's.
 */
function quotedFeeIndex(ctx: LineContext): number {
  const fees = ctx.hosting.platformFees.map((template) => priceOf(ctx.data, resolveFeeId(ctx, template)));
  const unpriced = fees.findIndex((price) => price.usd === null);
  return unpriced >= 0 ? unpriced : 0;
}

/** Services billed every month whatever the usage; the quote the reader entered for this vendor replaces "quote". */
export function platformFeeLines(ctx: LineContext): LineDraft[] {
  const entered = ctx.inputs.quotes[ctx.profile.framework];
  const quoted = entered === undefined ? -1 : quotedFeeIndex(ctx);
  if (entered !== undefined && ctx.hosting.platformFees.length === 0) {
    // A vendor billed through its markup (a DBU or management fee on compute): the quote replaces that fee.
    return [
      {
        id: 'fee-quote',
        category: 'platform',
        label: 'Your quote for this vendor',
        timing: 'monthly',
        status: 'priced',
        at: () => entered,
        formula: `${num(entered)} USD a month, the quote you entered for this vendor (it replaces the list fee on compute)`,
        drivers: ['quotes'],
      },
    ];
  }
  return ctx.hosting.platformFees.map((template, index) => {
    const price = priceOf(ctx.data, resolveFeeId(ctx, template));
    const base = { id: `fee-${price.id}`, category: 'platform' as const, label: price.label, timing: 'monthly' as const, price, drivers: ['hosting', 'mlflowSize', 'quotes'] };
    if (index === quoted && entered !== undefined) {
      return { ...base, status: 'priced', at: () => entered, formula: `${num(entered)} USD a month, the quote you entered for this vendor` };
    }
    if (price.usd === null) return quoteDraft({ ...base, formula: 'no readable price: ask for a quote (or enter the quote you have for this vendor)' });
    const usd = price.usd;
    if (usd === 0) return { ...base, status: 'included', at: () => 0, formula: 'no separate charge (see the note on the price)' };
    if (price.unit === 'user-month') return seatDraft(ctx, base, usd);
    const hours = perMonth(price);
    return {
      ...base,
      status: 'priced',
      at: () => usd * hours,
      formula: hours === 1 ? `${num(usd)} USD a month, whatever the usage` : `${num(usd)} USD × ${HOURS_PER_MONTH} h, whatever the usage`,
    };
  });
}

/** A fee per user a month: one seat per data scientist (the platform's users); usage beyond the plan is not modelled. */
function seatDraft(ctx: LineContext, base: Omit<LineDraft, 'status' | 'at' | 'formula'>, usd: number): LineDraft {
  const users = ctx.inputs.dataScientists;
  return {
    ...base,
    drivers: [...base.drivers, 'dataScientists'],
    status: users === 0 ? 'usage' : 'priced',
    at: () => users * usd,
    formula: `${countOf(users, 'user')} × ${num(usd)} USD a user a month (metered usage beyond the plan's allowance not included)`,
  };
}

export function pipelineRunLine(ctx: LineContext): LineDraft[] {
  if (!ctx.profile.pipelineFee) return [];
  const price = priceOf(ctx.data, ctx.profile.pipelineFee);
  const runs = ctx.inputs.pipelines * ctx.inputs.runsPerPipeline;
  const base = { id: 'pipeline-runs', category: 'platform' as const, label: price.label, timing: 'monthly' as const, price, drivers: ['pipelines', 'runsPerPipeline'] };
  if (price.usd === null) return [quoteDraft({ ...base, formula: 'no readable price per run' })];
  const usd = price.usd;
  if (usd === 0) return [{ ...base, status: 'included', at: () => 0, formula: 'no separate orchestration fee: each step bills as compute' }];
  return [
    {
      ...base,
      status: runs === 0 ? 'usage' : 'priced',
      at: (s) => USAGE_SCALE[s] * runs * usd,
      formula: `${countOf(ctx.inputs.pipelines, 'pipeline')} × ${countOf(ctx.inputs.runsPerPipeline, 'run')} × ${num(usd)} USD a run`,
    },
  ];
}

export function monitoringLine(ctx: LineContext): LineDraft[] {
  if (ctx.inputs.monitoring === 'no' || ctx.inputs.models === 0) return [];
  const base = { id: 'monitoring', category: 'platform' as const, label: 'Model monitoring', timing: 'monthly' as const, drivers: ['monitoring', 'models'] };
  if (!ctx.profile.monitoringFee) {
    return [{ ...base, status: 'included', at: () => 0, formula: 'you run monitoring yourself: its compute is on your serving nodes, its hours are in Operations' }];
  }
  const price = priceOf(ctx.data, ctx.profile.monitoringFee);
  return [quoteDraft({ ...base, label: price.label, price, formula: `${countOf(ctx.inputs.models, 'model')}: no readable price, ask for a quote` })];
}

/**
 * Node-hours at a rate with its discounts (`factor`); a platform fee that discounts do not reduce is
 * added after them, whole.
 */
function nodeLine(
  ctx: LineContext,
  draft: Omit<LineDraft, 'status' | 'at' | 'formula' | 'price'>,
  kind: NodeKind,
  hours: number,
  factor: number,
  factorText: string,
  use: 'training' | 'hosting' = 'training',
): LineDraft {
  const rate = nodeRate(ctx.data, ctx.profile, ctx.venue, kind, ctx.inputs, use);
  const formula = rate.fee > 0 ? `${num(hours)} h × (${rate.text}${factorText}${rate.feeText ?? ''})` : `${num(hours)} h × ${rate.text}${factorText}`;
  if (rate.usd === null) return quoteDraft({ ...draft, formula, price: rate.price });
  const perHour = rate.usd * factor + rate.fee;
  return { ...draft, status: hours === 0 ? 'usage' : 'priced', at: (s) => USAGE_SCALE[s] * hours * perHour, formula, price: rate.price };
}

export function trainingLines(ctx: LineContext): LineDraft[] {
  const { inputs } = ctx;
  const factor = trainingFactor(inputs, ctx.venue);
  const p = commitmentPct(inputs, ctx.venue);
  const text =
    inputs.spotSharePct === 0
      ? commitText(ctx)
      : ` × ${num(factor)} (${pct(100 - inputs.spotSharePct)} on demand${p === 0 ? '' : ` at ${pct(p)} commitment`}, ${pct(inputs.spotSharePct)} on spot at ${pct(inputs.spotDiscountPct)} off)`;
  const common = { category: 'training' as const, timing: 'monthly' as const, drivers: ['spotSharePct', 'spotDiscountPct', 'commitmentTerm', 'commitmentDiscountPct'] };
  return [
    nodeLine(ctx, { ...common, id: 'training-cpu', label: 'Training on CPU', drivers: ['cpuHours', ...common.drivers] }, 'cpu', inputs.cpuHours, factor, text),
    nodeLine(
      ctx,
      { ...common, id: 'training-gpu', label: 'Training on GPU', drivers: ['gpuHours', 'trainingGpu', ...common.drivers] },
      inputs.trainingGpu,
      inputs.gpuHours,
      factor,
      text,
    ),
  ];
}

/**
 * Servers and GPUs bought up front for the reader's data centre: one-time, in year 1, never in the
 * run rate. The hourly data-centre rates are then running costs only (their formulas say so), so
 * the hardware is counted once. Only options priced in the data centre carry it.
 */
export function hardwareLine(ctx: LineContext): LineDraft[] {
  const usd = ctx.inputs.onpremHardwareUsd;
  if (ctx.venue !== 'onprem' || usd === null || !hardwareBought(ctx.inputs)) return [];
  return [
    {
      id: 'onprem-hardware',
      category: 'training',
      label: 'Hardware bought up front (your data centre)',
      timing: 'one-time',
      status: 'priced',
      at: () => usd,
      formula: `${num(usd)} USD once, as you entered it; not in the hourly rates, which count power, cooling and space only`,
      drivers: ['onpremHardwareUsd', 'onpremCpuHour', 'onpremGpuHour'],
    },
  ];
}

/** Share of serving capacity doing work: the reader's figure, else 100 % (GPU) or the profile's default (CPU pods). */
export function servingUtilisation(ctx: LineContext): number {
  const entered = ctx.inputs.servingUtilPct;
  if (entered !== null) return entered / 100;
  return ctx.inputs.servingHardware === 'cpu' ? ctx.profile.servingUtilisation : 1;
}

/**
 * What utilisation says about the replicas, in words. Utilisation never changes the bill: the reader
 * entered the replicas that run, and those are billed. A low figure only shows how few replicas the
 * same load would need (at least one per model), so the reader can decide to cut them.
 */
function utilisationNote(ctx: LineContext): string {
  const utilisation = servingUtilisation(ctx);
  const { replicas } = ctx.inputs;
  if (utilisation >= 1 || replicas === 0) return '';
  const needed = Math.max(1, Math.ceil(replicas * utilisation - 1e-9));
  return ` (billed as entered; at ${pct(utilisation * 100)} utilisation, ${countOf(needed, 'replica')} per model could serve this load)`;
}

export function servingLine(ctx: LineContext): LineDraft[] {
  const { inputs, profile } = ctx;
  const scales = profile.scaleToZero.supported;
  const idle = inputs.servingIdlePct / 100;
  const billed = inputs.servingHours * (scales ? 1 - idle : 1);
  const cpu = inputs.servingHardware === 'cpu';
  // Node prices are for a 4-vCPU node or one GPU; a bigger replica is that many units (list prices
  // within a family scale with size: m5.large 0.096, m5.xlarge 0.192, m5.2xlarge 0.384).
  const units = cpu ? inputs.servingVcpus / 4 : inputs.servingGpus;
  const hours = inputs.models * inputs.replicas * billed * units;
  const idleText = inputs.servingIdlePct === 0 ? '' : scales ? ` × (1 − ${pct(inputs.servingIdlePct)} idle, scaled to zero)` : ' (idle hours billed: no scale to zero)';
  const sizeText = cpu ? (inputs.servingVcpus === 4 ? '' : ` × ${num(inputs.servingVcpus)} vCPU ÷ 4`) : inputs.servingGpus === 1 ? '' : ` × ${countOf(inputs.servingGpus, 'GPU')}`;
  const draft = nodeLine(
    ctx,
    {
      id: 'serving',
      category: 'serving',
      label: 'Serving',
      timing: 'monthly',
      drivers: ['models', 'replicas', 'servingHours', 'servingHardware', 'servingVcpus', 'servingGpus', 'servingUtilPct', 'servingIdlePct', 'commitmentDiscountPct'],
    },
    inputs.servingHardware,
    hours,
    commitmentFactor(inputs, ctx.venue),
    commitText(ctx),
    'hosting',
  );
  draft.formula = `${countOf(inputs.models, 'model')} × ${num(inputs.replicas)} replica(s) × ${num(inputs.servingHours)} h${idleText}${sizeText} = ${draft.formula}${utilisationNote(ctx)}`;
  return [draft];
}

export function notebookLines(ctx: LineContext): LineDraft[] {
  const { inputs, profile } = ctx;
  const running = (inputs.dataScientists * inputs.notebookHours) / (1 - inputs.notebookIdlePct / 100);
  const base = { category: 'notebooks' as const, timing: 'monthly' as const, drivers: ['dataScientists', 'notebookHours', 'notebookIdlePct', 'notebookVcpus'] };
  const drafts: LineDraft[] = [];
  const idleText = `${countOf(inputs.dataScientists, 'data scientist')} × ${num(inputs.notebookHours)} h ÷ (1 − ${pct(inputs.notebookIdlePct)} idle)`;
  // Prices are for a 4-vCPU instance; another size is that share of it (list prices scale within a family).
  const size = inputs.notebookVcpus / 4;
  const sizeText = inputs.notebookVcpus === 4 ? '' : ` × ${num(inputs.notebookVcpus)} vCPU ÷ 4`;
  if (profile.notebookPrice && ctx.venue !== 'onprem') {
    const price = priceOf(ctx.data, profile.notebookPrice);
    const usd = price.usd;
    if (usd === null) drafts.push(quoteDraft({ ...base, id: 'notebooks', label: price.label, price, formula: `${idleText}: no readable price` }));
    else
      drafts.push({
        ...base,
        id: 'notebooks',
        label: price.label,
        price,
        status: running === 0 ? 'usage' : 'priced',
        at: (s) => USAGE_SCALE[s] * running * usd * size,
        formula: `${idleText} = ${num(running, 1)} h × ${num(usd)} USD${sizeText}`,
      });
  } else {
    const rate = nodeRate(ctx.data, { ...profile, computeMarkup: { cpu: 1, gpu: 1, billedAsFee: false, sources: [] }, priceBook: undefined }, ctx.venue, 'cpu', inputs);
    const formula = `${idleText} = ${num(running, 1)} h × ${rate.text}${sizeText}`;
    const label = 'Notebooks on CPU nodes';
    if (rate.usd === null) drafts.push(quoteDraft({ ...base, id: 'notebooks', label, price: rate.price, formula }));
    else {
      const usd = rate.usd;
      drafts.push({ ...base, id: 'notebooks', label, price: rate.price, status: running === 0 ? 'usage' : 'priced', at: (s) => USAGE_SCALE[s] * running * usd * size, formula });
    }
  }
  if (profile.notebookFee && running > 0) {
    const price = priceOf(ctx.data, profile.notebookFee);
    drafts.push(quoteDraft({ ...base, id: 'notebook-fee', label: price.label, price, formula: `${num(running, 1)} h: no readable price, ask for a quote` }));
  }
  return drafts;
}

export function kubernetesLines(ctx: LineContext): LineDraft[] {
  if (!ctx.kubernetes) return [];
  const { inputs, newCluster } = ctx;
  const drivers = ['alreadyRunKubernetes', 'clusters'];
  if (!newCluster) {
    const formula = 'already paid for: you run Kubernetes today';
    return [
      { id: 'kubernetes-control-plane', category: 'kubernetes', label: 'Kubernetes control plane', timing: 'monthly', status: 'included', at: () => 0, formula, drivers },
      { id: 'kubernetes-nodes', category: 'kubernetes', label: 'Kubernetes system nodes', timing: 'monthly', status: 'included', at: () => 0, formula, drivers },
    ];
  }
  const drafts: LineDraft[] = [];
  if (ctx.venue === 'onprem') {
    drafts.push({
      id: 'kubernetes-control-plane',
      category: 'kubernetes',
      label: 'Kubernetes control plane',
      timing: 'monthly',
      status: 'included',
      at: () => 0,
      formula: 'no managed control-plane fee in your data centre; it runs on your system nodes',
      drivers,
    });
  } else {
    const plane = priceOf(ctx.data, ctx.venue === 'aws' && inputs.eksExtendedSupport === 'yes' ? 'aws-kubernetes-extended-support' : `${ctx.venue}-kubernetes-control-plane`);
    const usd = plane.usd!;
    // A monthly credit per billing account covers at most one cluster's fee (GKE: one zonal or Autopilot cluster).
    const credit = ctx.data.prices[`${ctx.venue}-kubernetes-free-tier`];
    const covered = credit?.usd && inputs.clusters > 0 ? Math.min(credit.usd, usd * HOURS_PER_MONTH) : 0;
    const creditText =
      covered > 0
        ? ` − ${num(covered, 2)} USD free-tier credit for the first cluster (${num(credit!.usd!, 2)} USD a month per billing account; only zonal or Autopilot clusters, not regional ones)`
        : '';
    drafts.push({
      id: 'kubernetes-control-plane',
      category: 'kubernetes',
      label: 'Kubernetes control plane',
      timing: 'monthly',
      status: 'priced',
      price: plane,
      at: () => Math.max(0, inputs.clusters * usd * HOURS_PER_MONTH - covered),
      formula: `${countOf(inputs.clusters, 'cluster')} × ${num(usd)} USD × ${HOURS_PER_MONTH} h${creditText}`,
      drivers: [...drivers, 'eksExtendedSupport'],
    });
  }
  const nodeHours = inputs.clusters * inputs.overheadNodes * HOURS_PER_MONTH;
  const node = nodeLine(
    ctx,
    { id: 'kubernetes-nodes', category: 'kubernetes', label: 'Kubernetes system nodes', timing: 'monthly', drivers: [...drivers, 'overheadNodes', 'commitmentDiscountPct'] },
    'cpu',
    nodeHours,
    commitmentFactor(inputs, ctx.venue),
    commitText(ctx),
  );
  // System nodes run all month whatever the usage: no usage range.
  const at = node.at;
  node.at = (_s, y) => at('likely', y);
  node.formula = `${countOf(inputs.clusters, 'cluster')} × ${countOf(inputs.overheadNodes, 'node')} × ${HOURS_PER_MONTH} h = ${node.formula}`;
  drafts.push(node);
  return drafts;
}

/** Usage lines priced per unit on the cloud's list; in a data centre they are the reader's own cost. */
function listLine(
  ctx: LineContext,
  draft: Omit<LineDraft, 'status' | 'at' | 'price'>,
  priceId: string,
  quantity: number,
  at: (usd: number, free: number, s: Parameters<LineDraft['at']>[0], y: number) => number,
): LineDraft {
  if (ctx.venue === 'onprem') return quoteDraft({ ...draft, formula: 'your data centre’s own cost: not modelled, ask your infrastructure team' });
  const price = priceOf(ctx.data, priceId);
  // Nothing used, nothing to ask a price for: the line "depends on usage" rather than "quote".
  if (price.usd === null && quantity === 0) return { ...draft, price, status: 'usage', at: () => 0, formula: `${draft.formula}: not used` };
  if (price.usd === null) return quoteDraft({ ...draft, price, formula: `${draft.formula}: no readable price` });
  const usd = price.usd;
  const free = price.freeGb ?? 0;
  return { ...draft, price, status: quantity === 0 ? 'usage' : 'priced', at: (s, y) => at(usd, free, s, y) };
}

export function storageLines(ctx: LineContext): LineDraft[] {
  const { inputs } = ctx;
  const growth = 1 + inputs.storageGrowthPct / 100;
  const price = ctx.data.prices[`${ctx.cloud}-storage`]!;
  return [
    listLine(
      ctx,
      {
        id: 'storage',
        category: 'storage',
        label: 'Object storage',
        timing: 'monthly',
        drivers: ['storageTb', 'storageGrowthPct'],
        formula: `${num(inputs.storageTb)} TB × ${GB_PER_TB} GB × ${num(price.usd ?? 0)} USD a GB-month, × ${num(growth)} each year`,
      },
      `${ctx.cloud}-storage`,
      inputs.storageTb,
      (usd, _free, s, y) => USAGE_SCALE[s] * inputs.storageTb * growth ** y * GB_PER_TB * usd,
    ),
  ];
}

export function networkLines(ctx: LineContext): LineDraft[] {
  const { inputs, cloud } = ctx;
  const egress = ctx.data.prices[`${cloud}-egress`]!;
  const logs = ctx.data.prices[`${cloud}-logs`]!;
  const egressGb = inputs.egressTb * GB_PER_TB;
  const base = { category: 'network' as const, timing: 'monthly' as const };
  const natHourDraft = listLine(
    ctx,
    {
      ...base,
      id: 'nat-hours',
      label: 'NAT gateway hours',
      drivers: ['natGateways'],
      formula: `${countOf(inputs.natGateways, 'gateway')} × ${HOURS_PER_MONTH} h × ${num(ctx.data.prices[`${cloud}-nat-hour`]?.usd ?? 0)} USD`,
    },
    `${cloud}-nat-hour`,
    inputs.natGateways,
    (usd) => inputs.natGateways * HOURS_PER_MONTH * usd,
  );
  return [
    listLine(
      ctx,
      {
        ...base,
        id: 'egress',
        label: 'Internet egress',
        drivers: ['egressTb'],
        formula: `max(0, ${num(inputs.egressTb)} TB × ${GB_PER_TB} GB − ${num(egress.freeGb ?? 0)} GB free) × ${num(egress.usd ?? 0)} USD a GB`,
      },
      `${cloud}-egress`,
      inputs.egressTb,
      (usd, free, s) => Math.max(0, USAGE_SCALE[s] * egressGb - free) * usd,
    ),
    listLine(
      ctx,
      {
        ...base,
        id: 'logs',
        label: 'Log ingestion',
        drivers: ['logsGb'],
        formula: `max(0, ${num(inputs.logsGb)} GB − ${num(logs.freeGb ?? 0)} GB free) × ${num(logs.usd ?? 0)} USD a GB`,
      },
      `${cloud}-logs`,
      inputs.logsGb,
      (usd, free, s) => Math.max(0, USAGE_SCALE[s] * inputs.logsGb - free) * usd,
    ),
    natHourDraft,
    listLine(
      ctx,
      {
        ...base,
        id: 'nat-data',
        label: 'NAT data processed',
        drivers: ['natGb'],
        formula: `${num(inputs.natGb)} GB × ${num(ctx.data.prices[`${cloud}-nat-gb`]?.usd ?? 0)} USD a GB`,
      },
      `${cloud}-nat-gb`,
      inputs.natGateways === 0 ? 0 : inputs.natGb,
      (usd, _free, s) => (inputs.natGateways === 0 ? 0 : USAGE_SCALE[s] * inputs.natGb * usd),
    ),
  ];
}
