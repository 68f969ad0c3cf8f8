/**
 * What the guide covers, for search: which frameworks a query names (so "X vs Y" finds the pair
 * page), and, when a query finds nothing, whether the tool asked about is covered. Built at
 * build time from the collections (src/pages/search/coverage.json.ts), so a framework or a listed
 * tool added as content is known here without a code change.
 */
import type { Intent } from './intent';
import { STOP_WORDS, words } from './terms';

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
  /** Every name the guide uses (frameworks and aliases, dimensions, tools, tools not covered): what "Did you mean" corrects to. */
  vocabulary?: string[];
  /** The page that answers each kind of question ("how much does X cost": the calculator). */
  answers?: Partial<Record<Intent, { title: string; path: string }>>;
}

/**
 * The words of a name or a query that identify it: lower-cased, without common words, so
 * "Weights & Biases" and "weights and biases" are the same two words.
 */
function nameWords(text: string): string[] {
  return words(text).filter((word) => !STOP_WORDS.has(word));
}

/** Whether `name` (its words) starts at `start` in `queryWords`. */
function nameAt(queryWords: readonly string[], start: number, name: readonly string[]): boolean {
  return name.length > 0 && start + name.length <= queryWords.length && name.every((word, offset) => queryWords[start + offset] === word);
}

/** Where the words of `name` start, in order and adjacent, among `queryWords`; -1 when they do not. */
function containsName(queryWords: readonly string[], name: string): number {
  const target = nameWords(name);
  for (let start = 0; start < queryWords.length; start += 1) if (nameAt(queryWords, start, target)) return start;
  return -1;
}

export interface NamedFrameworks {
  /** The covered frameworks the query names, in the order it names them, each once. */
  frameworks: CoveredFramework[];
  /** Whether the names are all the query says (besides common words and "vs" or "or"). */
  onlyNames: boolean;
}

/** Words that join two names in a comparison query without adding a topic of their own. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['vs', 'or']);

/**
 * Reads the query left to right; at each word the longest name of any framework that starts there
 * wins, so "Azure Databricks" is Databricks, not Azure Machine Learning and Databricks.
 */
export function readNames(query: string, coverage: CoverageData): NamedFrameworks {
  const queryWords = nameWords(query);
  const names = coverage.frameworks.flatMap((framework) => framework.names.map((name) => ({ framework, words: nameWords(name) })));
  const frameworks: CoveredFramework[] = [];
  let onlyNames = queryWords.length > 0;
  let at = 0;
  while (at < queryWords.length) {
    let best: (typeof names)[number] | undefined;
    for (const name of names) if ((!best || name.words.length > best.words.length) && nameAt(queryWords, at, name.words)) best = name;
    if (best) {
      if (!frameworks.includes(best.framework)) frameworks.push(best.framework);
      at += best.words.length;
    } else {
      if (!JOINING_WORDS.has(queryWords[at]!)) onlyNames = false;
      at += 1;
    }
  }
  return { frameworks, onlyNames: onlyNames && frameworks.length > 0 };
}

/** The covered frameworks a query names, in the order it names them. */
export function namedFrameworks(query: string, coverage: CoverageData): CoveredFramework[] {
  return readNames(query, coverage).frameworks;
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
  const queryWords = nameWords(query);
  const listed = coverage.otherTools?.tools.find((tool) => containsName(queryWords, tool.name) >= 0);
  if (listed && coverage.otherTools) return { kind: 'not-covered', tool: listed.name, path: listed.path, listTitle: coverage.otherTools.title };
  return { kind: 'unknown', query, frameworks: coverage.frameworks, frameworksIndexPath: coverage.frameworksIndexPath, otherTools: coverage.otherTools };
}

export interface FrameworkNames {
  id: string;
  title: string;
  shortName: string;
  aliases: ReadonlyArray<{ name: string; relation: string }>;
  path: string;
}

/**
 * A version scheme ("MLflow 3") is not a name; every other alias is one a reader may type: former
 * and umbrella names, repositories ("wandb") and the products sold under the framework ("Azure
 * Databricks", "W&B Weave"), whose questions its page answers.
 */
const NOT_A_NAME = new Set(['version scheme']);

/** "Kubeflow Pipelines (KFP)" is searched as "Kubeflow Pipelines": the brackets hold a gloss. */
function withoutGloss(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').trim();
}

/** A framework's own names, as its pages list them: title, short name, id and every alias that is a name. */
export function frameworkNames(framework: Omit<FrameworkNames, 'path'>): string[] {
  const names = [framework.title, framework.shortName, framework.id, ...framework.aliases.filter((a) => !NOT_A_NAME.has(a.relation)).map((a) => withoutGloss(a.name))];
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = nameWords(name).join(' ');
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The names a reader may use for each framework: its own names (above), and the first word of its
 * title and short name when no other framework starts with the same word ("Azure", "Vertex",
 * "SageMaker"). A name two frameworks share ("Managed MLflow") names neither, and a product the page
 * of tools not covered lists on its own (`listedTools`, "KServe") is that page's answer, not a name.
 */
export function coveredFrameworks(frameworks: readonly FrameworkNames[], listedTools: readonly string[] = []): CoveredFramework[] {
  const key = (name: string) => nameWords(name).join(' ');
  const own = frameworks.map((framework) => frameworkNames(framework));
  const claims = new Map<string, number>();
  for (const name of own.flat()) claims.set(key(name), (claims.get(key(name)) ?? 0) + 1);
  const listed = new Set(listedTools.map(key));
  const firstWords = frameworks.map((f) => [...new Set([words(f.title)[0], words(f.shortName)[0]])].filter((w): w is string => !!w && w.length >= 3));
  return frameworks.map((framework, index) => {
    const primary = new Set([framework.title, framework.shortName, framework.id].map(key));
    const others = new Set(firstWords.filter((_, i) => i !== index).flat());
    const names = [
      ...own[index]!.filter((name) => claims.get(key(name)) === 1 && (primary.has(key(name)) || !listed.has(key(name)))),
      ...firstWords[index]!.filter((word) => !others.has(word)),
    ];
    return { title: framework.title, names: names.filter((name, at) => names.findIndex((other) => key(other) === key(name)) === at), path: framework.path };
  });
}
