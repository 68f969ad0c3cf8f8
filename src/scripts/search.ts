/**
 * Search with Pagefind's own modular UI, loaded only when the reader opens search (or lands on
 * /search/), so pages cost almost no JavaScript until then. The modular UI is about 6 KB gzipped
 * against 34 KB for the default UI, which keeps the first search within its 150 KB budget; the
 * input, its label and the live result summary are our own static markup (see SearchPanel.astro).
 * The bundle path comes from the page, since it includes the base path and Pagefind cannot guess
 * it under a sub-path.
 */

interface PagefindInstance {
  add(component: unknown): void;
  on(event: 'search', handler: (term: string) => void): void;
  triggerSearch(term: string): void;
}
interface ModularUI {
  Instance: new (options: Record<string, unknown>) => PagefindInstance;
  Input: new (options: Record<string, unknown>) => unknown;
  Summary: new (options: Record<string, unknown>) => unknown;
  ResultList: new (options: Record<string, unknown>) => unknown;
  FilterPills: new (options: Record<string, unknown>) => unknown;
}

declare global {
  interface Window {
    PagefindModularUI?: ModularUI;
  }
}

let loading: Promise<ModularUI> | undefined;

function loadModularUI(bundlePath: string): Promise<ModularUI> {
  loading ??= new Promise<ModularUI>((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${bundlePath}pagefind-modular-ui.css`;
    document.head.append(style);
    const script = document.createElement('script');
    script.src = `${bundlePath}pagefind-modular-ui.js`;
    script.onload = () => (window.PagefindModularUI ? resolve(window.PagefindModularUI) : reject(new Error('The search UI did not load.')));
    script.onerror = () => reject(new Error('Search is not available: the search index was not found. Run `npm run build` first.'));
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = undefined; // allow a retry on the next open
    throw error;
  });
  return loading;
}

export interface MountOptions {
  /** The SearchPanel element; its children carry ids built from `data-prefix`. */
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
  const ui = await loadModularUI(options.bundlePath);
  const prefix = options.panel.dataset.prefix!;
  const input = options.panel.querySelector<HTMLInputElement>(`#${prefix}-input`)!;
  // noWorker: the index is small (tens of pages), so searching on the main thread takes a few
  // milliseconds, and skipping the worker saves 12 KB of the first search's transfer.
  const instance = new ui.Instance({ bundlePath: options.bundlePath, baseUrl: options.baseUrl, noWorker: true });
  instance.add(new ui.Input({ inputElement: `#${prefix}-input` }));
  for (const [filter, container] of [
    ['type', `#${prefix}-filters`],
    ['framework', `#${prefix}-framework-filters`],
  ]) {
    const pills = new ui.FilterPills({ containerElement: container, filter }) as { available: unknown };
    // Pagefind 1.6's FilterPills starts with `available = {}` and throws ("available.map is not a
    // function") if results arrive before its filter counts; an empty list is the safe start.
    pills.available = [];
    instance.add(pills);
  }
  instance.add(new ui.Summary({ containerElement: `#${prefix}-summary`, defaultMessage: '' }));
  instance.add(new ui.ResultList({ containerElement: `#${prefix}-results`, showImages: false }));
  if (options.onSearch) instance.on('search', options.onSearch);
  // A reader may type before the UI has loaded: search for what is already in the box.
  if (input.value.trim()) instance.triggerSearch(input.value);
  return {
    search(term: string) {
      input.value = term;
      instance.triggerSearch(term);
    },
  };
}

export function showError(panel: HTMLElement, error: unknown): void {
  const summary = panel.querySelector<HTMLElement>('[role="status"]');
  if (summary) summary.textContent = error instanceof Error ? error.message : 'Search could not be loaded.';
}
