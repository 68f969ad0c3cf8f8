/**
 * How the calculator's inputs travel in the URL: each input under its short key, checked on the way
 * in, plus the decision checklist's answers (read through ./checklist.ts and carried back untouched).
 */
import { numberIn, oneOf, readState, writeState, type Field, type Fields } from '../url-state';
import { carriedAnswers, fromChecklist } from './checklist';
import { CHOICE_SPECS, NUMBER_SPECS, type CostInputs, type NumberSpec } from './inputs';

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

/**
 * Checklist answers the calculator carries back untouched: compliance, openness, budget, scope,
 * portability, priority and hard requirements, plus the checklist's own wording of two answers it
 * reads (k8s none/some/strong, c=multi) so the link back says exactly what the reader said.
 */
export const CARRIED_KEYS = ['comp', 'oss', 'bud', 'scope', 'port', 'pri', 'must', 'k8s', 'c'] as const;
const CARRIED_ONLY_IF: Partial<Record<(typeof CARRIED_KEYS)[number], readonly string[]>> = { k8s: ['none', 'some', 'strong'], c: ['multi'] };
const CARRIED_VALUE = /^[a-z0-9,-]{0,80}$/;

/** Hours a month of one full-time person (1,840 working hours a year ÷ 12). */
export const FTE_HOURS_PER_MONTH = 1840 / 12;
const ENTRY = /^([a-z0-9-]{1,40}):(\d{1,9}(?:\.\d{1,4})?)(fte|h)?$/;

/**
 * A per-framework map in the URL: "id:value,id:value". `fte` turns a value (a share of one person)
 * into hours a month; `max` bounds each value. Any malformed entry rejects the whole value, so the
 * reader is told, rather than half of it silently applied.
 */
export function byFramework(key: string, max: number, allowFte: boolean): Field<Record<string, number>> {
  return {
    key,
    fallback: {},
    parse: (raw) => {
      const out: Record<string, number> = {};
      for (const part of raw.split(',')) {
        const m = ENTRY.exec(part.trim());
        if (!m || (m[3] === 'fte' && !allowFte) || m[1]! in out) return undefined;
        const value = m[3] === 'fte' ? Number(m[2]) * FTE_HOURS_PER_MONTH : Number(m[2]);
        if (!Number.isFinite(value) || value > max) return undefined;
        out[m[1]!] = value;
      }
      return out;
    },
    format: (value) =>
      Object.keys(value)
        .sort()
        .map((id) => `${id}:${Math.round(value[id]! * 10_000) / 10_000}`)
        .join(','),
  };
}

/**
 * The capabilities a scope asks for, comma-separated ids. Only their form is checked here, so the
 * first script stays small; the model drops an id it does not know and the summary names it.
 */
function capabilityList(key: string): Field<string[]> {
  return {
    key,
    fallback: [],
    parse: (raw) => {
      const ids = raw
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
      return ids.length > 0 && ids.every((id) => /^[a-z0-9-]{1,40}$/.test(id)) ? [...new Set(ids)] : undefined;
    },
    format: (value) => value.join(','),
  };
}

export const URL_FIELDS: Fields<CostInputs> = Object.fromEntries([
  ...NUMBER_SPECS.map((spec) => [spec.name, urlField(spec)]),
  ...CHOICE_SPECS.map((spec) => [spec.name, oneOf(spec.key, spec.values, spec.fallback)]),
  ['quotes', byFramework('quote', 100_000_000, false)],
  ['scope', capabilityList('need')],
  ['opsOverrides', byFramework('opsh', 100_000, true)],
  ['setupOverrides', byFramework('seth', 100_000, false)],
  ['carried', { key: '_carried', fallback: '', parse: () => undefined, format: (v: string) => v }],
]) as unknown as Fields<CostInputs>;

export function inputsFromQuery(search: string): { inputs: CostInputs; ignored: string[] } {
  const { params, applied, ignored: checklistNotes } = fromChecklist(search);
  const { state, ignored } = readState(params, URL_FIELDS);
  const carried = new URLSearchParams();
  for (const key of CARRIED_KEYS) {
    const value = new URLSearchParams(search).get(key);
    const allowed = CARRIED_ONLY_IF[key];
    if (value !== null && CARRIED_VALUE.test(value) && (!allowed || allowed.includes(value))) carried.set(key, value);
  }
  return { inputs: { ...state, ...applied, carried: carried.toString() }, ignored: [...checklistNotes, ...ignored] };
}

export function queryFromInputs(inputs: CostInputs): string {
  const own = new URLSearchParams(writeState({ ...inputs, carried: '' }, URL_FIELDS).slice(1));
  const carried = carriedAnswers(inputs);
  if (carried.has('k8s')) own.delete('k8s');
  for (const [key, value] of carried) own.set(key, value);
  const query = own.toString();
  return query ? `?${query}` : '';
}
