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
