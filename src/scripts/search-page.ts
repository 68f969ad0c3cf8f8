import { mountSearch, showError } from './search';

const host = document.querySelector<HTMLElement>('[data-search-page]');
const root = host?.querySelector<HTMLElement>('[data-search-root]');
const status = host?.querySelector<HTMLElement>('[data-search-status]');

/** Keeps ?q= in step with what the reader typed, so the address can be shared or reloaded. */
function keepQueryInUrl(term: string): void {
  const url = new URL(location.href);
  if (term.trim()) url.searchParams.set('q', term.trim());
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

if (host && root && status) {
  const query = new URLSearchParams(location.search).get('q')?.trim().slice(0, 200) ?? '';
  mountSearch({ root, status, bundlePath: host.dataset.bundle!, baseUrl: host.dataset.base!, autofocus: !query, onSearch: keepQueryInUrl })
    .then((ui) => {
      if (query) ui.triggerSearch(query);
    })
    .catch((error: unknown) => showError(root, error));
}
