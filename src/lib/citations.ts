/**
 * Citations: which sources a page cites, in what order, and what cites each source.
 * Source numbers are global (their position in content/data/sources.yaml), so "[12]" means the
 * same source on every page and on /sources/.
 */

/** Every source id found in `sources` arrays anywhere inside a frontmatter object, in order. */
export function sourceIdsIn(value: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node && typeof node === 'object' && !(node instanceof Date)) {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'sources' && Array.isArray(child)) {
          found.push(...child.filter((id): id is string => typeof id === 'string'));
        } else {
          visit(child);
        }
      }
    }
  };
  visit(value);
  return found;
}

/** Source ids cited in an MDX body through <Cite ids="a b" />. */
export function sourceIdsInBody(body: string): string[] {
  return [...body.matchAll(/<Cite\s+ids="([^"]*)"/g)].flatMap((match) => match[1]!.trim().split(/\s+/).filter(Boolean));
}

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/** All distinct sources a page cites: frontmatter first, then the body, in order of first use. */
export function pageSourceIds(data: unknown, body = ''): string[] {
  return unique([...sourceIdsIn(data), ...sourceIdsInBody(body)]);
}

export interface CitingPage {
  title: string;
  path: string;
}

/** For /sources/: source id → the pages that cite it, each page once. */
export function citationIndex(pages: ReadonlyArray<CitingPage & { sourceIds: readonly string[] }>): Map<string, CitingPage[]> {
  const index = new Map<string, CitingPage[]>();
  for (const page of pages) {
    for (const id of unique(page.sourceIds)) {
      const list = index.get(id) ?? [];
      list.push({ title: page.title, path: page.path });
      index.set(id, list);
    }
  }
  return index;
}

/** A citation's quote is short: enough to show the claim is there, not a copy of the page. */
export const QUOTE_MAX_WORDS = 30;

export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * Quotes became part of the evidence on this date: a stored fact checked on or after it must cite at
 * least one source that carries a quote. A fact checked earlier gets its quote when it is next
 * re-checked (and `npm run stale` lists it until then).
 */
export const QUOTES_REQUIRED_FROM = new Date('2026-12-07T00:00:00Z');

/**
 * Stored (volatile) facts checked since `since` none of whose sources carries a quote: a reader
 * checking a version, price, status or compliance scope in place needs the source's own words.
 */
export function factsWithoutQuote(
  facts: Iterable<{ id: string; sources: readonly string[]; asOf: Date }>,
  quoted: ReadonlySet<string>,
  since: Date = QUOTES_REQUIRED_FROM,
): string[] {
  return [...facts]
    .filter((fact) => fact.asOf.getTime() >= since.getTime())
    .filter((fact) => !fact.sources.some((id) => quoted.has(id)))
    .map((fact) => fact.id);
}
