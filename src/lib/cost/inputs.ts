/**
 * The calculator's inputs: what each one means, its unit, its range and its default, how a typed
 * value is checked (with a message for the field), and how the inputs travel in the URL.
 * Pure: no DOM. The island, the build-time table and the tests all read these definitions.
 */
import { numberIn, oneOf, readState, writeState, type Field, type Fields } from '../url-state';

export const CLOUD_CHOICES = ['aws', 'azure', 'gcp', 'none'] as const;
export type CloudChoice = (typeof CLOUD_CHOICES)[number];
export const CLOUD_LABELS: Record<CloudChoice, string> = {
  aws: 'AWS',
  azure: 'Azure',
  gcp: 'Google Cloud',
  none: 'None yet (open-source options priced on AWS)',
};
export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];
export const MLFLOW_HOSTING = ['self-hosted', 'managed'] as const;
export type MlflowHosting = (typeof MLFLOW_HOSTING)[number];

export interface CostInputs {
  cloud: CloudChoice;
  horizonYears: number;
  dataScientists: number;
  platformEngineers: number;
  loadedCostPerFte: number;
  cpuHours: number;
  gpuHours: number;
  spotSharePct: number;
  spotDiscountPct: number;
  commitmentDiscountPct: number;
  endpoints: number;
  replicas: number;
  servingHours: number;
  storageTb: number;
  storageGrowthPct: number;
  egressTb: number;
  clusters: number;
  overheadNodes: number;
  alreadyRunKubernetes: YesNo;
  eksExtendedSupport: YesNo;
  mlflowHosting: MlflowHosting;
  /** The platform subscription a vendor quoted (USD a month); null: not entered, shown as "quote". */
  subscriptionUsd: number | null;
  migrationRiskPct: number;
}

export type NumericKey = {
  [K in keyof CostInputs]: CostInputs[K] extends number ? K : CostInputs[K] extends number | null ? K : never;
}[keyof CostInputs];
export type ChoiceKey = Exclude<keyof CostInputs, NumericKey>;

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
  /** Blank allowed (only for a vendor's quote). */
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
  min: number,
  max: number,
  fallback: number | null,
  integer: boolean,
  extra: Partial<NumberSpec> = {},
): NumberSpec => ({ name, key, label, unit, min, max, fallback, integer, ...extra });

/** Numeric inputs, in the order the form shows them. `team` and `platform` are also what the decision checklist links with. */
export const NUMBER_SPECS: readonly NumberSpec[] = [
  n('horizonYears', 'years', 'Horizon', 'years', 1, 5, 3, true),
  n('dataScientists', 'team', 'Data scientists', 'people', 0, 1000, 5, true),
  n('platformEngineers', 'platform', 'Platform engineers', 'people', 0, 200, 1, true),
  n('loadedCostPerFte', 'fte', 'Loaded cost per full-time person', 'USD a year', 10_000, 1_000_000, 180_000, false, {
    hint: 'Salary plus overheads. 180,000 is one consultant’s figure for a US ML platform engineer.',
  }),
  n('cpuHours', 'cpu', 'Training on CPU', 'node-hours a month (4 vCPU, 16 GiB)', 0, 1_000_000, 200, false),
  n('gpuHours', 'gpu', 'Training on GPU', 'node-hours a month (1 × NVIDIA T4)', 0, 1_000_000, 100, false),
  n('spotSharePct', 'spot', 'Share of training on spot capacity', '%', 0, 90, 0, false),
  n('spotDiscountPct', 'spotoff', 'Spot discount you expect', '% off on-demand', 0, 90, 60, false, {
    hint: 'Providers quote “up to 90%”; real discounts vary by instance and hour.',
  }),
  n('commitmentDiscountPct', 'commit', 'Commitment discount', '% off compute', 0, 80, 0, false, {
    hint: 'e.g. 28% (1 year) or 46% (3 years) for Google’s flexible committed use; 0 for on-demand.',
  }),
  n('endpoints', 'ep', 'Serving endpoints', 'endpoints', 0, 1000, 2, true),
  n('replicas', 'rep', 'Replicas per endpoint', 'nodes (4 vCPU)', 1, 100, 1, true),
  n('servingHours', 'sh', 'Serving hours', 'hours a month (730 = always on)', 0, 730, 730, false),
  n('storageTb', 'tb', 'Data and artifacts stored', 'TB', 0, 100_000, 1, false),
  n('storageGrowthPct', 'growth', 'Storage growth', '% a year', 0, 500, 50, false),
  n('egressTb', 'egress', 'Data sent to the internet', 'TB a month', 0, 10_000, 0.5, false),
  n('clusters', 'clusters', 'Kubernetes clusters', 'clusters (dev + prod = 2)', 1, 20, 1, true),
  n('overheadNodes', 'nodes', 'System nodes per cluster', 'nodes (4 vCPU)', 0, 50, 2, true, {
    hint: 'Ingress, monitoring and the platform’s own services run all month.',
  }),
  n('subscriptionUsd', 'sub', 'Outerbounds subscription (if quoted)', 'USD a month', 0, 10_000_000, null, false, {
    optional: true,
    hint: 'Leave blank: shown as “quote” and left out of the totals.',
  }),
  n('migrationRiskPct', 'risk', 'Chance you migrate off within the horizon', '%', 0, 100, 20, false),
];

