/**
 * Filters and sorts the framework matrix (components/tables/FrameworkMatrix.astro), keeping the
 * choice in the URL (`?kind=open-source&cloud=aws&capability=model-serving&level=native&sort=cost`).
 * It reads every value from the rows' data attributes, which the page renders from the same data
 * as the cells. Without JavaScript the form stays hidden and the table shows every framework.
 */
import { CAPABILITY_IDS, type SupportLevel } from '../lib/vocabulary';
import { readMatrixState, rowMatches, writeMatrixState, type LicenceClass, type MatrixState } from '../lib/compare/matrix';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-matrix-filters]')) {
  const table = document.getElementById(form.dataset.matrixFilters!);
  const body = table?.querySelector('tbody');
  if (!table || !body) continue;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr')].map((tr) => {
    const levels = tr.dataset.levels!.split(' ');
    return {
      tr,
      order: Number(tr.dataset.order),
      name: tr.dataset.name!,
      cost: tr.dataset.cost ? Number(tr.dataset.cost) : Infinity,
      facts: {
        kind: tr.dataset.kind as 'open-source' | 'managed-service',
        clouds: tr.dataset.clouds!.split(' '),
        licence: tr.dataset.licence as LicenceClass,
        levels: Object.fromEntries(CAPABILITY_IDS.map((id, i) => [id, levels[i] as SupportLevel])),
      },
    };
  });
  const select = (name: keyof MatrixState) => form.elements.namedItem(name) as HTMLSelectElement;
  const names: Array<keyof MatrixState> = ['kind', 'cloud', 'licence', 'capability', 'level', 'sort'];

  const apply = (state: MatrixState, ignored: string[]) => {
    for (const name of names) select(name).value = state[name];
    select('level').disabled = state.capability === 'any';
    const sorted = [...rows].sort((a, b) => (state.sort === 'name' ? a.name.localeCompare(b.name) : state.sort === 'cost' ? a.cost - b.cost : a.order - b.order));
    let shown = 0;
    for (const row of sorted) {
      const pass = rowMatches(row.facts, state);
      row.tr.hidden = !pass;
      if (pass) shown += 1;
      body.append(row.tr);
    }
    status.textContent = `Showing ${shown} of ${rows.length} frameworks.${ignored.length > 0 ? ` Ignored from the link: ${ignored.join(', ')}.` : ''}`;
  };

  const fromForm = (): MatrixState => Object.fromEntries(names.map((name) => [name, select(name).value])) as unknown as MatrixState;
  form.addEventListener('change', () => {
    const state = fromForm();
    history.replaceState(null, '', `${location.pathname}${writeMatrixState(state)}${location.hash}`);
    apply(state, []);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  const { state, ignored } = readMatrixState(location.search);
  apply(state, ignored);
  form.hidden = false;
}
