/**
 * The calculator's inputs: what each one means, its unit, its range and its default, how a typed
 * value is checked (with a message for the field). How they travel in the URL is in ./url.ts.
 * Pure: no DOM. The island, the build-time table, the checklist link and the tests all read these.
 */
import { CLOUDS, HOSTING_MODES, type HostingMode } from './words';

export const CLOUD_CHOICES = [...CLOUDS, 'onprem', 'none'] as const;
export type CloudChoice = (typeof CLOUD_CHOICES)[number];
export const CLOUD_LABELS: Record<CloudChoice, string> = {
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'Google Cloud',
  onprem: 'Our own data centre',
  none: 'None yet (open-source options priced on AWS)',
};
export const YES_NO = ['yes', 'no'] as const;
export const COMMITMENT_TERMS = ['none', '1y', '3y'] as const;
export type CommitmentTerm = (typeof COMMITMENT_TERMS)[number];
export type YesNo = (typeof YES_NO)[number];
export const HOSTING_LABELS: Record<HostingMode, string> = {
  'self-hosted': 'Self-hosted by our team',
  cloud: 'Managed by the cloud provider',
  saas: 'Run by the vendor (SaaS)',
};
export const GPU_TYPES = ['t4', 'l4', 'a10g', 'a100-40', 'a100-80', 'h100'] as const;
export type GpuType = (typeof GPU_TYPES)[number];
export const GPU_LABELS: Record<GpuType, string> = {
  t4: 'NVIDIA T4 (16 GB)',
  l4: 'NVIDIA L4 (24 GB)',
  a10g: 'NVIDIA A10G-class (24 GB)',
  'a100-40': 'NVIDIA A100 40 GB',
  'a100-80': 'NVIDIA A100 80 GB',
  h100: 'NVIDIA H100 80 GB',
};
export const SERVING_HARDWARE = ['cpu', ...GPU_TYPES] as const;
export type ServingHardware = (typeof SERVING_HARDWARE)[number];
export const MLFLOW_SIZES = ['small', 'medium', 'large', 'serverless'] as const;
export type MlflowSize = (typeof MLFLOW_SIZES)[number];
export const REGION_CHOICES = ['us', 'germany'] as const;
export type RegionChoice = (typeof REGION_CHOICES)[number];

export interface CostInputs {
  cloud: CloudChoice;
  hosting: HostingMode;
  horizonYears: number;
  dataScientists: number;
  platformEngineers: number;
  region: RegionChoice;
  /** Loaded yearly cost, USD; null: the region preset's. */
  dataScientistCost: number | null;
  platformEngineerCost: number | null;
  models: number;
  pipelines: number;
  runsPerPipeline: number;
  cpuHours: number;
  gpuHours: number;
  trainingGpu: GpuType;
  spotSharePct: number;
  spotDiscountPct: number;
  commitmentDiscountPct: number;
  replicas: number;
  servingHours: number;
  servingHardware: ServingHardware;
  servingIdlePct: number;
  notebookHours: number;
  notebookIdlePct: number;
  /** vCPUs of one notebook (priced in proportion to the 4-vCPU node, as serving replicas are). */
  notebookVcpus: number;
  storageTb: number;
  storageGrowthPct: number;
  egressTb: number;
  logsGb: number;
  natGateways: number;
  natGb: number;
  clusters: number;
  overheadNodes: number;
  alreadyRunKubernetes: YesNo;
  eksExtendedSupport: YesNo;
  mlflowSize: MlflowSize;
  /** vCPUs of one CPU serving replica (priced in proportion to the cloud's 4-vCPU node). */
  servingVcpus: number;
  /** GPUs of one GPU serving replica. */
  servingGpus: number;
  /** Share of serving capacity doing work, %; null: the default for the endpoint kind. */
  servingUtilPct: number | null;
  /** Yearly change of loaded people costs and of list prices, % (cash flow by year). */
  salaryGrowthPct: number;
  priceChangePct: number;
  /** Thousand predictions a month, for the cost per 1,000 predictions (0: not shown). */
  predictionsThousands: number;
  /** A commitment term whose sourced preset replaces the % below (none: the % as entered). */
  commitmentTerm: CommitmentTerm;
  /** Price options bound to another cloud too (labelled as a move). */
  includeMoves: YesNo;
  /** Capabilities the options must cover (the checklist's `need`); empty: every framework on its own. */
  scope: string[];
  /** Vendor quotes, USD a month, by framework id: applied only to that framework's main fee. */
  quotes: Record<string, number>;
  /** Operations hours a month the reader sets, by framework id (an FTE share is turned into hours). */
  opsOverrides: Record<string, number>;
  /** One-time hours the reader sets, by framework id: they replace the setup and the learning hours. */
  setupOverrides: Record<string, number>;
  monitoring: YesNo;
  migrationRiskPct: number;
  genai: YesNo;
  llmInputMillions: number;
  llmOutputMillions: number;
  /** USD per million tokens; null: the cloud's sourced default. */
  llmInputPrice: number | null;
  llmOutputPrice: number | null;
  llmGpu: GpuType;
  llmGpusPerReplica: number;
  llmReplicas: number;
  llmHours: number;
  /** Your own data centre's internal rates, USD an hour; null: not entered, shown as "quote". */
  onpremCpuHour: number | null;
  onpremGpuHour: number | null;
  /** Servers and GPUs bought up front for a data centre, USD once; null: none (the rates then carry the hardware). */
  onpremHardwareUsd: number | null;
  /** Decision-checklist answers the calculator does not use, carried so the link back keeps them. */
  carried: string;
}

