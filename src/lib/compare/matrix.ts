/**
 * The compact matrix of every framework (home page and /frameworks/, in the manner of caniuse):
 * kind, licence, clouds, cost band, key attestations and every capability level, one row per
 * framework. Also the closed values its filters offer and the URL state they keep. Names no
 * framework: every value comes from the framework's data.
 */
import { CAPABILITY_IDS, SUPPORT_LEVELS, type CapabilityId, type FrameworkKind, type SupportLevel } from '../vocabulary';

export const LICENCE_CLASSES = ['apache-2.0', 'mixed', 'proprietary'] as const;
export type LicenceClass = (typeof LICENCE_CLASSES)[number];
export const LICENCE_CLASS_LABELS: Record<LicenceClass, string> = {
  'apache-2.0': 'Apache-2.0',
  mixed: 'Mixed open source',
  proprietary: 'Proprietary service',
};

/** The licence class a licence statement opens with ("Apache-2.0 …", "Mixed: …", "Proprietary …"). */
export function licenceClass(text: string): LicenceClass {
  if (/^apache-2\.0/i.test(text)) return 'apache-2.0';
  if (/^proprietary/i.test(text)) return 'proprietary';
  return 'mixed';
}

export const MATRIX_CLOUDS = ['aws', 'azure', 'gcp', 'onprem'] as const;
export type MatrixCloud = (typeof MATRIX_CLOUDS)[number];
export const MATRIX_CLOUD_LABELS: Record<MatrixCloud, string> = { aws: 'AWS', azure: 'Azure', gcp: 'Google Cloud', onprem: 'Own data centre' };
export const MATRIX_CLOUD_SHORT: Record<MatrixCloud, string> = { aws: 'AWS', azure: 'Azure', gcp: 'GCP', onprem: 'On-prem' };

/** Cost bands of the likely monthly run rate at the calculator's reference team, USD. */
export const COST_BANDS = [
  { id: 'under-2k', max: 2_000, label: 'Under $2,000' },
  { id: '2k-5k', max: 5_000, label: '$2,000–$5,000' },
  { id: '5k-plus', max: Infinity, label: '$5,000 or more' },
] as const;
export type CostBand = (typeof COST_BANDS)[number]['id'];

export function costBand(monthlyLikely: number): (typeof COST_BANDS)[number] {
  return COST_BANDS.find((band) => monthlyLikely < band.max) ?? COST_BANDS[COST_BANDS.length - 1]!;
}

/** How strong a level is, for "at this level or better": native first, none and unknown last. */
export const LEVEL_RANK: Record<SupportLevel, number> = { native: 4, 'managed-add-on': 3, 'via-integration': 2, partial: 1, none: 0, unknown: 0 };
/** The levels a reader can ask for as a minimum. */
export const MIN_LEVELS = SUPPORT_LEVELS.filter((level) => LEVEL_RANK[level] > 0);

export interface MatrixState {
  kind: FrameworkKind | 'any';
  cloud: MatrixCloud | 'any';
  licence: LicenceClass | 'any';
  capability: CapabilityId | 'any';
  level: SupportLevel;
  sort: 'guide' | 'name' | 'cost';
}

export const DEFAULT_MATRIX_STATE: MatrixState = { kind: 'any', cloud: 'any', licence: 'any', capability: 'any', level: 'partial', sort: 'guide' };

const CHOICES = {
  kind: ['any', 'open-source', 'managed-service'],
  cloud: ['any', ...MATRIX_CLOUDS],
  licence: ['any', ...LICENCE_CLASSES],
  capability: ['any', ...CAPABILITY_IDS],
  level: MIN_LEVELS,
  sort: ['guide', 'name', 'cost'],
} as const satisfies Record<keyof MatrixState, readonly string[]>;

/** Reads the matrix's state from a query string; an unknown key's value or an unknown value is named, never thrown. */
export function readMatrixState(search: string): { state: MatrixState; ignored: string[] } {
  const params = new URLSearchParams(search);
  const state: Record<string, string> = { ...DEFAULT_MATRIX_STATE };
  const ignored: string[] = [];
  for (const key of Object.keys(CHOICES) as Array<keyof MatrixState>) {
    const raw = params.get(key);
    if (raw === null) continue;
    if ((CHOICES[key] as readonly string[]).includes(raw)) state[key] = raw;
    else ignored.push(`${key}=${raw.slice(0, 40)}`);
  }
  return { state: state as unknown as MatrixState, ignored };
}

/** The query string for a state, leaving out defaults, so an unfiltered matrix has a bare URL. */
export function writeMatrixState(state: MatrixState): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(CHOICES) as Array<keyof MatrixState>) {
    if (state[key] !== DEFAULT_MATRIX_STATE[key]) params.set(key, state[key]);
  }
  // The level only matters with a capability chosen.
  if (state.capability === 'any') params.delete('level');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What a row must carry for the filters: the same values the row shows. */
export interface MatrixRowFacts {
  kind: FrameworkKind;
  clouds: readonly string[];
  licence: LicenceClass;
  levels: Readonly<Record<string, SupportLevel>>;
}

export function rowMatches(row: MatrixRowFacts, state: MatrixState): boolean {
  if (state.kind !== 'any' && row.kind !== state.kind) return false;
  if (state.cloud !== 'any' && !row.clouds.includes(state.cloud)) return false;
  if (state.licence !== 'any' && row.licence !== state.licence) return false;
  if (state.capability !== 'any' && LEVEL_RANK[row.levels[state.capability] ?? 'unknown'] < LEVEL_RANK[state.level]) return false;
  return true;
}
