/**
 * Pagefind's own default UI, loaded only when the reader opens search (or lands on /search/), so
 * pages cost almost no JavaScript until then. The bundle path comes from the page (it includes the
 * base path); Pagefind cannot guess it under a sub-path.
 */

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
type PagefindUIConstructor = new (options: Record<string, unknown>) => PagefindUIInstance;

declare global {
  interface Window {
    PagefindUI?: PagefindUIConstructor;
  }
}

let loading: Promise<PagefindUIConstructor> | undefined;

function loadPagefindUI(bundlePath: string): Promise<PagefindUIConstructor> {
  loading ??= new Promise<PagefindUIConstructor>((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${bundlePath}pagefind-ui.css`;
    document.head.append(style);
    const script = document.createElement('script');
    script.src = `${bundlePath}pagefind-ui.js`;
    script.onload = () => (window.PagefindUI ? resolve(window.PagefindUI) : reject(new Error('Pagefind UI did not load')));
    script.onerror = () => reject(new Error('Search is not available: the search index was not found. Run `npm run build` first.'));
    document.head.append(script);
  }).catch((error: unknown) => {
    loading = undefined; // allow a retry on the next open
    throw error;
  });
  return loading;
}

/**
 * Mirrors Pagefind's result message ("12 results for kubeflow") into a polite live region, so
 * screen-reader users hear the outcome of a search without the whole result list being read out.
 */
function announceResults(root: HTMLElement, status: HTMLElement): void {
  let last = '';
  new MutationObserver(() => {
    const message = root.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
    if (message && message !== last) {
      last = message;
      status.textContent = message;
    }
  }).observe(root, { subtree: true, childList: true, characterData: true });
}

export interface MountOptions {
  root: HTMLElement;
  status: HTMLElement;
  bundlePath: string;
  baseUrl: string;
  autofocus: boolean;
  /** Called with each term the reader searches for (the search page keeps it in the URL). */
  onSearch?: (term: string) => void;
}

export async function mountSearch(options: MountOptions): Promise<PagefindUIInstance> {
  const PagefindUI = await loadPagefindUI(options.bundlePath);
  const ui = new PagefindUI({
    element: options.root,
    bundlePath: options.bundlePath,
    baseUrl: options.baseUrl,
    showSubResults: true,
    showImages: false,
    autofocus: options.autofocus,
    resetStyles: false,
    translations: { placeholder: 'Search frameworks, dimensions and guides' },
    processTerm: (term: string) => {
      options.onSearch?.(term);
      return term;
    },
  });
  const input = options.root.querySelector<HTMLInputElement>('input');
  if (input && !input.labels?.length && !input.getAttribute('aria-label')) input.setAttribute('aria-label', 'Search the guide');
  announceResults(options.root, options.status);
  return ui;
}

export function showError(root: HTMLElement, error: unknown): void {
  const message = document.createElement('p');
  message.className = 'note';
  message.textContent = error instanceof Error ? error.message : 'Search could not be loaded.';
  root.replaceChildren(message);
}
