/**
 * What the guide covers, for search: which frameworks a query names (so "X vs Y" finds the pair
 * page), and, when a query finds nothing, whether the tool asked about is covered. Built at
 * build time from the collections (src/pages/search/coverage.json.ts), so a framework or a listed
 * tool added as content is known here without a code change.
 */
import { words } from './terms';

export interface CoveredFramework {
  /** The name Pagefind's framework filter uses (the page title). */
  title: string;
  /** Every name a reader may type: title, short name, former and alternative names. */
  names: string[];
  path: string;
}

export interface CoverageData {
  frameworks: CoveredFramework[];
  frameworksIndexPath: string;
  /** The page of tools the guide does not cover, once it exists, with the tools it lists. */
  otherTools: { title: string; path: string; tools: Array<{ name: string; path: string }> } | null;
}

/** Where the words of `name` start, in order and adjacent, among `queryWords`; -1 when they do not. */
function containsName(queryWords: readonly string[], name: string): number {
  const nameWords = words(name);
  if (nameWords.length === 0) return -1;
  for (let start = 0; start + nameWords.length <= queryWords.length; start += 1) {
    if (nameWords.every((word, offset) => queryWords[start + offset] === word)) return start;
  }
  return -1;
}

/**
 * The covered frameworks a query names, in the order it names them. The longest matching name wins,
 * so "Azure Machine Learning" is one framework, not a stray "Azure".
 */
export function namedFrameworks(query: string, coverage: CoverageData): CoveredFramework[] {
  const queryWords = words(query);
  const found: Array<{ framework: CoveredFramework; at: number }> = [];
  for (const framework of coverage.frameworks) {
    const positions = framework.names.map((name) => containsName(queryWords, name)).filter((at) => at >= 0);
    if (positions.length > 0) found.push({ framework, at: Math.min(...positions) });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.framework);
}

export type CoverageNote =
  | { kind: 'covered'; frameworks: CoveredFramework[] }
  | { kind: 'not-covered'; tool: string; path: string; listTitle: string }
  | { kind: 'unknown'; query: string; frameworks: CoveredFramework[]; frameworksIndexPath: string; otherTools: CoverageData['otherTools'] };

/**
 * What search can say about coverage: the query names a covered framework; it names a tool on the
 * page of tools not covered; or the guide has nothing on it, in which case the reader gets the list
 * of frameworks it does cover and where to look next.
 */
export function coverageNote(query: string, coverage: CoverageData): CoverageNote {
  const named = namedFrameworks(query, coverage);
  if (named.length > 0) return { kind: 'covered', frameworks: named };
  const queryWords = words(query);
  const listed = coverage.otherTools?.tools.find((tool) => containsName(queryWords, tool.name) >= 0);
  if (listed && coverage.otherTools) return { kind: 'not-covered', tool: listed.name, path: listed.path, listTitle: coverage.otherTools.title };
  return { kind: 'unknown', query, frameworks: coverage.frameworks, frameworksIndexPath: coverage.frameworksIndexPath, otherTools: coverage.otherTools };
}

export interface FrameworkNames {
  title: string;
  shortName: string;
  /** Former and umbrella names only: a related product is a different thing from the framework. */
  aliases: ReadonlyArray<{ name: string; relation: string }>;
  path: string;
}

const NAME_RELATIONS = new Set(['former name', 'new umbrella name']);

/**
 * The names a reader may use for each framework: its title, short name, former and umbrella names,
 * and the first word of its title and short name when no other framework starts with the same word
 * ("Azure", "Vertex", "SageMaker").
 */
export function coveredFrameworks(frameworks: readonly FrameworkNames[]): CoveredFramework[] {
  const firstWords = frameworks.map((f) => [...new Set([words(f.title)[0], words(f.shortName)[0]])].filter((w): w is string => !!w && w.length >= 3));
  return frameworks.map((framework, index) => {
    const others = new Set(firstWords.filter((_, i) => i !== index).flat());
    const names = [
      framework.title,
      framework.shortName,
      ...framework.aliases.filter((alias) => NAME_RELATIONS.has(alias.relation)).map((alias) => alias.name),
      ...firstWords[index]!.filter((word) => !others.has(word)),
    ];
    return { title: framework.title, names: [...new Set(names)], path: framework.path };
  });
}
