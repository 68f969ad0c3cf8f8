import { mountSearch, showError } from './search';

const panel = document.querySelector<HTMLElement>('main [data-search-panel]');

/** Keeps ?q= in step with what the reader typed, so the address can be shared or reloaded. */
function keepQueryInUrl(term: string): void {
  const url = new URL(location.href);
  if (term.trim()) url.searchParams.set('q', term.trim());
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

if (panel) {
  // Read as text, trimmed and capped: it only ever becomes an input's value and a search term.
  const query = new URLSearchParams(location.search).get('q')?.trim().slice(0, 200) ?? '';
  const input = panel.querySelector('input')!;
  input.value = query;
  if (!query) input.focus();
  mountSearch({ panel, bundlePath: panel.dataset.bundle!, baseUrl: panel.dataset.base!, onSearch: keepQueryInUrl })
    .then((search) => {
      if (query) search.search(query);
    })
    .catch((error: unknown) => showError(panel, error));
}
