/**
 * The current, sourced rows every comparison shows for every framework: what it is, kind and
 * licence, hosting and clouds, cost at the calculator's reference team, time to a first pipeline,
 * operations hours, Kubernetes, lock-in, attestations, GenAI features, team fit. Each cell is built
 * from data the tools already hold (framework frontmatter, effort profiles, the cost model's
 * estimate, the checklist's profiles, the attestation matrix); a cell without data says why, with
 * the source that shows the gap. Names no framework.
 */
import type { CapabilityCell } from '../schema/framework';
import { CAPABILITY_LABELS, FRAMEWORK_KIND_LABELS, SUPPORT_LEVEL_LABELS, SUPPORT_LEVEL_SYMBOLS, type CapabilityId, type FrameworkKind } from '../vocabulary';
import { attestationSummary, type AttestationRow } from './attestations';

export const CURRENT_ROW_IDS = [
  'today',
  'kind',
  'hosting',
  'cost',
  'first-pipeline',
  'operations',
  'kubernetes',
  'lock-in',
  'compliance',
  'genai',
  'team',
  'best-for',
  'avoid-if',
] as const;
export type CurrentRowId = (typeof CURRENT_ROW_IDS)[number];
export const CURRENT_ROW_LABELS: Record<CurrentRowId, string> = {
  today: 'What it is today',
  kind: 'Kind and licence',
  hosting: 'Hosting modes and clouds',
  cost: 'Cost at the reference team',
  'first-pipeline': 'Time to a first production pipeline',
  operations: 'Operations hours a month',
  kubernetes: 'Kubernetes needed',
  'lock-in': 'Lock-in and exit effort',
  compliance: 'Compliance attestations',
  genai: 'GenAI features',
  team: 'Team-size fit',
  'best-for': 'Best for',
  'avoid-if': 'Avoid if',
};
/** Rows whose values can agree across frameworks, so "differences only" compares them. */
export const COMPARABLE_CURRENT_ROWS: ReadonlySet<CurrentRowId> = new Set(['kubernetes', 'team']);

/** One cell: its text (as exports write it), its sources, and an optional link (the calculator). */
export interface CurrentCell {
  text: string;
  sources: string[];
  link?: { href: string; text: string } | undefined;
  /** What "differences only" compares for a comparable row. */
  key?: string | undefined;
  /** A few words for a sentence that sets two frameworks side by side (pair pages). */
  short?: string | undefined;
}

export const HOSTING_MODE_WORDS = { 'self-hosted': 'self-hosted', cloud: 'managed by a cloud provider', saas: 'vendor SaaS' } as const;
export type HostingMode = keyof typeof HOSTING_MODE_WORDS;

type Band = { low: number; likely: number; high: number };

/** A checklist profile entry: a level (or levels per answer), a note and sources. */
export interface Fit {
  level?: string | undefined;
  levels?: Record<string, string> | undefined;
  when?: unknown[] | undefined;
  note?: string | undefined;
  sources: string[];
}

export interface CurrentInput {
  kind: FrameworkKind;
  license: { text: string; sources: string[] };
  inOneMinute: { today: string; bestFor: string; avoidIf: string; lockIn: string; sources: string[] };
  capabilities: Record<CapabilityId, CapabilityCell>;
  /** The effort profile's hosting modes, default first, with the operations hours the cost model estimates for each at the reference team. */
  modes: Array<{ mode: HostingMode; setupWeeks: Band; exitWeeks: Band; opsHoursMonthly: number; sources: string[] }>;
  /** The cost model's estimate at the reference team, already formatted by the calculator's presenter. */
  cost?: { mode: HostingMode; monthly: string; oneTime: string; quoted: string; href: string; sources: string[] } | undefined;
  /** The decision checklist's profile entries (absent for a framework without a profile). */
  checklist: { cloud?: Fit | undefined; kubernetes?: Fit | undefined; exit?: Fit | undefined; team?: Fit | undefined };
  attestations: readonly AttestationRow[];
  /** Where a missing cell sends the reader, with a source (the framework's own licence or page sources). */
  fallbackSources: string[];
}

const CLOUD_WORDS: Record<string, string> = { aws: 'AWS', azure: 'Azure', gcp: 'Google Cloud', onprem: 'your own data centre' };
/** Checklist cloud levels that mean the framework does not run there. */
const NOT_THERE = new Set(['other-cloud', 'cloud-only']);
const TEAM_WORDS: Record<string, string> = { '1-3': '1–3 people', '4-10': '4–10', '11-30': '11–30', '30plus': 'more than 30' };
const KUBERNETES_WORDS: Record<string, string> = { required: 'Yes', optional: 'Optional', 'not-needed': 'No' };
const GENAI_CAPABILITIES: readonly CapabilityId[] = ['llm-tracing', 'llm-evaluation', 'prompt-registry', 'ai-gateway', 'genai-llm-tooling'];

const unique = (ids: readonly string[]) => [...new Set(ids)];
const number = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1).replace(/\.0$/, ''));
/** "2 person-weeks (1–6)"; the unit is given in the plural and loses its s for exactly one. */
const band = (b: Band, unit: string) => `${number(b.likely)} ${b.likely === 1 ? unit.replace(/s$/, '') : unit} (${number(b.low)}–${number(b.high)})`;

/** A cell that says why it has no value, citing where the reader can check. */
function missing(why: string, sources: string[]): CurrentCell {
  return { text: why, sources };
}

/** The clouds (aws, azure, gcp, onprem) where the checklist's cloud levels say it runs. */
export function runsIn(cloud: Fit | undefined): string[] {
  return Object.entries(cloud?.levels ?? {})
    .filter(([id, level]) => id in CLOUD_WORDS && !NOT_THERE.has(level))
    .map(([id]) => id);
}

