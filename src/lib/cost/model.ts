/**
 * The cost model: for each framework, infrastructure lines, one-time effort, ongoing operations and
 * the expected cost of leaving, each as low / likely / high, with the formula, unit price, source and
 * standing that produced it. Pure and synchronous: the island recomputes on every valid keystroke,
 * the page renders the default scenario at build time, and both call the same function.
 *
 * Ranges: "low" takes usage at 80% and each effort figure at its low end, "high" takes usage at 150%
 * and effort at its high end (usage ±: the reference model's −20% / +50%). Prices stay at list price.
 */
import type { CostInputs } from './inputs';

export const HOURS_PER_MONTH = 730;
export const WORK_WEEKS_PER_YEAR = 48;
export const WORK_HOURS_PER_YEAR = 1840;
export const GB_PER_TB = 1024;
export const SCENARIOS = ['low', 'likely', 'high'] as const;
export type Scenario = (typeof SCENARIOS)[number];
export const USAGE_SCALE: Record<Scenario, number> = { low: 0.8, likely: 1, high: 1.5 };

export type Range = Record<Scenario, number>;
export type PriceCloud = 'aws' | 'azure' | 'gcp';

export interface PriceRecord {
  id: string;
  label: string;
  cloud: PriceCloud | 'any';
  region: string;
  unit: string;
  usd: number | null;
  source: string;
  /** ISO day. */
  asOf: string;
  standing: 'official' | 'consensus' | 'unverified';
  note?: string | undefined;
  freeGb?: number | undefined;
}

export interface EffortProfile {
  id: string;
  rating: 'low' | 'low-medium' | 'medium' | 'high';
  setupWeeks: Range;
  opsFte: Range;
  trainingHours: { dataScientist: number; platformEngineer: number };
  exitWeeks: Range;
  computeMarkup: { cpu: number; gpu: number };
  servingUtilisation: number;
  needsKubernetes: 'always' | 'never' | 'outside-aws';
  runsOn: 'chosen' | PriceCloud;
  fixedMonthly: string[];
  newClusterOpsFte?: Range | undefined;
  managed?: { setupWeeks: Range; opsFte: Range; fixedMonthly: Record<PriceCloud, string> } | undefined;
  subscription?: string | undefined;
  evidence: Array<{ text: string; sources: string[] }>;
}

export interface CostData {
  prices: Record<string, PriceRecord>;
  profiles: EffortProfile[];
  titles: Record<string, string>;
}

export const CATEGORIES = ['platform', 'training', 'serving', 'kubernetes', 'storage', 'egress', 'setup', 'operations', 'exit'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CATEGORY_LABELS: Record<Category, string> = {
  platform: 'Platform fees',
  training: 'Training compute',
  serving: 'Serving compute',
  kubernetes: 'Kubernetes',
  storage: 'Storage',
  egress: 'Egress',
  setup: 'Setup and learning',
  operations: 'Operations people',
  exit: 'Expected exit',
};
export const PEOPLE_CATEGORIES: ReadonlySet<Category> = new Set(['setup', 'operations']);

/**
 * priced: a number; quote: the vendor quotes only (left out of totals); usage: the usage input is 0,
 * so the line "depends on usage" rather than showing a silent $0; included: already paid for.
 */
export type LineStatus = 'priced' | 'quote' | 'usage' | 'included';
export type Timing = 'monthly' | 'one-time' | 'at-exit';

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
  /** Whether the line is people's time rather than infrastructure. */
  people: boolean;
}

export interface FrameworkEstimate {
  id: string;
  title: string;
  cloud: PriceCloud;
  lines: LineItem[];
  monthly: Range;
  oneTime: Range;
  total: Range;
  /** Share of the likely total that is people's time, 0–1. */
  peopleShare: number;
  /** Cumulative cost at the end of year 0 (one-time costs) … year N. */
  cumulative: Range[];
  /** Labels of quoted lines left out of the totals. */
  quoted: string[];
  needsKubernetes: boolean;
}

const map = (f: (s: Scenario) => number): Range => ({ low: f('low'), likely: f('likely'), high: f('high') });
const ZERO: Range = { low: 0, likely: 0, high: 0 };
const add = (a: Range, b: Range): Range => map((s) => a[s] + b[s]);

// One formatter per precision: building a formatter per call made a recompute ten times slower.
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();
const num = (v: number, digits = 4) => {
  let format = NUMBER_FORMATS.get(digits);
  if (!format) NUMBER_FORMATS.set(digits, (format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits })));
  return format.format(v);
};
const pct = (v: number) => `${num(v, 2)}%`;

function priceOf(data: CostData, id: string): PriceRecord {
  const price = data.prices[id];
  if (!price) throw new Error(`unknown price id "${id}"`);
  return price;
}

