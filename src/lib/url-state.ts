/**
 * Tool state lives in the query string, so a link reproduces what the reader saw. Reading it is
 * defensive: whatever a URL holds (unknown keys, repeated keys, huge or script-like values), the
 * reader gets the valid part plus a list of what was ignored, in words, and nothing throws.
 * Values are only ever compared against known values or parsed as numbers; they are never rendered
 * as HTML. Each tool declares its fields; this module knows nothing about any tool.
 */

/** Longest value kept from a URL; anything longer is ignored as not something we wrote. */
export const MAX_VALUE_LENGTH = 200;

export interface Field<T> {
  /** Query-string key. */
  key: string;
  /** Turns a raw value into a valid one, or returns undefined when it is not valid. */
  parse: (raw: string) => T | undefined;
  /** Turns a valid value back into its query-string form. */
  format: (value: T) => string;
  fallback: T;
}

export type Fields<S> = { [K in keyof S]: Field<S[K]> };

export interface ReadResult<S> {
  state: S;
  /** Human-readable notes on what was ignored, e.g. `unknown setting "foo"`. Never contains raw markup. */
  ignored: string[];
}

/** Shows a raw value safely inside a note: trimmed, shortened, and with only printable characters. */
export function describeRaw(raw: string): string {
  const printable = raw.replace(/[^\p{L}\p{N}\p{P}\p{Zs}]/gu, '').trim();
  return printable.length > 40 ? `${printable.slice(0, 40)}…` : printable;
}

export function readState<S>(search: string, fields: Fields<S>): ReadResult<S> {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const byKey = new Map<string, keyof S>();
  for (const name of Object.keys(fields) as Array<keyof S>) byKey.set(fields[name].key, name);
  const state = {} as S;
  const seen = new Set<string>();
  const ignored: string[] = [];
  for (const [key, raw] of params) {
    const name = byKey.get(key);
    if (name === undefined) {
      ignored.push(`unknown setting "${describeRaw(key)}"`);
      continue;
    }
    if (seen.has(key)) {
      ignored.push(`a repeated "${key}" (the first one was used)`);
      continue;
    }
    seen.add(key);
    const value = raw.length <= MAX_VALUE_LENGTH ? fields[name].parse(raw) : undefined;
    if (value === undefined) {
      ignored.push(`"${key}" had a value we could not use ("${describeRaw(raw)}"), so its default was kept`);
      continue;
    }
    state[name] = value;
  }
  for (const name of Object.keys(fields) as Array<keyof S>) {
    if (!(name in (state as object))) state[name] = fields[name].fallback;
  }
  return { state, ignored };
}

/** The query string for a state, leaving out fields at their default so links stay short. */
export function writeState<S>(state: S, fields: Fields<S>): string {
  const params = new URLSearchParams();
  for (const name of Object.keys(fields) as Array<keyof S>) {
    const field = fields[name];
    const value = field.format(state[name]);
    if (value !== field.format(field.fallback)) params.set(field.key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A field whose value is one of a fixed list. */
export function oneOf<T extends string>(key: string, values: readonly T[], fallback: T): Field<T> {
  return { key, fallback, parse: (raw) => values.find((v) => v === raw), format: (value) => value };
}

/** A field holding a set of values from a fixed list, written comma-separated; unknown items invalidate it. */
export function setOf<T extends string>(key: string, values: readonly T[], fallback: readonly T[]): Field<readonly T[]> {
  return {
    key,
    fallback,
    parse: (raw) => {
      const items = raw === '' ? [] : raw.split(',');
      if (items.some((item) => !values.includes(item as T))) return undefined;
      return values.filter((v) => items.includes(v));
    },
    format: (value) => value.join(','),
  };
}

/** A finite number within [min, max]. */
export function numberIn(key: string, min: number, max: number, fallback: number): Field<number> {
  return {
    key,
    fallback,
    parse: (raw) => {
      if (!/^-?\d+(\.\d+)?$/.test(raw.trim())) return undefined;
      const value = Number(raw);
      return Number.isFinite(value) && value >= min && value <= max ? value : undefined;
    },
    format: (value) => String(value),
  };
}