function hostingCell(input: CurrentInput): CurrentCell {
  const modes = input.modes.map((m, index) => `${HOSTING_MODE_WORDS[m.mode]}${index === 0 && input.modes.length > 1 ? ' (the usual way)' : ''}`);
  const cloud = input.checklist.cloud;
  const clouds = runsIn(cloud).map((id) => CLOUD_WORDS[id]!);
  if (modes.length === 0 && clouds.length === 0)
    return missing('No effort profile or checklist profile gives its hosting modes yet; see the framework page.', input.fallbackSources);
  const where = clouds.length > 0 ? ` Runs in ${clouds.join(', ')}.` : '';
  return { text: `${capitalise(modes.join(', '))}.${where}`, sources: unique([...(cloud?.sources ?? []), ...input.modes.flatMap((m) => m.sources)]) };
}

function costCell(input: CurrentInput): CurrentCell {
  const cost = input.cost;
  if (!cost) return missing('The cost calculator has no effort profile for it yet, so it is not priced.', input.fallbackSources);
  const quoted = cost.quoted ? ` Priced by quote, not in the figures: ${cost.quoted}.` : '';
  return {
    text: `${cost.monthly} a month and ${cost.oneTime} one-time, ${HOSTING_MODE_WORDS[cost.mode]}, likely (low–high), USD.${quoted}`,
    sources: cost.sources,
    link: { href: cost.href, text: 'Every line in the calculator' },
    short: `${cost.monthly} a month (${HOSTING_MODE_WORDS[cost.mode]})`,
  };
}

function perMode(input: CurrentInput, value: (m: CurrentInput['modes'][number]) => string, why: string): CurrentCell {
  if (input.modes.length === 0) return missing(why, input.fallbackSources);
  return { text: input.modes.map((m) => `${capitalise(HOSTING_MODE_WORDS[m.mode])}: ${value(m)}`).join('; ') + '.', sources: unique(input.modes.flatMap((m) => m.sources)) };
}

function fitCell(fit: Fit | undefined, words: (fit: Fit) => string, why: string, fallback: string[]): CurrentCell {
  if (!fit) return missing(why, fallback);
  const text = words(fit);
  return { text: fit.note ? `${text}. ${fit.note}` : `${text}.`, sources: fit.sources, key: text };
}

function kubernetesWords(fit: Fit): string {
  const word = KUBERNETES_WORDS[fit.level ?? ''] ?? 'Depends on the answers';
  return fit.when && fit.when.length > 0 ? `${word} (it depends on your cloud)` : word;
}

function teamWords(fit: Fit): string {
  return Object.entries(fit.levels ?? {})
    .map(([size, level]) => `${TEAM_WORDS[size] ?? size}: ${level}`)
    .join('; ');
}

function lockInCell(input: CurrentInput): CurrentCell {
  const exit = input.checklist.exit;
  const first = input.modes[0];
  const effort = first ? ` Leaving takes about ${band(first.exitWeeks, 'person-weeks')} in the calculator’s profile.` : '';
  const level = exit?.level ? ` Exit effort: ${exit.level}.` : '';
  return {
    text: `${input.inOneMinute.lockIn}${level}${effort}`,
    sources: unique([...input.inOneMinute.sources, ...(exit?.sources ?? []), ...(first?.sources ?? [])]),
  };
}

function genaiCell(input: CurrentInput): CurrentCell {
  const cells = GENAI_CAPABILITIES.map((id) => ({ id, cell: input.capabilities[id] }));
  return {
    text: cells.map(({ id, cell }) => `${CAPABILITY_LABELS[id]}: ${SUPPORT_LEVEL_SYMBOLS[cell.level]} ${SUPPORT_LEVEL_LABELS[cell.level]}`).join('; ') + '.',
    sources: unique(cells.flatMap(({ cell }) => cell.sources)),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every current row of one framework. */
export function currentCells(input: CurrentInput): Record<CurrentRowId, CurrentCell> {
  const attestations = input.attestations.length > 0 ? attestationSummary(input.attestations) : undefined;
  const { inOneMinute: minute } = input;
  return {
    today: { text: minute.today, sources: minute.sources },
    kind: { text: `${FRAMEWORK_KIND_LABELS[input.kind]}. ${input.license.text}`, sources: input.license.sources },
    hosting: hostingCell(input),
    cost: costCell(input),
    'first-pipeline': {
      ...perMode(input, (m) => band(m.setupWeeks, 'person-weeks'), 'No effort profile gives its setup time yet; see the framework page.'),
      short: input.modes[0] && `${band(input.modes[0].setupWeeks, 'person-weeks')} (${HOSTING_MODE_WORDS[input.modes[0].mode]})`,
    },
    operations: perMode(input, (m) => `about ${number(m.opsHoursMonthly)} hours`, 'No effort profile gives its operations hours yet; see the framework page.'),
    kubernetes: fitCell(input.checklist.kubernetes, kubernetesWords, 'The decision checklist has no profile for it yet; see the framework page.', input.fallbackSources),
    'lock-in': lockInCell(input),
    compliance: attestations ?? missing('The attestation matrix has no row for it yet; see its security and compliance section.', input.fallbackSources),
    genai: genaiCell(input),
    team: fitCell(input.checklist.team, teamWords, 'The decision checklist has no profile for it yet; see the framework page.', input.fallbackSources),
    'best-for': { text: minute.bestFor, sources: minute.sources },
    'avoid-if': { text: minute.avoidIf, sources: minute.sources },
  };
}
