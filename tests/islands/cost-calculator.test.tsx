import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CostCalculator, { STORAGE_KEY } from '../../src/islands/CostCalculator';
import { loadCostData } from '../support/cost-data';

const data = loadCostData();
const PATH = '/field-guide/tools/cost-calculator/';

function show(search = '') {
  history.replaceState(null, '', `${PATH}${search}`);
  return render(<CostCalculator data={data} pricesAsOf="2026-11-26" sourcesPath="/field-guide/sources/" />);
}

/** The summary row of one framework, cell by cell. */
function summary(framework: string): string[] {
  const table = screen.getByRole('table', { name: /list prices as of/ });
  const row = within(table).getByRole('rowheader', { name: framework }).closest('tr')!;
  return [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('CostCalculator', () => {
  it('shows the default scenario: MLflow self-hosted on AWS over 3 years', async () => {
    show();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Lowest likely 3-year total'));
    // The hand-computed scenario A of tests/unit/cost-model.test.ts
    expect(summary('MLflow')[2]).toBe('$176,515 ($83,983–$332,470)');
    expect(summary('Metaflow')[4]).toBe('quote: Outerbounds platform subscription (optional managed offering)');
  });

  it('recomputes as a field changes and writes the inputs to the URL', async () => {
    show();
    const gpu = screen.getByLabelText(/Training on GPU/);
    const before = summary('MLflow')[0];
    fireEvent.input(gpu, { target: { value: '1000' } });
    await waitFor(() => expect(summary('MLflow')[0]).not.toBe(before));
    // 900 more GPU hours × 0.526 = 473.40 more a month: 4,381.95 + 473.40 = 4,855.35
    expect(summary('MLflow')[0]).toMatch(/^\$4,855 /);
    expect(location.search).toBe('?gpu=1000');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('?gpu=1000');
  });

  it.each([
    ['', 'Enter a number (node-hours a month (1 × NVIDIA T4)).'],
    ['-5', 'Enter a number that is not negative.'],
    ['lots', '“lots” is not a plain number; enter digits such as 100.'],
    ['1e309', '“1e309” is not a plain number; enter digits such as 100.'],
    ['5000000', 'Enter at most 1,000,000 (node-hours a month (1 × NVIDIA T4)).'],
  ])('a bad value (%j) gets a message at its field and the last valid result stays', async (raw, message) => {
    show();
    const gpu = screen.getByLabelText(/Training on GPU/);
    fireEvent.input(gpu, { target: { value: '150' } });
    await waitFor(() => expect(location.search).toBe('?gpu=150'));
    const valid = summary('Kubeflow');
    fireEvent.input(gpu, { target: { value: raw } });
    await waitFor(() => expect(gpu.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(gpu.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!)!;
    expect(error.textContent).toContain(message);
    expect(summary('Kubeflow')).toEqual(valid);
    expect(location.search).toBe('?gpu=150');
    expect(screen.getByRole('status').textContent).toContain('1 field needs a valid value');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('prefills from the decision checklist’s link and says what it ignored', async () => {
    show('?cloud=gcp&team=12&platform=3&colour=<b>red</b>');
    await waitFor(() => expect((screen.getByLabelText(/Data scientists/) as HTMLInputElement).value).toBe('12'));
    expect((screen.getByLabelText(/Platform engineers/) as HTMLInputElement).value).toBe('3');
    expect((screen.getByLabelText('Your cloud') as HTMLSelectElement).value).toBe('gcp');
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('From the link: unknown setting "colour".');
    expect(status.querySelector('b')).toBeNull();
  });

  it('remembers the inputs in this browser, and Reset forgets them', async () => {
    localStorage.setItem(STORAGE_KEY, '?years=5&tb=20');
    show();
    await waitFor(() => expect((screen.getByLabelText(/Horizon/) as HTMLInputElement).value).toBe('5'));
    expect(location.search).toBe('?years=5&tb=20');
    expect(screen.getByRole('heading', { name: 'Estimated cost over 5 years' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(() => expect((screen.getByLabelText(/Horizon/) as HTMLInputElement).value).toBe('3'));
    expect(location.search).toBe('');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('every line item links its source under the base path and says "depends on usage" rather than $0', async () => {
    show('?ep=0');
    await waitFor(() => expect(location.search).toBe('?ep=0'));
    const lines = screen.getByRole('table', { name: /MLflow: priced on AWS/ });
    const serving = within(lines).getByRole('rowheader', { name: /Serving compute/ }).closest('tr')!;
    expect(serving.querySelectorAll('td')[0]!.textContent).toBe('depends on usage');
    const links = [...lines.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/field-guide/sources/#mlflow-neptune-self-hosting-cost');
    expect(links.every((href) => href!.startsWith('/field-guide/sources/#'))).toBe(true);
  });

  it('charts have a text alternative, and each line label is a framework', async () => {
    show();
    await waitFor(() => expect(document.querySelectorAll('svg[role="img"]')).toHaveLength(2));
    for (const svg of document.querySelectorAll('svg[role="img"]')) {
      const caption = document.getElementById(svg.getAttribute('aria-labelledby')!);
      expect(caption?.textContent?.length).toBeGreaterThan(20);
    }
    expect(screen.getByRole('table', { name: /by category, USD/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: /Cumulative cost at each year end/ })).toBeTruthy();
  });
});
