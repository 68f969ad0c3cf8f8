/**
 * The search pipeline shared by the browser and the Node tests: ask Pagefind with the meaningful
 * words, put the page a query names first (the pair page for "X vs Y", the framework page for a
 * query that is one framework's name), re-rank the first few results by
 * whether they hold the query as a phrase (in the title, a section heading or the text), link each
 * to its best-matching section with a short excerpt, and fold near-duplicate pair pages into one
 * group. The engine is passed in, so this module has no DOM and no network of its own.
 */
import { PAGE_TYPE_LABELS } from '../site';
import { readNames, type CoverageData } from './coverage';
import { questionIntent } from './intent';
import { suggestQuery, vocabulary, type Vocabulary } from './suggest';
import { engineQuery, highlight, matchesTerm, meaningfulTerms, STOP_WORDS, words, type Segment } from './terms';

export interface EngineAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** The parts of a Pagefind result's `data()` this pipeline reads. */
export interface EngineData {
  url: string;
  meta: Record<string, string | undefined>;
  content: string;
  locations: number[];
  anchors: EngineAnchor[];
  filters: Record<string, string[]>;
}

export interface EngineResult {
  id: string;
  score: number;
  data(): Promise<EngineData>;
}

export type FilterValue = string | { all: string[] };

export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchEngine {
  search(term: string | null, options?: { filters?: Record<string, FilterValue> }): Promise<{ results: EngineResult[]; filters?: FilterCounts }>;
}

export interface Hit {
  /** The page. */
  url: string;
  title: string;
  type: string | undefined;
  /** The section of the page that best matches, when the match is not at the top of the page. */
  section: { title: string; url: string } | undefined;
  excerpt: Segment[];
  /** The frameworks the page is about (Pagefind's framework filter). */
  frameworks: string[];
}

export interface SearchOutcome {
  query: string;
  /** How many pages matched in all. */
  total: number;
  /** The first results, ranked and with their sections. */
  hits: Hit[];
  /** Pages that are near-duplicates of a hit above (further pair pages), listed by title only. */
  alsoMatched: Hit[];
  /** How many results each filter value would leave, for this query. */
  filterCounts: FilterCounts;
  /**
   * When no page holds the words as typed and a near name does ("kubeflw"): the corrected query,
   * whose results these are.
   */
  suggestion?: string;
}

export interface SearchOptions {
  filters?: Record<string, string> | undefined;
  coverage?: CoverageData | undefined;
  /** How many results to load and re-rank (each costs one fragment download). */
  window?: number;
}

/**
 * Pagefind's ranking weights, set the same way in the browser and in the Node tests. Against
 * Pagefind's defaults only termSaturation changes (1.4 → 2): repeated terms count a little longer,
 * so the page that treats a topic at length outranks a page that names it once. Measured on the
 * relevance set: one more hit ("SOC 2" → the security and compliance page), no loss.
 */
export const SEARCH_RANKING = { termFrequency: 1, pageLength: 0.75, termSaturation: 2, termSimilarity: 1 };

const EXCERPT_WORDS = 26;
const PAIR_TYPE = PAGE_TYPE_LABELS.compare;
const FRAMEWORK_TYPE = PAGE_TYPE_LABELS.framework;

/** Dt anchors run their parts together ("Audit logAlso: audit trail"); keep the term itself. */
function anchorTitle(text: string): string {
  return text.split(/(?<=[\p{L}\p{N})])(?=\p{Lu}\p{Ll}*:)/u)[0]!.trim();
}

interface Place {
  /** Index in the page's words where the best match starts. */
  at: number;
  /** How many distinct terms occur within a short span from there. */
  distinct: number;
  /** Whether the terms occur there in order, adjacent once common words are skipped. */
  phrase: boolean;
}

/**
 * The best place on the page for these terms: inside a heading or glossary term that holds them all,
 * else where they form a phrase, else where the most distinct terms sit close together.
 */
function bestPlace(pageWords: readonly string[], locations: readonly number[], terms: readonly string[], anchors: readonly EngineAnchor[]): Place | undefined {
  let best: (Place & { inAnchor: boolean }) | undefined;
  const span = Math.max(8, terms.length * 3);
  const namedBy = anchors
    .map((anchor) => ({ start: anchor.location, end: anchor.location + words(anchorTitle(anchor.text)).length, name: anchorTitle(anchor.text) }))
    .filter((a) => containsAll(a.name, terms));
  for (const at of locations) {
    const nearby = pageWords.slice(at, at + span);
    const distinct = terms.filter((term) => nearby.some((word) => matchesTerm(word, term))).length;
    const phrase = terms.length > 1 && isPhraseAt(pageWords, at, terms);
    const inAnchor = namedBy.some((a) => at >= a.start && at < a.end);
    const score = (p: { inAnchor: boolean; phrase: boolean; distinct: number }) => Number(p.inAnchor) * 1000 + Number(p.phrase) * 100 + p.distinct;
    if (!best || score({ inAnchor, phrase, distinct }) > score(best)) best = { at, distinct, phrase, inAnchor };
  }
  return best;
}