export type NumericKey = {
  [K in keyof CostInputs]: CostInputs[K] extends number ? K : CostInputs[K] extends number | null ? K : never;
}[keyof CostInputs];
export type ChoiceKey = Exclude<keyof CostInputs, NumericKey | 'carried' | 'quotes' | 'opsOverrides' | 'setupOverrides' | 'scope'>;

export interface NumberSpec {
  name: NumericKey;
  /** Query-string key. */
  key: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  fallback: number | null;
  integer: boolean;
  /** Blank allowed: the field then falls back to a sourced default or "quote". */
  optional?: boolean;
  hint?: string;
}

export interface ChoiceSpec<T extends string = string> {
  name: ChoiceKey;
  key: string;
  label: string;
  values: readonly T[];
  labels: Record<T, string>;
  fallback: T;
}

const n = (
  name: NumericKey,
  key: string,
  label: string,
  unit: string,
  [min, max]: [number, number],
  fallback: number | null,
  integer: boolean,
  extra: Partial<NumberSpec> = {},
): NumberSpec => ({ name, key, label, unit, min, max, fallback, integer, ...extra });

/**
 * Numeric inputs. `team`, `platform` and `cloud` are what the decision checklist has always linked
 * with; `fte` (once the single loaded cost) now sets the platform engineer's.
 */