export function effectiveCloud(profile: EffortProfile, inputs: CostInputs): PriceCloud {
  if (profile.runsOn !== 'chosen') return profile.runsOn;
  return inputs.cloud === 'none' ? 'aws' : inputs.cloud;
}

export function needsNewKubernetes(profile: EffortProfile, cloud: PriceCloud): boolean {
  return profile.needsKubernetes === 'always' || (profile.needsKubernetes === 'outside-aws' && cloud !== 'aws');
}

interface LineDraft {
  id: string;
  category: Category;
  label: string;
  timing: Timing;
  status: LineStatus;
  /** Monthly amount in year y (0-based) for a scenario; or the one-time amount. */
  at: (s: Scenario, year: number) => number;
  formula: string;
  price?: PriceRecord | undefined;
}

function finish(draft: LineDraft, years: number): LineItem {
  const perYear: Range[] = [];
  for (let y = 0; y < years; y++) {
    if (draft.timing === 'monthly') perYear.push(map((s) => 12 * draft.at(s, y)));
    else if (draft.timing === 'one-time') perYear.push(y === 0 ? map((s) => draft.at(s, 0)) : ZERO);
    else perYear.push(y === years - 1 ? map((s) => draft.at(s, 0)) : ZERO);
  }
  const { at, ...rest } = draft;
  return {
    ...rest,
    amount: map((s) => at(s, 0)),
    horizon: perYear.reduce(add, ZERO),
    years: perYear,
    people: PEOPLE_CATEGORIES.has(draft.category) || draft.id === 'exit-effort',
  };
}