/** The terms in order from `at`, allowing common words (or nothing) between them. */
function isPhraseAt(pageWords: readonly string[], at: number, terms: readonly string[]): boolean {
  let index = at;
  for (const term of terms) {
    let skipped = 0;
    while (index < pageWords.length && !matchesTerm(pageWords[index]!, term)) {
      index += 1;
      skipped += 1;
      if (skipped > 2) return false;
    }
    if (index >= pageWords.length) return false;
    index += 1;
  }
  return true;
}

function containsAll(text: string, terms: readonly string[]): boolean {
  const textWords = words(text);
  return terms.every((term) => textWords.some((word) => matchesTerm(word, term)));
}

interface Ranked {
  hit: Hit;
  tier: number;
  order: number;
  /** Whether the page holds every term as typed (Pagefind also matches near spellings). */
  literal: boolean;
}

/**
 * Within one tier, a dimension page (the guide's page on a topic) moves ahead of up to two tool,
 * guide or comparison pages just above it: for a topic or an acronym it answers the question, where
 * those only mention it. It never passes a framework page, which is as primary as itself.
 */
const TOPIC_PAGE_TYPE = PAGE_TYPE_LABELS.dimension;
const SECONDARY_TYPES: ReadonlySet<string> = new Set([PAGE_TYPE_LABELS.tool, PAGE_TYPE_LABELS.guide, PAGE_TYPE_LABELS.compare, PAGE_TYPE_LABELS.overview]);
const TOPIC_PAGE_MAX_LIFT = 2;

function liftTopicPages(ranked: Ranked[]): Ranked[] {
  const list = [...ranked];
  for (let index = 0; index < list.length; index += 1) {
    if (list[index]!.hit.type !== TOPIC_PAGE_TYPE) continue;
    let at = index;
    while (at > 0 && index - at < TOPIC_PAGE_MAX_LIFT) {
      const above = list[at - 1]!;
      if (above.tier !== list[at]!.tier || !SECONDARY_TYPES.has(above.hit.type ?? '')) break;
      [list[at - 1], list[at]] = [list[at]!, above];
      at -= 1;
    }
  }
  return list;
}

function rank(data: EngineData, terms: readonly string[], order: number, pinned: boolean): Ranked {
  const pageWords = data.content.split(/\s+/);
  const title = data.meta.title ?? data.url;
  // The pair page a query names answers it as a whole: its excerpt opens where the page does.
  const fromTop = pinned && data.filters.type?.[0] === PAIR_TYPE;
  const place = fromTop ? undefined : bestPlace(pageWords, data.locations, terms, data.anchors);
  // The anchor (heading or glossary term) the best match sits under, if it is not the page itself.
  // (A table whose caption repeats the page title is not a section worth naming.)
  const anchor = place && [...data.anchors].reverse().find((a) => a.location <= place.at && a.element !== 'h1' && anchorTitle(a.text) !== title);
  const anchorName = anchor ? anchorTitle(anchor.text) : '';
  const start = place ? Math.max(0, place.at - 6) : 0;
  const excerptWords = pageWords.slice(start, start + EXCERPT_WORDS);
  const excerpt = `${start > 0 ? '… ' : ''}${excerptWords.join(' ')}${start + EXCERPT_WORDS < pageWords.length ? ' …' : ''}`;

  // Tiers, highest first: the page a query names (a pair or a framework); the query is the title or a section heading;
  // the title holds every term; the text holds the phrase; everything else in Pagefind's order.
  const titleWords = words(title).filter((word) => !STOP_WORDS.has(word));
  const titleIsQuery = terms.length > 0 && titleWords.length === terms.length && containsAll(title, terms);
  const headingIsQuery = anchorName !== '' && containsAll(anchorName, terms) && words(anchorName).length <= terms.length + 2;
  let tier = 0;
  if (pinned) tier = 5;
  else if (titleIsQuery) tier = 4;
  else if (headingIsQuery) tier = 3;
  else if (containsAll(title, terms)) tier = 2;
  else if (place?.phrase) tier = 1;

  const literal = terms.every((term) => pageWords.some((word) => matchesTerm(word, term)) || words(title).some((word) => matchesTerm(word, term)));
  return {
    order,
    tier,
    literal,
    hit: {
      url: data.url,
      title,
      type: data.filters.type?.[0],
      section: anchor ? { title: anchorName, url: `${data.url}#${anchor.id}` } : undefined,
      excerpt: highlight(excerpt, terms),
      frameworks: data.filters.framework ?? [],
    },
  };
}

/** A pair page: a comparison about exactly two frameworks. */
function isPairPage(hit: Hit): boolean {
  return hit.type === PAIR_TYPE && hit.frameworks.length === 2;
}

/**
 * The page a query names outright, as Pagefind filters: "X vs Y" (or "X or Y", whatever the wording
 * around it) is the page comparing exactly these two; a query that is only one framework's name
 * ("Azure Databricks", "wandb") is that framework's page, ahead of the pair pages that also carry
 * the name. Undefined when the query names no framework, or names one among other words.
 */