export const NUMBER_SPECS: readonly NumberSpec[] = [
  n('horizonYears', 'years', 'Horizon', 'years', [1, 5], 3, true),
  n('dataScientists', 'team', 'Data scientists (the platform’s users)', 'people', [0, 1000], 5, true),
  n('platformEngineers', 'platform', 'Platform engineers available', 'people (0.5 = half)', [0, 200], 1, false, {
    hint: 'Your operations capacity: the summary warns when the estimate needs more hours.',
  }),
  n('dataScientistCost', 'dscost', 'Loaded cost of a data scientist', 'USD a year', [10_000, 2_000_000], null, false, {
    optional: true,
    hint: 'Salary plus benefits and social charges. Blank: the region preset.',
  }),
  n('platformEngineerCost', 'fte', 'Loaded cost of an ML or platform engineer', 'USD a year', [10_000, 2_000_000], null, false, {
    optional: true,
    hint: 'Blank: the region preset.',
  }),
  n('models', 'ep', 'Models in production', 'models (one endpoint each)', [0, 10_000], 2, true),
  n('pipelines', 'pipes', 'Production pipelines', 'pipelines', [0, 10_000], 5, true),
  n('runsPerPipeline', 'runs', 'Runs of each pipeline', 'runs a month', [0, 100_000], 30, false),
  n('cpuHours', 'cpu', 'Training on CPU', 'node-hours a month (4 vCPU, 16 GiB)', [0, 1_000_000], 200, false),
  n('gpuHours', 'gpu', 'Training on GPU', 'GPU-hours a month', [0, 1_000_000], 100, false),
  n('spotSharePct', 'spot', 'Share of training on spot capacity', '%', [0, 90], 0, false),
  n('spotDiscountPct', 'spotoff', 'Spot discount you expect', '% off on demand', [0, 90], 60, false, {
    hint: 'Providers say “up to 90%”; Google’s A100 spot is 65% off.',
  }),
  n('commitmentDiscountPct', 'commit', 'Commitment discount on compute', '% off', [0, 80], 0, false, {
    hint: 'e.g. Google’s flexible commitments: 28% (1 year), 46% (3 years).',
  }),
  n('replicas', 'rep', 'Replicas per model', 'replicas on average', [0, 1000], 1, false),
  n('servingVcpus', 'svcpu', 'Size of a CPU replica', 'vCPUs (4 = m5.xlarge class)', [1, 192], 4, true),
  n('servingGpus', 'sgpu', 'Size of a GPU replica', 'GPUs', [1, 16], 1, true),
  n('servingUtilPct', 'util', 'Serving utilisation', '% of capacity doing work', [10, 100], null, false, {
    optional: true,
    hint: 'Never changes the bill: the replicas you enter are billed. Shows how many replicas the load needs. Blank: 100%, or 70% for CPU replicas on a shared cluster.',
  }),
  n('predictionsThousands', 'pred', 'Predictions served', 'thousand a month', [0, 1_000_000_000], 0, false),
  n('servingHours', 'sh', 'Serving hours', 'hours a month (730 = always on)', [0, 730], 730, false),
  n('servingIdlePct', 'idle', 'Share of serving hours with no traffic', '%', [0, 95], 0, false, {
    hint: 'Billed anyway unless the platform scales to zero.',
  }),
  n('notebookHours', 'nbh', 'Notebook hours per data scientist', 'active hours a month', [0, 744], 60, false),
  n('notebookVcpus', 'nbvcpu', 'Size of a notebook', 'vCPUs (4 = m5.xlarge class)', [1, 96], 4, true),
  n('notebookIdlePct', 'nbidle', 'Share of a notebook’s running time spent idle', '%', [0, 90], 30, false, {
    hint: 'Idle notebooks still bill by the hour.',
  }),
  n('storageTb', 'tb', 'Data and artifacts stored', 'TB', [0, 100_000], 1, false),
  n('storageGrowthPct', 'growth', 'Storage growth', '% a year', [0, 500], 50, false),
  n('egressTb', 'egress', 'Data sent to the internet', 'TB a month', [0, 10_000], 0.5, false),
  n('logsGb', 'logs', 'Logs ingested', 'GB a month', [0, 1_000_000], 50, false),
  n('natGateways', 'nat', 'NAT gateways', 'gateways (one per zone)', [0, 100], 1, true),
  n('natGb', 'natgb', 'Traffic through NAT', 'GB a month', [0, 10_000_000], 100, false),
  n('clusters', 'clusters', 'Kubernetes clusters', 'clusters (dev + prod = 2)', [1, 20], 1, true),
  n('overheadNodes', 'nodes', 'System nodes per cluster', 'nodes (4 vCPU)', [0, 50], 2, true, {
    hint: 'Ingress, monitoring and platform services, all month.',
  }),
  n('salaryGrowthPct', 'salg', 'People costs grow', '% a year', [0, 50], 0, false),
  n('priceChangePct', 'pchg', 'List prices grow', '% a year', [0, 100], 0, false),
  n('migrationRiskPct', 'risk', 'Chance you migrate off within the horizon', '%', [0, 100], 20, false),
  n('llmInputMillions', 'tin', 'LLM input tokens', 'million a month', [0, 10_000_000], 500, false),
  n('llmOutputMillions', 'tout', 'LLM output tokens', 'million a month', [0, 10_000_000], 100, false),
  n('llmInputPrice', 'lin', 'Per-token API price, input', 'USD per million tokens', [0, 1000], null, false, {
    optional: true,
    hint: 'Blank: the sourced Llama 3.3 70B price on your cloud.',
  }),
  n('llmOutputPrice', 'lout', 'Per-token API price, output', 'USD per million tokens', [0, 1000], null, false, { optional: true }),
  n('llmGpusPerReplica', 'lgpus', 'GPUs per self-hosted replica', 'GPUs', [1, 64], 2, true),
  n('llmReplicas', 'lrep', 'Self-hosted replicas', 'replicas', [1, 1000], 1, true),
  n('llmHours', 'lh', 'Self-hosted hours', 'hours a month', [0, 730], 730, false),
  n('onpremCpuHour', 'opcpu', 'Your data centre’s cost of a CPU node', 'USD an hour', [0, 1000], null, false, {
    optional: true,
    hint: 'Blank: a quote, kept out of the totals.',
  }),
  n('onpremGpuHour', 'opgpu', 'Your data centre’s cost of a GPU', 'USD a GPU-hour', [0, 1000], null, false, { optional: true }),
  n('onpremHardwareUsd', 'ophw', 'Hardware bought up front', 'USD, once', [0, 1_000_000_000], null, false, {
    optional: true,
    hint: 'Servers and GPUs bought for this platform, counted once. Then the hourly rates above must be running costs only (power, cooling, space), or the hardware counts twice.',
  }),
];

