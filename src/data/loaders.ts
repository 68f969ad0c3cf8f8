/** Content loaders of our own, for content.config.ts. */
import { file } from 'astro/loaders';
import { parse } from 'yaml';

/**
 * Astro's file() loader for a YAML list, with each entry's place in the list added as `position`:
 * the content store sorts entries by id, and the checklist shows its questions (and weighs equal
 * reasons) in the order editors wrote them. Pair it with withPosition() from src/lib/schema/common.ts.
 */
export function yamlListInOrder(path: string) {
  return file(path, {
    parser: (text) => {
      const entries: unknown = parse(text);
      if (!Array.isArray(entries)) throw new Error(`${path}: expected a list of entries`);
      // A malformed entry (not a mapping) becomes an entry without an id, which file() reports.
      return entries.map((entry: unknown, position) => ({ ...(entry && typeof entry === 'object' ? entry : {}), position }));
    },
  });
}

/**
 * Astro's file() loader for a YAML list whose rows are keyed by `field` rather than `id` (the
 * effort profiles' `framework`): each row becomes the entry of that key. A repeated or missing key
 * throws, naming the file, so the build stops.
 */
export function yamlListKeyedBy(path: string, field: string) {
  return file(path, {
    parser: (text) => {
      const rows: unknown = parse(text);
      if (!Array.isArray(rows)) throw new Error(`${path}: expected a list of entries`);
      const byKey: Record<string, Record<string, unknown>> = {};
      rows.forEach((row: Record<string, unknown> | null, index) => {
        const key = row?.[field];
        if (typeof key !== 'string') throw new Error(`${path}: entry ${index + 1} has no string "${field}"`);
        if (key in byKey) throw new Error(`${path}: ${field} "${key}" is listed twice`);
        byKey[key] = row!;
      });
      return byKey;
    },
  });
}
