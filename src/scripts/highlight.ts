/**
 * A page opened from a search result (?highlight=<words>) marks the words searched for, with
 * Pagefind's own highlighter. It is loaded only then, so articles carry a few bytes for it.
 */
import { HIGHLIGHT_PARAM } from '../lib/search/highlight-param';

interface HighlightModule {
  default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
}

const bundle = document.querySelector<HTMLElement>('[data-search-panel]')?.dataset.bundle;
if (bundle && new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  // addStyles: false, because the page's CSP allows no inline style; content.css styles the marks.
  import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)
    .then(({ default: Highlight }: HighlightModule) => new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false }))
    .catch(() => undefined); // the page reads the same without marks
}

export {};
