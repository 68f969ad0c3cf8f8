const host = document.querySelector<HTMLElement>('[data-search]');
const dialog = host?.querySelector('dialog');
const panel = host?.querySelector<HTMLElement>('[data-search-panel]');

if (host && dialog && panel) {
  let mounted: Promise<unknown> | undefined;
  let opener: HTMLElement | null = null;
  const input = panel.querySelector('input')!;

  const open = (): void => {
    if (!dialog.open) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    input.focus();
    // The search module loads on first open, so pages carry only this small opener until then.
    mounted ??= import('./search')
      .then(({ mountSearch }) => mountSearch({ panel, bundlePath: panel.dataset.bundle!, baseUrl: panel.dataset.base! }))
      .catch((error: unknown) => {
        mounted = undefined; // try again on the next open
        const status = panel.querySelector('[role="status"]');
        if (status) status.textContent = error instanceof Error ? error.message : 'Search could not be loaded.';
      });
  };

  host.querySelector('[data-search-open]')?.addEventListener('click', open);
  host.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // One Escape closes the dialog even with a query typed (a search box would spend the first one
  // clearing itself), and focus goes back to where the reader was.
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  dialog.addEventListener('close', () => opener?.focus());
  // A click on the backdrop (outside the dialog box) closes it, as readers expect of a modal.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      open();
    } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      open();
    }
  });
}
