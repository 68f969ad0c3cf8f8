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
  return { sources: readSourceIds(root), frameworks: readEntryIds('frameworks', root), prices: readPriceIds(root) };
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