function pinnedFilters(query: string, coverage: CoverageData): Record<string, FilterValue> | undefined {
  const { frameworks, onlyNames } = readNames(query, coverage);
  if (frameworks.length === 2) return { type: PAIR_TYPE, framework: { all: frameworks.map((f) => f.title) } };
  if (frameworks.length === 1 && onlyNames) return { type: FRAMEWORK_TYPE, framework: frameworks[0]!.title };
  return undefined;
}

/**
 * The page that answers a question outright ("how much does Kubeflow cost": the calculator), found
 * by its title among the first results for it. Undefined when the query asks no such question.
 */
async function answerPage(engine: SearchEngine, query: string, coverage: CoverageData, filters: Record<string, FilterValue>): Promise<EngineResult | undefined> {
  const intent = questionIntent(query, readNames(query, coverage).frameworks.length > 0);
  const answer = intent && coverage.answers?.[intent];
  if (!answer) return undefined;
  const candidates = (await engine.search(engineQuery(answer.title), { filters })).results.slice(0, 5);
  for (const candidate of candidates) if ((await candidate.data()).url.split(/[?#]/)[0] === answer.path) return candidate;
  return undefined;
}

async function searchOnce(engine: SearchEngine, query: string, options: SearchOptions): Promise<{ outcome: SearchOutcome; literal: boolean }> {
  const term = engineQuery(query);
  const terms = meaningfulTerms(query);
  const filters: Record<string, FilterValue> = { ...options.filters };
  const window = options.window ?? 6;
  if (term === '') return { outcome: { query, total: 0, hits: [], alsoMatched: [], filterCounts: {} }, literal: false };

  const response = await engine.search(term, { filters });
  let results = response.results;
  let pinnedId: string | undefined;
  const { coverage } = options;
  const free = coverage && !options.filters?.type && !options.filters?.framework;
  const pin = free ? pinnedFilters(query, coverage) : undefined;
  let found: EngineResult | undefined;
  if (pin) found = (await engine.search(null, { filters: { ...filters, ...pin } })).results[0];
  else if (coverage && !options.filters?.type) found = await answerPage(engine, query, coverage, filters);
  if (found) {
    // The same page from the term search knows where the words sit, so it links to that section.
    const pinned = results.find((r) => r.id === found.id) ?? found;
    pinnedId = pinned.id;
    results = [pinned, ...results.filter((r) => r.id !== pinned.id)];
  }

  const loaded = await Promise.all(results.slice(0, window).map(async (result) => ({ result, data: await result.data() })));
  const ranked = loaded.map(({ result, data }, order) => rank(data, terms, order, result.id === pinnedId)).sort((a, b) => b.tier - a.tier || a.order - b.order);
  const ordered = liftTopicPages(ranked).map((r) => r.hit);

  // Pair pages read alike: the best one stays in the list, the others are folded under it.
  const hits: Hit[] = [];
  const alsoMatched: Hit[] = [];
  for (const hit of ordered) {
    if (isPairPage(hit) && hits.some(isPairPage)) alsoMatched.push(hit);
    else hits.push(hit);
  }
  const outcome = { query, total: results.length, hits, alsoMatched, filterCounts: response.filters ?? {} };
  return { outcome, literal: ranked.some((r) => r.literal) };
}

/** The guide's vocabulary, built once per coverage file. */
const vocabularies = new WeakMap<readonly string[], Vocabulary>();
function knownWords(names: readonly string[]): Vocabulary {
  let known = vocabularies.get(names);
  if (!known) vocabularies.set(names, (known = vocabulary(names)));
  return known;
}

export async function runSearch(engine: SearchEngine, query: string, options: SearchOptions = {}): Promise<SearchOutcome> {
  const first = await searchOnce(engine, query, options);
  const names = options.coverage?.vocabulary;
  // Pagefind matches near spellings too, so a typo finds pages that never hold the word typed:
  // only when no page holds every word as typed is a correction tried.
  if (first.literal || !names) return first.outcome;
  const suggestion = suggestQuery(query, knownWords(names));
  if (!suggestion) return first.outcome;
  const second = await searchOnce(engine, suggestion, options);
  return second.outcome.total > 0 ? { ...second.outcome, query, suggestion } : first.outcome;
}

/**
 * For a query that found nothing: the same search with each long word cut to its first four
 * letters, which Pagefind matches as a prefix, so "kubeflw" still finds Kubeflow. Empty when that
 * finds nothing either, or when the query has no long word to shorten.
 */
export async function relatedPages(engine: SearchEngine, query: string, options: SearchOptions = {}): Promise<Hit[]> {
  const terms = meaningfulTerms(query);
  const relaxed = terms.map((term) => (term.length > 4 ? term.slice(0, 4) : term)).join(' ');
  if (relaxed === terms.join(' ')) return [];
  const outcome = await runSearch(engine, relaxed, { ...options, window: 3 });
  return outcome.hits.slice(0, 3);
}
