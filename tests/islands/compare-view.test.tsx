import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CompareView from '~/islands/CompareView';
import type { CompareFramework } from '~/lib/compare/rows';
import { CAPABILITY_IDS, type CapabilityId, type SupportLevel } from '~/lib/vocabulary';
import { fakeCurrentInput, fakeFramework } from '../support/fixtures';
import { currentCells } from '~/lib/compare/current';

/** A fake framework whose current rows come from the fixture, with the Kubernetes level given; every source is src-1. */
function framework(id: string, title: string, kubernetes: string, levels: Partial<Record<CapabilityId, SupportLevel>> = {}): CompareFramework {
  const fake = fakeFramework(id, title, { levels, capabilityNote: () => `${title} note`, sourcesFor: () => ['src-1'] });
  const input = fakeCurrentInput(id, title, { capabilities: fake.capabilities });
  const current = currentCells({ ...input, checklist: { ...input.checklist, kubernetes: { level: kubernetes, note: 'A note.', sources: ['src-1'] } } });
  return { ...fake, current };
}

const published = {
  frameworks: [framework('alpha', 'Alpha', 'optional'), framework('beta', 'Beta', 'required', { automl: 'none' }), framework('gamma', 'Gamma', 'optional')],
  sources: [{ id: 'src-1', number: 7 }],
};

let blobs: Blob[];

beforeEach(() => {
  history.replaceState(null, '', '/compare/');
  document.body.innerHTML = '<div id="static-table">static</div>';
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(published))),
  );
  blobs = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const view = () => render(<CompareView dataUrl="/data/frameworks.json" staticTableId="static-table" sourcesPath="/sources/" frameworksPath="/frameworks/" />);
const table = () => document.getElementById('compare-view-table')!;
const headers = () => [...table().querySelectorAll('thead th')].map((th) => th.textContent);
const bodyRows = () => table().querySelectorAll('tbody tr:not(.compare-section-row)');

describe('CompareView', () => {
  it('loads the published data, hides the static table and shows the first two frameworks', async () => {
    view();
    await screen.findByRole('group', { name: /frameworks to compare/i });
    expect(document.getElementById('static-table')!.hidden).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Alpha' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: 'Gamma' })).toHaveProperty('checked', false);
    expect(headers()).toEqual(['Dimension', 'Alpha', 'Beta']);
    // The thirteen current rows, then every capability.
    expect(bodyRows()).toHaveLength(13 + CAPABILITY_IDS.length);
    expect(bodyRows()[0]!.querySelector('th')!.textContent).toBe('What it is today');
    // A capability is shown by shape, colour and word.
    const tracking = [...bodyRows()].find((tr) => tr.querySelector('th')!.textContent === 'Experiment tracking')!;
    expect(tracking.querySelector('td .level.level-native .level-symbol')).not.toBeNull();
    expect(tracking.querySelector('td')!.getAttribute('data-label')).toBe('Alpha');
    const link = within(table()).getAllByRole('link', { name: 'source 7' })[0]!;
    expect(link.getAttribute('href')).toBe('/sources/#src-1');
    // The cost cell links to the calculator with the reference team's inputs.
    expect(within(table()).getAllByRole('link', { name: 'Every line in the calculator' })[0]!.getAttribute('href')).toBe('/tools/cost-calculator/');
    // The compact grid (a phone's first view) has a symbol per framework and capability, with the word for screen readers.
    const compact = screen.getByRole('region', { name: 'Capabilities at a glance' });
    expect(compact.querySelectorAll('tbody tr')).toHaveLength(CAPABILITY_IDS.length);
    expect(compact.querySelector('tbody tr td .visually-hidden')!.textContent).toBe('Native');
  });

  it('reads the URL, keeps the valid part and says politely what it ignored', async () => {
    history.replaceState(null, '', '/compare/?fw=gamma,nope,alpha,alpha');
    view();
    const status = await screen.findByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('Comparing Alpha, Gamma');
    expect(status.textContent).toContain('Ignored from the link: unknown framework "nope"; "alpha" listed twice (shown once).');
  });

  it('writes the selection and "differences only" to the URL, and follows back/forward', async () => {
    view();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Gamma' }));
    expect(location.search).toBe('?fw=alpha,beta,gamma');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show differences only' }));
    expect(location.search).toBe('?fw=alpha,beta,gamma&show=differences');
    // Only rows whose level or closed value differs; free text is never compared.
    expect([...bodyRows()].map((tr) => tr.querySelector('th')!.textContent)).toEqual(['Kubernetes needed', 'AutoML']);
    // Alpha, Beta, Gamma: team fit and every capability but AutoML agree; 11 free-text current rows are not compared.
    expect(screen.getAllByRole('status')[0]!.textContent).toContain(
      `2 rows shown, differences only; hid ${CAPABILITY_IDS.length - 1 + 1} rows where all agree and 11 free-text rows, which are not compared.`,
    );
    history.replaceState(null, '', '/compare/?fw=alpha,gamma');
    fireEvent(window, new PopStateEvent('popstate'));
    await waitFor(() => expect(headers()).toEqual(['Dimension', 'Alpha', 'Gamma']));
    expect(screen.getByRole('checkbox', { name: 'Show differences only' })).toHaveProperty('checked', false);
  });

  it('keeps at least two frameworks selected', async () => {
    view();
    const alpha = await screen.findByRole('checkbox', { name: 'Alpha' });
    fireEvent.click(alpha);
    expect(alpha).toHaveProperty('checked', true);
    expect(location.search).toBe('');
  });

  it('collapses a section and exports exactly the rows on screen', async () => {
    view();
    fireEvent.click(await screen.findByRole('button', { name: /The current picture/ }));
    expect(screen.getByRole('button', { name: /The current picture/ }).getAttribute('aria-expanded')).toBe('false');
    expect(bodyRows()).toHaveLength(CAPABILITY_IDS.length);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show differences only' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await blobs[0]!.text()).toBe('Section,Dimension,Alpha,Beta\r\nCapabilities,AutoML,● Native: Alpha note (sources: src-1),○ None: Beta note (sources: src-1)\r\n');
    fireEvent.click(screen.getByRole('button', { name: 'Download Markdown' }));
    expect((await blobs[1]!.text()).split('\n')[2]).toBe('| Capabilities | AutoML | ● Native: Alpha note (sources: src-1) | ○ None: Beta note (sources: src-1) |');
  });

  it('leaves the static table in place when the data cannot load', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 404 })),
    );
    view();
    expect((await screen.findByRole('status')).textContent).toMatch(/could not load its data/);
    expect(document.getElementById('static-table')!.hidden).toBe(false);
  });
});