export function estimateFramework(data: CostData, profile: EffortProfile, inputs: CostInputs): FrameworkEstimate {
  const cloud = effectiveCloud(profile, inputs);
  const years = inputs.horizonYears;
  const loaded = inputs.loadedCostPerFte;
  const cpu = priceOf(data, `${cloud}-cpu-node`);
  const gpu = priceOf(data, `${cloud}-gpu-node`);
  const storage = priceOf(data, `${cloud}-storage`);
  const egress = priceOf(data, `${cloud}-egress`);
  const commit = inputs.commitmentDiscountPct / 100;
  const spot = inputs.spotSharePct / 100;
  const spotOff = inputs.spotDiscountPct / 100;
  const spotFactor = 1 - spot + spot * (1 - spotOff);
  const markup = profile.computeMarkup;
  const managedMlflow = profile.managed && inputs.mlflowHosting === 'managed' ? profile.managed : undefined;
  const setupWeeks = managedMlflow?.setupWeeks ?? profile.setupWeeks;
  const opsFte = managedMlflow?.opsFte ?? profile.opsFte;
  const kubernetes = needsNewKubernetes(profile, cloud);
  const newCluster = kubernetes && inputs.alreadyRunKubernetes === 'no';
  const growth = 1 + inputs.storageGrowthPct / 100;
  const drafts: LineDraft[] = [];
  const markupText = (m: number, what: string) => (m === 1 ? '' : ` × ${num(m)} ${what} markup`);

  // Platform fees: fixed services, then a quoted subscription.
  const fixedIds = managedMlflow ? [managedMlflow.fixedMonthly[cloud]] : profile.fixedMonthly;
  for (const id of fixedIds) {
    const price = priceOf(data, id);
    const usd = price.usd;
    drafts.push({
      id: `fixed-${id}`,
      category: 'platform',
      label: price.label,
      timing: 'monthly',
      status: usd === null ? 'quote' : 'priced',
      at: () => usd ?? 0,
      formula: usd === null ? 'priced by quote only' : `${num(usd)} USD a month, whatever the usage`,
      price,
    });
  }
  if (profile.subscription) {
    const price = priceOf(data, profile.subscription);
    const sub = inputs.subscriptionUsd;
    drafts.push({
      id: 'subscription',
      category: 'platform',
      label: `${price.label} (optional managed offering)`,
      timing: 'monthly',
      status: sub === null ? 'quote' : 'priced',
      at: () => sub ?? 0,
      formula: sub === null ? 'priced by quote only: enter your quote to include it' : `${num(sub)} USD a month, as you entered`,
      price,
    });
  }

  // Training compute: one line per node type, so each line has one unit price and one source.
  const discountText = ` × (1 − ${pct(inputs.commitmentDiscountPct)} commitment) × spot factor ${num(spotFactor)}`;
  for (const [kind, hours, price, factor] of [
    ['CPU', inputs.cpuHours, cpu, markup.cpu],
    ['GPU', inputs.gpuHours, gpu, markup.gpu],
  ] as const) {
    drafts.push({
      id: `training-${kind.toLowerCase()}`,
      category: 'training',
      label: `Training on ${kind}`,
      timing: 'monthly',
      status: hours === 0 ? 'usage' : 'priced',
      at: (s) => USAGE_SCALE[s] * hours * price.usd! * factor * (1 - commit) * spotFactor,
      formula: `${num(hours)} node-h × ${num(price.usd!)} USD${markupText(factor, kind)}${discountText}`,
      price,
    });
  }

  // Serving compute: always-on replicas of a CPU node; self-run serving keeps idle headroom.
  const servingNodeHours = inputs.endpoints * inputs.replicas * inputs.servingHours;
  drafts.push({
    id: 'serving',
    category: 'serving',
    label: 'Serving compute',
    timing: 'monthly',
    status: servingNodeHours === 0 ? 'usage' : 'priced',
    at: (s) => (USAGE_SCALE[s] * servingNodeHours * cpu.usd! * markup.cpu * (1 - commit)) / profile.servingUtilisation,
    formula:
      `${num(inputs.endpoints)} endpoints × ${num(inputs.replicas)} replicas × ${num(inputs.servingHours)} h × ${num(cpu.usd!)} USD` +
      `${markupText(markup.cpu, 'CPU')} × (1 − ${pct(inputs.commitmentDiscountPct)} commitment)` +
      (profile.servingUtilisation === 1 ? '' : ` ÷ ${num(profile.servingUtilisation)} utilisation`),
    price: cpu,
  });

  // Kubernetes: control plane and system nodes, only when the framework needs a cluster you do not have.
  if (kubernetes) {
    const controlPlane = priceOf(
      data,
      cloud === 'aws' && inputs.eksExtendedSupport === 'yes' ? 'aws-kubernetes-extended-support' : `${cloud}-kubernetes-control-plane`,
    );
    drafts.push({
      id: 'kubernetes-control-plane',
      category: 'kubernetes',
      label: 'Kubernetes control plane',
      timing: 'monthly',
      status: newCluster ? 'priced' : 'included',
      at: () => (newCluster ? inputs.clusters * controlPlane.usd! * HOURS_PER_MONTH : 0),
      formula: newCluster
        ? `${num(inputs.clusters)} clusters × ${num(controlPlane.usd!)} USD × ${HOURS_PER_MONTH} h`
        : 'already paid for: you run Kubernetes today',
      price: controlPlane,
    });
    drafts.push({
      id: 'kubernetes-nodes',
      category: 'kubernetes',
      label: 'Kubernetes system nodes',
      timing: 'monthly',
      status: !newCluster ? 'included' : inputs.overheadNodes === 0 ? 'usage' : 'priced',
      at: () => (newCluster ? inputs.clusters * inputs.overheadNodes * HOURS_PER_MONTH * cpu.usd! * (1 - commit) : 0),
      formula: newCluster
        ? `${num(inputs.clusters)} clusters × ${num(inputs.overheadNodes)} nodes × ${HOURS_PER_MONTH} h × ${num(cpu.usd!)} USD × (1 − ${pct(inputs.commitmentDiscountPct)} commitment)`
        : 'already paid for: you run Kubernetes today',
      price: cpu,
    });
  }

  // Storage grows once a year; egress is charged after the free allowance.
  drafts.push({
    id: 'storage',
    category: 'storage',
    label: 'Object storage',
    timing: 'monthly',
    status: inputs.storageTb === 0 ? 'usage' : 'priced',
    at: (s, y) => USAGE_SCALE[s] * inputs.storageTb * growth ** y * GB_PER_TB * storage.usd!,
    formula: `${num(inputs.storageTb)} TB × ${GB_PER_TB} GB × ${num(storage.usd!)} USD a GB-month, × ${num(growth)} each year`,
    price: storage,
  });
  const freeGb = egress.freeGb ?? 0;
  drafts.push({
    id: 'egress',
    category: 'egress',
    label: 'Internet egress',
    timing: 'monthly',
    status: inputs.egressTb === 0 ? 'usage' : 'priced',
    at: (s) => Math.max(0, USAGE_SCALE[s] * inputs.egressTb * GB_PER_TB - freeGb) * egress.usd!,
    formula: `max(0, ${num(inputs.egressTb)} TB × ${GB_PER_TB} GB − ${num(freeGb)} GB free) × ${num(egress.usd!)} USD a GB`,
    price: egress,
  });

  // People.
  const weekly = loaded / WORK_WEEKS_PER_YEAR;
  drafts.push({
    id: 'setup',
    category: 'setup',
    label: 'Setup to a first production pipeline',
    timing: 'one-time',
    status: 'priced',
    at: (s) => setupWeeks[s] * weekly,
    formula: `${num(setupWeeks.likely)} person-weeks (${num(setupWeeks.low)}–${num(setupWeeks.high)}) × ${num(loaded)} USD ÷ ${WORK_WEEKS_PER_YEAR} weeks`,
  });
  const learningHours = inputs.dataScientists * profile.trainingHours.dataScientist + inputs.platformEngineers * profile.trainingHours.platformEngineer;
  drafts.push({
    id: 'learning',
    category: 'setup',
    label: 'Learning the platform',
    timing: 'one-time',
    status: learningHours === 0 ? 'usage' : 'priced',
    at: () => (learningHours * loaded) / WORK_HOURS_PER_YEAR,
    formula:
      `(${num(inputs.dataScientists)} data scientists × ${num(profile.trainingHours.dataScientist)} h + ${num(inputs.platformEngineers)} platform engineers × ` +
      `${num(profile.trainingHours.platformEngineer)} h) × ${num(loaded)} USD ÷ ${WORK_HOURS_PER_YEAR} h`,
  });
  const clusterFte = newCluster && profile.newClusterOpsFte ? profile.newClusterOpsFte : ZERO;
  drafts.push({
    id: 'operations',
    category: 'operations',
    label: 'Operations (keeping it running)',
    timing: 'monthly',
    status: 'priced',
    at: (s) => ((opsFte[s] + clusterFte[s]) * loaded) / 12,
    formula:
      `(${num(opsFte.likely)} FTE` +
      (clusterFte.likely > 0 ? ` + ${num(clusterFte.likely)} FTE for a new cluster` : '') +
      `) × ${num(loaded)} USD ÷ 12`,
  });
  const risk = inputs.migrationRiskPct / 100;
  drafts.push({
    id: 'exit-effort',
    category: 'exit',
    label: 'Migrating off (expected)',
    timing: 'at-exit',
    status: 'priced',
    at: (s) => risk * profile.exitWeeks[s] * weekly,
    formula: `${pct(inputs.migrationRiskPct)} chance × ${num(profile.exitWeeks.likely)} person-weeks (${num(profile.exitWeeks.low)}–${num(profile.exitWeeks.high)}) × ${num(loaded)} USD ÷ ${WORK_WEEKS_PER_YEAR}`,
  });
  drafts.push({
    id: 'exit-data',
    category: 'exit',
    label: 'Moving the data out (expected)',
    timing: 'at-exit',
    status: inputs.storageTb === 0 ? 'usage' : 'priced',
    at: (s) => risk * USAGE_SCALE[s] * inputs.storageTb * growth ** (years - 1) * GB_PER_TB * egress.usd!,
    formula: `${pct(inputs.migrationRiskPct)} chance × ${num(inputs.storageTb)} TB × ${num(growth)}^${years - 1} × ${GB_PER_TB} GB × ${num(egress.usd!)} USD a GB`,
    price: egress,
  });

  const lines = drafts.map((draft) => finish(draft, years));
  const counted = lines.filter((line) => line.status !== 'quote');
  const sum = (pick: (line: LineItem) => Range, filter: (line: LineItem) => boolean = () => true) =>
    counted.filter(filter).map(pick).reduce(add, ZERO);
  const total = sum((line) => line.horizon);
  const peopleTotal = sum((line) => line.horizon, (line) => line.people).likely;
  const cumulative: Range[] = [sum((line) => (line.timing === 'one-time' ? line.amount : ZERO))];
  for (let y = 0; y < years; y++) {
    const recurringAndExit = sum((line) => (line.timing === 'one-time' ? ZERO : line.years[y]!));
    cumulative.push(add(cumulative[y]!, recurringAndExit));
  }
  return {
    id: profile.id,
    title: data.titles[profile.id] ?? profile.id,
    cloud,
    lines,
    monthly: sum((line) => line.amount, (line) => line.timing === 'monthly'),
    oneTime: sum((line) => line.amount, (line) => line.timing === 'one-time'),
    total,
    peopleShare: total.likely > 0 ? peopleTotal / total.likely : 0,
    cumulative,
    quoted: lines.filter((line) => line.status === 'quote').map((line) => line.label),
    needsKubernetes: kubernetes,
  };
}

export function estimateAll(data: CostData, inputs: CostInputs): FrameworkEstimate[] {
  return data.profiles.map((profile) => estimateFramework(data, profile, inputs));
}

/** Horizon totals by category, for the stacked bar. */
export function byCategory(estimate: FrameworkEstimate, scenario: Scenario = 'likely'): Record<Category, number> {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const line of estimate.lines) if (line.status !== 'quote') totals[line.category] += line.horizon[scenario];
  return totals;
}
