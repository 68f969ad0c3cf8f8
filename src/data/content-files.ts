/**
 * Reads content/ straight from disk with node:fs, before Astro's collections exist: which source,
 * framework and price ids there are, and the checklist's questions, so that the content schemas can
 * reject an unknown id with a message that names it (see src/lib/schema/common.ts).
 * Node-only: used by src/content.config.ts and by tests, never by pages or the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DecisionVocabulary } from '../lib/content-schema';
import type { KnownIds } from '../lib/schema/common';
import { resolveFact, type FactEntry, type PriceForFact, type ResolvedFact } from '../lib/facts';

export const CONTENT_DIR = 'content';

export function readSourceIds(root = '.'): Set<string> {
  const path = join(root, CONTENT_DIR, 'data', 'sources.yaml');
  const entries: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${path}: expected a list of sources`);
  const ids = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') throw new Error(`${path}: entry ${index + 1} has no string "id"`);
    if (ids.has(id)) throw new Error(`${path}: source id "${id}" is listed twice`);
    ids.add(id);
  }
  return ids;
}

export function readEntryIds(collection: string, root = '.'): Set<string> {
  return new Set(
    readdirSync(join(root, CONTENT_DIR, collection))
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
      .map((name) => name.slice(0, -'.mdx'.length)),
  );
}

/** Ids of content/data/prices.yaml, which the effort profiles refer to. */
export function readPriceIds(root = '.'): Set<string> {
  const path = join(root, CONTENT_DIR, 'data', 'prices.yaml');
  const entries: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${path}: expected a list of prices`);
  return new Set(entries.map((entry) => String((entry as { id?: unknown } | null)?.id)));
}

export function readKnownIds(root = '.'): KnownIds {
  return { sources: readSourceIds(root), frameworks: readEntryIds('frameworks', root), prices: readPriceIds(root), facts: readFacts(root) };
}

function readList(root: string, file: string): Array<Record<string, unknown>> {
  const entries: unknown = parse(readFileSync(join(root, CONTENT_DIR, 'data', file), 'utf8'));
  return Array.isArray(entries) ? entries.filter((entry): entry is Record<string, unknown> => !!entry && typeof entry === 'object') : [];
}

const asDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

/**
 * The facts of content/data/facts.yaml, resolved (price facts take their figure from prices.yaml),
 * for the frontmatter schemas. Entries are read as written: the facts collection's own schema
 * reports a malformed one, naming the field.
 */
export function readFacts(root = '.'): Map<string, ResolvedFact> {
  const prices = new Map<string, PriceForFact>(
    readList(root, 'prices.yaml').map((p) => [
      String(p.id),
      { id: String(p.id), unit: String(p.unit), usd: typeof p.usd === 'number' ? p.usd : null, source: String(p.source), asOf: asDate(p.asOf) },
    ]),
  );
  const facts = new Map<string, ResolvedFact>();
  for (const raw of readList(root, 'facts.yaml')) {
    const entry: FactEntry = {
      id: String(raw.id),
      label: String(raw.label ?? raw.id),
      kind: String(raw.kind),
      value: raw.value === undefined ? undefined : String(raw.value),
      price: raw.price === undefined ? undefined : String(raw.price),
      unit: raw.unit === undefined ? undefined : String(raw.unit),
      text: raw.text === undefined ? undefined : String(raw.text),
      subject: raw.subject === undefined ? undefined : String(raw.subject),
      sources: Array.isArray(raw.sources) ? raw.sources.map(String) : undefined,
      asOf: raw.asOf === undefined ? undefined : asDate(raw.asOf),
      typed: Array.isArray(raw.typed) ? raw.typed.map(String) : [],
    };
    if (entry.price !== undefined && !prices.has(entry.price)) continue;
    facts.set(entry.id, resolveFact(entry, prices));
  }
  return facts;
}

/**
 * Which questions and answers the decision checklist has, so that its rules can be checked against
 * them. Malformed entries are skipped here: the questions' own schema reports them, naming the field.
 */
export function readDecisionVocabulary(root = '.'): DecisionVocabulary {
  const entries: unknown = parse(readFileSync(join(root, CONTENT_DIR, 'data', 'decision-questions.yaml'), 'utf8'));
  const vocabulary = new Map<string, Set<string>>();
  for (const entry of Array.isArray(entries) ? entries : []) {
    const { id, answers } = (entry ?? {}) as { id?: unknown; answers?: unknown };
    if (typeof id !== 'string' || !Array.isArray(answers)) continue;
    vocabulary.set(id, new Set(answers.map((a) => String((a as { id?: unknown } | null)?.id))));
  }
  return vocabulary;
}