export const CHOICE_SPECS: readonly ChoiceSpec[] = [
  { name: 'cloud', key: 'cloud', label: 'Your cloud', values: CLOUD_CHOICES, labels: CLOUD_LABELS, fallback: 'aws' },
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
    name: 'mlflowHosting',
    key: 'mlflow',
    label: 'MLflow hosting',
    values: MLFLOW_HOSTING,
    labels: { 'self-hosted': 'Self-hosted', managed: 'Managed by the cloud provider' },
    fallback: 'self-hosted',
  },
];

export const DEFAULT_INPUTS: CostInputs = Object.fromEntries([
  ...NUMBER_SPECS.map((spec) => [spec.name, spec.fallback]),
  ...CHOICE_SPECS.map((spec) => [spec.name, spec.fallback]),
]) as unknown as CostInputs;

const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

function formatLimit(value: number): string {
  return value.toLocaleString('en-US');
}

export type CheckResult = { ok: true; value: number | null } | { ok: false; message: string };

/** Checks what a reader typed into a numeric field; thousands separators and spaces are allowed. */
export function checkNumber(spec: NumberSpec, raw: string): CheckResult {
  const text = raw.replace(/[,\s_]/g, '');
  if (text === '') {
    return spec.optional ? { ok: true, value: null } : { ok: false, message: `Enter a number (${spec.unit}).` };
  }
  if (!PLAIN_NUMBER.test(text)) return { ok: false, message: `“${raw.trim().slice(0, 20)}” is not a plain number; enter digits such as ${formatLimit(spec.fallback ?? spec.min)}.` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `That number is too large; the most is ${formatLimit(spec.max)}.` };
  if (value < 0 && spec.min >= 0) return { ok: false, message: 'Enter a number that is not negative.' };
  if (value < spec.min) return { ok: false, message: `Enter at least ${formatLimit(spec.min)}.` };
  if (value > spec.max) return { ok: false, message: `Enter at most ${formatLimit(spec.max)} (${spec.unit}).` };
  if (spec.integer && !Number.isInteger(value)) return { ok: false, message: 'Enter a whole number.' };
  return { ok: true, value };
}

/** A numeric input in the URL; an optional one is absent when blank (null, its default). */
function urlField(spec: NumberSpec): Field<number | null> {
  const inner = numberIn(spec.key, spec.min, spec.max, spec.fallback ?? spec.min);
  return {
    key: spec.key,
    fallback: spec.fallback,
    parse: (raw) => {
      const value = inner.parse(raw);
      return value === undefined || (spec.integer && !Number.isInteger(value)) ? undefined : value;
    },
    format: (value) => (value === null ? '' : String(value)),
  };
}

export const URL_FIELDS: Fields<CostInputs> = Object.fromEntries([
  ...NUMBER_SPECS.map((spec) => [spec.name, urlField(spec)]),
  ...CHOICE_SPECS.map((spec) => [spec.name, oneOf(spec.key, spec.values, spec.fallback)]),
]) as unknown as Fields<CostInputs>;

export function inputsFromQuery(search: string): { inputs: CostInputs; ignored: string[] } {
  const { state, ignored } = readState(search, URL_FIELDS);
  return { inputs: state, ignored };
}

export function queryFromInputs(inputs: CostInputs): string {
  return writeState(inputs, URL_FIELDS);
}
