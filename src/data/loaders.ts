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
 * Astro's file() loader for a YAML list of per-framework rows keyed by `framework` (the decision
 * profiles), each entry's id being its framework; a row without one keeps a placeholder id so its
 * schema names the missing field.
 */
export function yamlRowsByFramework(path: string) {
  return file(path, {
    parser: (text) => {
      const rows: unknown = parse(text);
      if (!Array.isArray(rows)) throw new Error(`${path}: expected a list of entries`);
      return Object.fromEntries(
        rows.map((row: unknown, index) => {
          const entry = (row && typeof row === 'object' ? row : {}) as Record<string, unknown>;
          return [typeof entry.framework === 'string' ? entry.framework : `row-${index + 1}`, entry];
        }),
      );
    },
  });
}