export const CHOICE_SPECS: readonly ChoiceSpec[] = [
  { name: 'cloud', key: 'cloud', label: 'Where you run', values: CLOUD_CHOICES, labels: CLOUD_LABELS, fallback: 'aws' },
  { name: 'hosting', key: 'host', label: 'Open-source tools are', values: HOSTING_MODES, labels: HOSTING_LABELS, fallback: 'self-hosted' },
  { name: 'region', key: 'region', label: 'People costs of', values: REGION_CHOICES, labels: { us: 'United States', germany: 'Germany' }, fallback: 'us' },
  { name: 'trainingGpu', key: 'gputype', label: 'Training GPU', values: GPU_TYPES, labels: GPU_LABELS, fallback: 'a10g' },
  {
    name: 'servingHardware',
    key: 'serve',
    label: 'Serving on',
    values: SERVING_HARDWARE,
    labels: { cpu: 'CPU nodes (4 vCPU)', ...GPU_LABELS },
    fallback: 'cpu',
  },
  {
    name: 'alreadyRunKubernetes',
    key: 'k8s',
    label: 'We already run Kubernetes',
    values: YES_NO,
    labels: { yes: 'Yes (no new cluster)', no: 'No (count a new cluster)' },
    fallback: 'no',
  },
  {
    name: 'eksExtendedSupport',
    key: 'eks',
    label: 'EKS clusters on a version in extended support',
    values: YES_NO,
    labels: { yes: 'Yes (0.60 USD a cluster-hour)', no: 'No (standard support)' },
    fallback: 'no',
  },
  {
    name: 'mlflowSize',
    key: 'mlsize',
    label: 'Managed tracking server size on AWS',
    values: MLFLOW_SIZES,
    labels: { small: 'Small (up to 25 users)', medium: 'Medium', large: 'Large', serverless: 'Serverless MLflow App' },
    fallback: 'small',
  },
  {
    name: 'commitmentTerm',
    key: 'term',
    label: 'Savings plan or committed use',
    values: COMMITMENT_TERMS,
    labels: { none: 'None (the % below)', '1y': '1 year', '3y': '3 years' },
    fallback: 'none',
  },
  {
    name: 'includeMoves',
    key: 'move',
    label: 'Also price platforms on another cloud',
    values: YES_NO,
    labels: { yes: 'Yes, as a move', no: 'No' },
    fallback: 'no',
  },
  { name: 'monitoring', key: 'mon', label: 'Monitor models in production', values: YES_NO, labels: { yes: 'Yes', no: 'No' }, fallback: 'yes' },
  { name: 'genai', key: 'genai', label: 'Estimate LLM serving too', values: YES_NO, labels: { yes: 'Yes', no: 'No' }, fallback: 'no' },
  { name: 'llmGpu', key: 'lgpu', label: 'Self-hosted LLM GPU', values: GPU_TYPES, labels: GPU_LABELS, fallback: 'h100' },
];

export const DEFAULT_INPUTS: CostInputs = Object.fromEntries([
  ...NUMBER_SPECS.map((spec) => [spec.name, spec.fallback]),
  ...CHOICE_SPECS.map((spec) => [spec.name, spec.fallback]),
  ['carried', ''],
  ['quotes', {}],
  ['scope', []],
  ['opsOverrides', {}],
  ['setupOverrides', {}],
]) as unknown as CostInputs;

const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;
const formatLimit = (value: number) => value.toLocaleString('en-US');

export type CheckResult = { ok: true; value: number | null } | { ok: false; message: string };

/** Checks what a reader typed into a numeric field; thousands separators and spaces are allowed. */
export function checkNumber(spec: NumberSpec, raw: string): CheckResult {
  const text = raw.replace(/[,\s_]/g, '');
  if (text === '') return spec.optional ? { ok: true, value: null } : { ok: false, message: `Enter a number (${spec.unit}).` };
  if (!PLAIN_NUMBER.test(text))
    return { ok: false, message: `“${raw.trim().slice(0, 20)}” is not a plain number; enter digits such as ${formatLimit(spec.fallback ?? spec.min)}.` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `That number is too large; the most is ${formatLimit(spec.max)}.` };
  if (value < 0 && spec.min >= 0) return { ok: false, message: 'Enter a number that is not negative.' };
  if (value < spec.min) return { ok: false, message: `Enter at least ${formatLimit(spec.min)}.` };
  if (value > spec.max) return { ok: false, message: `Enter at most ${formatLimit(spec.max)} (${spec.unit}).` };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, message: 'Enter a whole number.' };
  return { ok: true, value };
}
