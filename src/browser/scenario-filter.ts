/**
 * The decision scenarios page's filter: a cloud and a scope, read from and written to the URL
 * (?c=aws&scope=tracking), hiding the scenarios that do not match. A value the selects do not offer
 * is ignored, so a tampered link lists every scenario.
 */
export function applyScenarioFilter(doc: Document): void {
  const form = doc.getElementById('scenario-filter');
  const cloud = doc.getElementById('scenario-cloud') as HTMLSelectElement | null;
  const scope = doc.getElementById('scenario-scope') as HTMLSelectElement | null;
  const count = form?.querySelector('.scenario-count');
  if (!form || !cloud || !scope || !count) return;
  const offered = (select: HTMLSelectElement, value: string | null) => (value !== null && [...select.options].some((o) => o.value === value) ? value : '');
  const params = new URLSearchParams(window.location.search);
  cloud.value = offered(cloud, params.get('c'));
  scope.value = offered(scope, params.get('scope'));
  const apply = (writeUrl: boolean) => {
    const items = [...doc.querySelectorAll<HTMLElement>('.scenario-list > .scenario')];
    let shown = 0;
    for (const item of items) {
      const match = (!cloud.value || item.dataset.cloud === cloud.value) && (!scope.value || item.dataset.scope === scope.value);
      item.hidden = !match;
      if (match) shown += 1;
    }
    count.textContent = `${shown} of ${items.length} scenarios shown.`;
    if (writeUrl) {
      const next = new URLSearchParams();
      if (cloud.value) next.set('c', cloud.value);
      if (scope.value) next.set('scope', scope.value);
      const query = next.toString();
      window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
    }
  };
  cloud.addEventListener('change', () => apply(true));
  scope.addEventListener('change', () => apply(true));
  apply(false);
}
