/**
 * The search UI: Pagefind's own search API (pagefind.js, loaded only when the reader opens search or
 * lands on /search/), driven through the site's pipeline in src/lib/search, drawn here with DOM
 * nodes (never HTML strings, so nothing from the index or the query is parsed as markup).
 * Keyboard: Down arrow from the box moves into the results, Up/Down move between them, Enter opens
 * one, Escape goes back to the box (and, in the dialog, closes it).
 */
import type { CoverageData, CoverageNote } from '../lib/search/coverage';
import { coverageNote } from '../lib/search/coverage';
import { HIGHLIGHT_PARAM } from '../lib/search/highlight-param';
import { relatedPages, runSearch, SEARCH_RANKING, type Hit, type SearchEngine, type SearchOutcome } from '../lib/search/results';

interface PagefindModule extends SearchEngine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let engine: Promise<PagefindModule> | undefined;

function loadEngine(bundlePath: string, baseUrl: string): Promise<PagefindModule> {
  engine ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
    // noWorker: the index is small (tens of pages), so searching on the main thread takes a few
    // milliseconds, and skipping the worker saves 12 KB of the first search's transfer (with the
    // worker it measured 160 KB, over the 150 KB budget). Its price: on a throttled phone landing on
    // /search/?q=… the index's WebAssembly blocks the main thread for 270–1,180 ms in Lighthouse
    // (performance 76–95; with the worker 74 ms and 100; 7 Dec 2026, loaded machine).
    // highlightParam: result links carry ?highlight=<words>, which the landing page marks (highlight.ts).
    await pagefind.options({ basePath: bundlePath, baseUrl, noWorker: true, ranking: SEARCH_RANKING, highlightParam: HIGHLIGHT_PARAM });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    engine = undefined; // allow a retry on the next open
    throw new Error('Search is not available: the search index was not found. Run `npm run build` first.', { cause: error });
  });
  return engine;
}

async function loadCoverage(url: string): Promise<CoverageData | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as CoverageData) : undefined;
  } catch {
    return undefined; // search still works; it just cannot name frameworks or say what is covered
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function resultLink(hit: Hit): HTMLAnchorElement {
  const link = element('a', { href: hit.section?.url ?? hit.url, className: 'search-hit-link' }, hit.title);
  link.dataset.resultLink = '';
  if (hit.section) link.append(element('span', { className: 'search-hit-section' }, ` › ${hit.section.title}`));
  return link;
}

function resultItem(hit: Hit): HTMLLIElement {
  const excerpt = element('p', { className: 'search-hit-excerpt' });
  for (const segment of hit.excerpt) excerpt.append(segment.mark ? element('mark', {}, segment.text) : segment.text);
  const item = element('li', {}, resultLink(hit));
  if (hit.type) item.append(' ', element('span', { className: 'search-hit-type' }, hit.type));
  item.append(excerpt);
  return item;
}

function linkList(items: Array<{ title: string; path: string }>): DocumentFragment {
  const fragment = document.createDocumentFragment();
  items.forEach((item, index) => {
    if (index > 0) fragment.append(', ');
    const link = element('a', { href: item.path }, item.title);
    link.dataset.resultLink = '';
    fragment.append(link);
  });
  return fragment;
}

/** The line about coverage: a listed tool the guide does not cover, or, for no result, what it does cover. */
function coverageParagraph(note: CoverageNote, query: string, found: boolean): HTMLElement | undefined {
  if (note.kind === 'not-covered') {
    const link = element('a', { href: note.path }, `${note.tool} on “${note.listTitle}”`);
    link.dataset.resultLink = '';
    return element('p', {}, `The guide does not cover ${note.tool} in depth; see `, link, '.');
  }
  if (found || note.kind !== 'unknown') return undefined;
  const paragraph = element('p', {}, `No page of the guide is about “${query}”. It covers `);
  paragraph.append(linkList(note.frameworks.map((f) => ({ title: f.title, path: f.path }))), '. ');
  const next = note.otherTools
    ? { title: note.otherTools.title, path: note.otherTools.path, lead: 'Tools it does not cover are listed on ' }
    : { title: 'all frameworks', path: note.frameworksIndexPath, lead: 'Browse ' };
  paragraph.append(next.lead, linkList([{ title: next.title, path: next.path }]), '.');
  return paragraph;
}

/** "Did you mean Kubeflow?": the results shown are already the corrected query's; the link keeps it. */
function suggestionParagraph(typed: string, suggestion: string, searchFor: (term: string) => void): HTMLElement {
  const link = element('a', { href: `?q=${encodeURIComponent(suggestion)}` }, suggestion);
  link.dataset.resultLink = '';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    searchFor(suggestion);
  });
  return element('p', { className: 'search-suggestion' }, 'Did you mean ', link, `? No page holds “${typed}”; the results are for “${suggestion}”.`);
}

/** ", the best 6 below" when more pages match than are listed (the rest are a sharper query away). */
function bestOf(outcome: SearchOutcome): string {
  const listed = outcome.hits.length + outcome.alsoMatched.length;
  return listed < outcome.total ? `, the best ${listed} below` : '';
}

