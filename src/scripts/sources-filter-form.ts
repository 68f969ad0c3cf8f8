/**
 * Filters /sources/ by the framework page that cites a source and by standing, keeping the choice in
 * the URL (`?fw=kubeflow&standing=official`) so a filtered list can be linked. It reads everything it
 * needs from the page: the choices from the selects, each source's standing from its group, and the
 * frameworks citing it from its "Cited by" links. Without JavaScript the page shows every source.
 */
import { readSourcesFilter, sourcePasses, writeSourcesFilter, type SourcesFilter } from '../lib/sources-filter';

const form = document.querySelector<HTMLFormElement>('[data-sources-filter]');

if (form) {
  const frameworkSelect = form.querySelector<HTMLSelectElement>('select[name="fw"]')!;
  const standingSelect = form.querySelector<HTMLSelectElement>('select[name="standing"]')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const values = (select: HTMLSelectElement) => [...select.options].map((o) => o.value).slice(1);
  const frameworkIds = values(frameworkSelect);
  const standings = values(standingSelect);
  const frameworksPath = form.dataset.frameworksPath!;

  const groups = [...document.querySelectorAll<HTMLElement>('.source-group')].map((section) => ({
    section,
    count: section.querySelector<HTMLElement>('.source-count'),
    items: [...section.querySelectorAll<HTMLLIElement>('li[id]')].map((item) => ({
      item,
      standing: section.dataset.standing!,
      frameworks: [...item.querySelectorAll<HTMLAnchorElement>('a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((href) => href.startsWith(frameworksPath))
        .map((href) => href.slice(frameworksPath.length).split('/')[0]!),
    })),
  }));
  const total = groups.reduce((n, g) => n + g.items.length, 0);

  const apply = (filter: SourcesFilter, ignored: string[]) => {
    frameworkSelect.value = filter.fw;
    standingSelect.value = filter.standing;
    let shown = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const entry of group.items) {
        const pass = sourcePasses(filter, entry);
        entry.item.hidden = !pass;
        if (pass) inGroup += 1;
      }
      group.section.hidden = inGroup === 0;
      if (group.count) group.count.textContent = `(${inGroup})`;
      shown += inGroup;
    }
    const what = [
      filter.fw !== 'all' && `cited on the ${frameworkSelect.selectedOptions[0]!.text} page`,
      filter.standing !== 'all' && `${standingSelect.selectedOptions[0]!.text.toLowerCase()}`,
    ].filter(Boolean);
    status.textContent =
      (what.length > 0 ? `Showing ${shown} of ${total} sources: ${what.join(', ')}.` : `Showing all ${total} sources.`) +
      (shown === 0 ? ' None match: set one of the filters back to “any”.' : '') +
      (ignored.length > 0 ? ` Ignored from the link: ${ignored.join('; ')}.` : '');
  };

  const fromLocation = () => {
    const { filter, ignored } = readSourcesFilter(location.search, frameworkIds, standings);
    apply(filter, ignored);
  };

  form.addEventListener('change', () => {
    const filter = { fw: frameworkSelect.value, standing: standingSelect.value };
    history.replaceState(history.state, '', `${location.pathname}${writeSourcesFilter(filter, frameworkIds, standings)}${location.hash}`);
    apply(filter, []);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  addEventListener('popstate', fromLocation);
  fromLocation();
}
