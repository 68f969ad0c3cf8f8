/**
 * The calculator and the decision checklist share a reader: a link from the checklist brings its
 * answers here, and the calculator links back with the same answers. The checklist's own keys are
 * read as well as the calculator's (the calculator's win when both are present):
 *   c      cloud: aws | azure | gcp | onprem | multi (priced on AWS) | none
 *   k8s    Kubernetes in use: none → "no" (count a new cluster), some | strong → "yes"
 *   team   practitioners: a bucket (1-3, 4-10, 11-30, 30plus) or a number
 *   ops    operations capacity: 0 | lt1 | 1-2 | 3plus → platform engineers 0 | 1 | 2 | 3
 *   pri    priorities, comma-separated (cost, time, exit, governance, scale): governance turns monitoring on
 *   must   hard requirements: onprem → our own data centre
 * comp, oss, bud, scope, port, pri and must are carried back untouched.
 */
import type { CostInputs } from './inputs';

export const CHECKLIST_KEYS = ['c', 'ops', 'pri', 'must', 'comp', 'oss', 'bud', 'scope', 'port'] as const;

const TEAM_BUCKETS: Record<string, number> = { '1-3': 2, '4-10': 7, '11-30': 20, '30plus': 40 };
const OPS_BUCKETS: Record<string, number> = { '0': 0, lt1: 1, '1-2': 2, '3plus': 3 };
const CLOUDS_FROM_CHECKLIST: Record<string, CostInputs['cloud']> = { aws: 'aws', azure: 'azure', gcp: 'gcp', onprem: 'onprem', multi: 'aws', none: 'none' };

export interface ChecklistRead {
  /** The query with checklist values translated into the calculator's and checklist-only keys removed. */
  params: string;
  /** Inputs the checklist's answers set. */
  applied: Partial<CostInputs>;
  ignored: string[];
}

export function fromChecklist(search: string): ChecklistRead {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const applied: Partial<CostInputs> = {};
  const ignored: string[] = [];
  const take = (key: string) => {
    const value = params.get(key);
    params.delete(key);
    return value;
  };
  const cloud = take('c');
  const must = take('must');
  if (!params.has('cloud')) {
    if (must?.split(',').includes('onprem')) applied.cloud = 'onprem';
    else if (cloud !== null && cloud in CLOUDS_FROM_CHECKLIST) applied.cloud = CLOUDS_FROM_CHECKLIST[cloud]!;
    if (cloud === 'multi' && !applied.cloud?.startsWith('onprem'))
      ignored.push('your checklist answer “more than one cloud” is priced on AWS; choose another under “Where you run”');
  }
  const k8s = params.get('k8s');
  if (k8s === 'none') params.set('k8s', 'no');
  else if (k8s === 'some' || k8s === 'strong') params.set('k8s', 'yes');
  const team = params.get('team');
  if (team !== null && team in TEAM_BUCKETS) params.set('team', String(TEAM_BUCKETS[team]));
  const ops = take('ops');
  if (ops !== null && ops in OPS_BUCKETS && !params.has('platform')) params.set('platform', String(OPS_BUCKETS[ops]));
  // The checklist ticks several priorities at once; only compliance and audit changes an input.
  const priorities = (take('pri') ?? '').split(',');
  if (priorities.includes('governance') && !params.has('mon')) params.set('mon', 'yes');
  for (const key of CHECKLIST_KEYS) params.delete(key);
  return { params: params.toString(), applied, ignored };
}

/** The checklist's wording of an answer, kept only while it still says what the inputs say. */
export function carriedAnswers(inputs: CostInputs): URLSearchParams {
  const carried = new URLSearchParams(inputs.carried);
  const k8s = carried.get('k8s');
  if (k8s !== null && (k8s === 'none') !== (inputs.alreadyRunKubernetes === 'no')) carried.delete('k8s');
  if (carried.get('c') === 'multi' && inputs.cloud !== 'aws') carried.delete('c');
  return carried;
}

const bucketOf = (value: number, buckets: Array<[number, string]>) => buckets.find(([upTo]) => value <= upTo)?.[1] ?? buckets.at(-1)![1];

/** The checklist's query for these inputs: the same answers the reader arrived with, where they map. */
export function checklistQuery(inputs: CostInputs): string {
  const params = carriedAnswers(inputs);
  if (!params.has('c')) params.set('c', inputs.cloud);
  if (!params.has('k8s')) params.set('k8s', inputs.alreadyRunKubernetes === 'yes' ? 'some' : 'none');
  params.set(
    'team',
    bucketOf(inputs.dataScientists, [
      [3, '1-3'],
      [10, '4-10'],
      [30, '11-30'],
      [Infinity, '30plus'],
    ]),
  );
  params.set(
    'ops',
    bucketOf(inputs.platformEngineers, [
      [0, '0'],
      [1, 'lt1'],
      [2, '1-2'],
      [Infinity, '3plus'],
    ]),
  );
  return `?${params.toString()}`;
}