export interface MountOptions {
  /** The SearchPanel element. */
  panel: HTMLElement;
  bundlePath: string;
  baseUrl: string;
  /** Called with each term the reader searches for (the search page keeps it in the URL). */
  onSearch?: (term: string) => void;
}

export interface MountedSearch {
  search(term: string): void;
}

export async function mountSearch(options: MountOptions): Promise<MountedSearch> {
  const { panel } = options;
  const input = panel.querySelector<HTMLInputElement>('input[type="search"]')!;
  const summary = panel.querySelector<HTMLElement>('[role="status"]')!;
  const notice = panel.querySelector<HTMLElement>('[data-search-notice]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  const also = panel.querySelector<HTMLElement>('[data-search-also]')!;
  const selects = [...panel.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const [pagefind, coverage] = await Promise.all([loadEngine(options.bundlePath, options.baseUrl), loadCoverage(panel.dataset.coverage!)]);

  // Filter values with their counts over the whole guide; the counts follow the query as it changes.
  const allCounts = await pagefind.filters();
  for (const select of selects) {
    for (const value of Object.keys(allCounts[select.dataset.filter!] ?? {}).sort()) select.append(element('option', { value }, value));
  }

  const showCounts = (counts: SearchOutcome['filterCounts']) => {
    for (const select of selects) {
      for (const option of select.options) {
        if (!option.value) continue;
        const count = counts[select.dataset.filter!]?.[option.value] ?? allCounts[select.dataset.filter!]?.[option.value] ?? 0;
        option.textContent = `${option.value} (${count})`;
      }
    }
  };

  let latest = 0;
  const run = async (term: string) => {
    const ticket = ++latest;
    const query = term.trim().slice(0, 200);
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
    if (!query) {
      list.replaceChildren();
      notice.replaceChildren();
      also.hidden = true;
      summary.textContent = '';
      return;
    }
    const outcome = await runSearch(pagefind, query, { filters, coverage });
    const related = outcome.total === 0 ? await relatedPages(pagefind, query, { coverage }) : [];
    const shownFor = outcome.suggestion ?? query;
    if (ticket !== latest) return; // a newer query has started; drop this one
    options.onSearch?.(query);
    showCounts(outcome.filterCounts);
    const filtered = Object.keys(filters).length > 0 ? ' with the filters chosen' : '';
    summary.textContent =
      outcome.total === 0
        ? `No results for “${query}”${filtered}.`
        : `${outcome.total} ${outcome.total === 1 ? 'result' : 'results'} for “${shownFor}”${filtered}${bestOf(outcome)}.`;
    list.replaceChildren(...outcome.hits.map(resultItem));
    notice.replaceChildren();
    if (outcome.suggestion)
      notice.append(
        suggestionParagraph(query, outcome.suggestion, (term) => {
          input.value = term;
          void run(term);
        }),
      );
    const note = coverage && coverageNote(shownFor, coverage);
    const coverageLine = note && coverageParagraph(note, query, outcome.total > 0);
    if (coverageLine) notice.append(coverageLine);
    if (related.length > 0) {
      notice.append(element('p', {}, 'Pages with similar words: ', linkList(related.map((h) => ({ title: h.title, path: h.section?.url ?? h.url })))));
    }
    if (outcome.total === 0 && filtered) notice.append(element('p', {}, 'Set the filters back to “Any” to search every page.'));
    also.hidden = outcome.alsoMatched.length === 0;
    also.replaceChildren();
    if (outcome.alsoMatched.length > 0) {
      also.append(`Other comparisons that match (${outcome.alsoMatched.length}): `, linkList(outcome.alsoMatched.map((h) => ({ title: h.title, path: h.url }))));
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 120);
  };
  input.addEventListener('input', schedule);
  for (const select of selects) select.addEventListener('change', () => void run(input.value));
  panel.querySelector('form')!.addEventListener('submit', (event) => {
    // Enter in the box opens the first result (searching first if the reader was quicker than the
    // debounce); the form only submits to /search/ without JavaScript.
    event.preventDefault();
    clearTimeout(timer);
    void run(input.value).then(() => panel.querySelector<HTMLAnchorElement>('[data-result-link]')?.click());
  });

  // Arrow keys move through every result link in reading order; Escape in the results goes back to the box.
  panel.addEventListener('keydown', (event) => {
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('[data-result-link]')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (document.activeElement === input || index >= 0)) {
      const next = links[index + 1];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    } else if (event.key === 'ArrowUp' && index >= 0) {
      event.preventDefault();
      (links[index - 1] ?? input).focus();
    } else if (event.key === 'Escape' && index >= 0 && !panel.closest('dialog')) {
      event.preventDefault();
      input.focus();
    }
  });

  // A reader may type before the engine has loaded: search for what is already in the box, after
  // the same pause as any keystroke, so a reader still typing does not fetch results for half a word.
  if (input.value.trim()) schedule();
  return {
    search(term: string) {
      input.value = term;
      void run(term);
    },
  };
}
