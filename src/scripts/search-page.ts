/**
 * /search/: the search module loads as on every other page, on demand (here, at once), so the page
 * itself carries only this small starter; a query in the address runs as soon as it has loaded.
 */
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
  import('./search')
    .then(({ mountSearch }) => mountSearch({ panel, bundlePath: panel.dataset.bundle!, baseUrl: panel.dataset.base!, onSearch: keepQueryInUrl }))
    .catch((error: unknown) => {
      const summary = panel.querySelector<HTMLElement>('[role="status"]');
      if (summary) summary.textContent = error instanceof Error ? error.message : 'Search could not be loaded.';
    });
}

export {}; // a module: its names stay its own
