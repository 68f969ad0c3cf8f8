import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderToString } from 'preact-render-to-string';
import CostCalculator, { DETAILS_ID, STORAGE_KEY, SUMMARY_ID } from '~/islands/CostCalculator';
import { StaticDetails } from '~/islands/cost/Details';
import { presetYearly } from '~/lib/cost/people';
import { inputsFromQuery } from '~/lib/cost/url';
import { byCategory } from '~/lib/cost/model';
import { calculatorResult } from '~/lib/cost/result';
import { usd } from '~/lib/format';
import { costCase, loadCostData } from '../support/cost-data';

const data = loadCostData();
const PATH = '/field-guide/tools/cost-calculator/';
// Expected totals come from the hand-computed cases, the one place they live.
const defaults = costCase('defaults-self-hosted');
const subject = `${data.titles[defaults.estimateOf!]} (self-hosted)`;

const presets = Object.fromEntries(data.people.map((p) => [p.id, { dataScientist: presetYearly(p, 'dataScientist'), platformEngineer: presetYearly(p, 'platformEngineer') }]));
// The page's build-time summary: the same function the page, the embed and the island call.
const initial = calculatorResult(data, inputsFromQuery('').inputs).summary;

/** The island as the page lays it out: beside the summary's container, above the details' container. */
function show(search = '') {
  history.replaceState(null, '', `${PATH}${search}`);
  return render(
    <>
      <div class="calc-layout">
        <CostCalculator
          dataUrl="/field-guide/tools/cost-calculator/data.json"
          data={data}
          presets={presets}
          pricesAsOf="2026-12-01"
          sourcesPath="/field-guide/sources/"
          checklistPath="/field-guide/tools/decision-checklist/"
          dataPath="/field-guide/tools/cost-calculator/data/"
          initial={initial}
        />
        <div id={SUMMARY_ID} />
      </div>
      <div id={DETAILS_ID} />
    </>,
  );
}

/** Waits until the engine has loaded and drawn the summary and the details for the current inputs. */
async function settled() {
  await waitFor(() => {
    expect(screen.getByRole('status').textContent).toContain('Updated.');
    expect(screen.getByRole('table', { name: /list prices as of/ })).toBeTruthy();
  });
}

/** The summary row of one framework, cell by cell. */
function summary(framework: string): string[] {
  const table = screen.getByRole('table', { name: /list prices as of/ });
  const row = within(table).getByRole('rowheader', { name: framework }).closest('tr')!;
  return [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
}

// Without IntersectionObserver the calculator loads its engine at once, as it does on a page whose
// details start in view.
const observer = globalThis.IntersectionObserver;
beforeEach(() => {
  localStorage.clear();
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
});
afterEach(() => {
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = observer;
});
afterEach(cleanup);

describe('CostCalculator', () => {
  it('shows the hand-computed default total, and the verdict beside the inputs', async () => {
    show();
    await waitFor(() => expect(screen.getByRole('table', { name: /list prices as of/ })).toBeTruthy());
    expect(summary(subject)[2]).toMatch(new RegExp(`^\\${usd(defaults.total!.likely)} `));
    const panel = screen.getByRole('region', { name: 'Estimated cost over 3 years' });
    expect(within(panel).getByText(calculatorResult(data, inputsFromQuery('').inputs).summary.sentence)).toBeTruthy();
    expect(within(panel).getByRole('link', { name: subject }).getAttribute('href')).toBe('#line-items');
  });

  it('the live details replace the build-time ones whole: nothing the new inputs no longer show stays behind', async () => {
    const defaultsResult = calculatorResult(data, inputsFromQuery('').inputs);
    const built = renderToString(
      <StaticDetails
        data={data}
        inputs={inputsFromQuery('').inputs}
        estimates={defaultsResult.estimates}
        genai={null}
        pricesAsOf="2026-12-01"
        sourcesPath="/field-guide/sources/"
        dataPath="/field-guide/tools/cost-calculator/data/"
      />,
    );
    // The defaults have no prediction volume, so the build-time view says so in words.
    expect(built).toContain('Per 1,000 predictions: not shown');
    show('?pred=1000');
    document.getElementById(DETAILS_ID)!.innerHTML = built;
    await settled();
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Per 1,000 predictions' })).toBeTruthy());
    expect(document.getElementById(DETAILS_ID)!.textContent).not.toContain('Per 1,000 predictions: not shown');
  });

  it('recomputes as a field changes and writes the inputs to the URL', async () => {
    show();
    const gpu = await screen.findByLabelText(/Training on GPU/);
    fireEvent.input(gpu, { target: { value: '1000' } });
    await waitFor(() => expect(location.search).toBe('?gpu=1000'));
    await waitFor(() => expect(summary(subject)[2]).not.toMatch(new RegExp(`^\\${usd(defaults.total!.likely)} `)));
    // 900 more GPU-hours × 1.006 (g5.xlarge) = 905.40 a month, plus the fleet's operations hours:
    // 4 h × 900 ÷ 730 GPUs busy × 111.5703261 = 550.2098273 a month; × 36 months on top of the default total
    expect(summary(subject)[2]).toMatch(new RegExp(`^\\${usd(defaults.total!.likely + 36 * (905.4 + 550.2098273))} `));
    expect(localStorage.getItem(STORAGE_KEY)).toBe('?gpu=1000');
  });

  it.each([
    ['', 'Enter a number (GPU-hours a month).'],
    ['-5', 'Enter a number that is not negative.'],
    ['lots', '“lots” is not a plain number; enter digits such as 100.'],
    ['1e309', '“1e309” is not a plain number; enter digits such as 100.'],
    ['5000000', 'Enter at most 1,000,000 (GPU-hours a month).'],
  ])('a bad value (%j) gets a message at its field and the last valid result stays', async (raw, message) => {
    show();
    const gpu = await screen.findByLabelText(/Training on GPU/);
    fireEvent.input(gpu, { target: { value: '150' } });
    await waitFor(() => expect(location.search).toBe('?gpu=150'));
    await settled();
    const valid = summary(subject);
    fireEvent.input(gpu, { target: { value: raw } });
    await waitFor(() => expect(gpu.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(
      gpu
        .getAttribute('aria-describedby')!
        .split(' ')
        .find((id) => id.endsWith('-error'))!,
    )!;
    expect(error.textContent).toContain(message);
    expect(summary(subject)).toEqual(valid);
    expect(location.search).toBe('?gpu=150');
    expect(screen.getByRole('status').textContent).toContain('1 field needs a valid value');
    expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('a new field rejects bad input too, and a blank loaded cost falls back to its region preset', async () => {
    show();
    const cost = screen.getByLabelText(/Loaded cost of a data scientist/) as HTMLInputElement;
    // 112,590 × 1.42 = 159,877.8
    expect(cost.placeholder).toBe('159,878 (preset)');
    fireEvent.input(cost, { target: { value: '5' } });
    await waitFor(() => expect(cost.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('calc-dscost-error')!.textContent).toContain('Enter at least 10,000.');
    fireEvent.input(cost, { target: { value: '' } });
    await waitFor(() => expect(cost.getAttribute('aria-invalid')).toBe('false'));
  });

  it('prefills from the decision checklist’s own answers, links back with them, and says what it ignored', async () => {
    show('?c=gcp&k8s=strong&team=11-30&ops=1-2&comp=hipaa&colour=<b>red</b>');
    await waitFor(() => expect((screen.getByLabelText(/Data scientists/) as HTMLInputElement).value).toBe('20'));
    expect((screen.getByLabelText(/Platform engineers available/) as HTMLInputElement).value).toBe('2');
    expect((screen.getByLabelText('Where you run') as HTMLSelectElement).value).toBe('gcp');
    expect((screen.getByLabelText('We already run Kubernetes') as HTMLSelectElement).value).toBe('yes');
    const back = new URL(screen.getByRole('link', { name: 'Back to the decision checklist with these answers' }).getAttribute('href')!, 'https://x.test');
    expect(back.pathname).toBe('/field-guide/tools/decision-checklist/');
    expect(Object.fromEntries(back.searchParams)).toEqual({ c: 'gcp', k8s: 'strong', team: '11-30', ops: '1-2', comp: 'hipaa' });
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('From the link: unknown setting "colour".');
    expect(status.querySelector('b')).toBeNull();
  });

  it('remembers the inputs in this browser, and Reset forgets them', async () => {
    localStorage.setItem(STORAGE_KEY, '?years=5&tb=20');
    show();
    await waitFor(() => expect((screen.getByLabelText(/Horizon/) as HTMLInputElement).value).toBe('5'));
    expect(location.search).toBe('?years=5&tb=20');
    expect(await screen.findByRole('heading', { name: 'Estimated cost over 5 years' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    await waitFor(() => expect((screen.getByLabelText(/Horizon/) as HTMLInputElement).value).toBe('3'));
    expect(location.search).toBe('');
  });

  it('line items link their sources under the base path and the inputs that move them, and say "depends on usage" rather than $0', async () => {
    show('?ep=0');
    await waitFor(() => expect(location.search).toBe('?ep=0'));
    await settled();
    const lines = screen.getByRole('table', { name: new RegExp(`^${subject.replace(/[()]/g, '\\$&')}: priced on AWS`) });
    const serving = within(lines)
      .getByRole('rowheader', { name: /^Serving/ })
      .closest('tr')!;
    expect(serving.querySelectorAll('td')[0]!.textContent).toBe('depends on usage');
    expect(within(serving).getByRole('link', { name: 'models in production' }).getAttribute('href')).toBe('#calc-ep');
    const assumption = within(lines).getAllByRole('link', { name: 'Site assumption (effort profiles)' })[0]!;
    expect(assumption.getAttribute('href')).toBe('/field-guide/tools/cost-calculator/data/#effort-profiles');
    const links = [...lines.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(links).toContain(`/field-guide/sources/#${data.prices['self-hosted-tracking-service']!.source}`);
    expect(links.filter((h) => !h.startsWith('#') && !h.includes('/data/')).every((href) => href.startsWith('/field-guide/sources/#'))).toBe(true);
  });

  it('the breakdown chart has a caption and a table with the model’s numbers', async () => {
    show();
    await waitFor(() => expect(document.querySelector('.calc-bars[role="img"]')).toBeTruthy());
    const bars = document.querySelector('.calc-bars[role="img"]')!;
    expect(document.getElementById(bars.getAttribute('aria-labelledby')!)!.textContent).toMatch(/^Likely 3-year total by category\. Platform fees/);
    const table = screen.getByRole('table', { name: 'Likely 3-year total by category, USD' });
    const { estimates } = calculatorResult(data, inputsFromQuery('').inputs);
    const first = within(table).getAllByRole('row')[1]!;
    expect([...first.querySelectorAll('td')].map((c) => c.textContent)).toEqual(Object.values(byCategory(estimates[0]!)).map((v) => usd(v)));
  });

  it('saves inputs as A, shows B beside it with the difference, and keeps both in the URL', async () => {
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Save these inputs as A' }));
    await waitFor(() => expect(location.search).toBe('?a=1'));
    fireEvent.input(await screen.findByLabelText(/Training on GPU/), { target: { value: '1000' } });
    await waitFor(() => expect(location.search).toBe('?gpu=1000&a=1'));
    const table = screen.getByRole('table', { name: /each set’s horizon/ });
    const row = within(table).getByRole('rowheader', { name: data.titles[defaults.estimateOf!]! }).closest('tr')!;
    // B − A = 36 × (905.40 + 550.2098273 fleet operations) = 52,401.95
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual([usd(defaults.total!.likely), usd(defaults.total!.likely + 52401.9537828), '+$52,402']);
    expect(screen.getByText(/B differs from A in training on GPU \(100 → 1000\)/)).toBeTruthy();
  });

  it('loads the sensitivity on first use', async () => {
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Show the sensitivity and the crossovers' }));
    const table = await screen.findByRole('table', { name: /each input at its low and its high value/ });
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(3);
    expect(screen.getByLabelText('Compare')).toBeTruthy();
  });

  it('LLM serving: the hand-computed per-token and self-hosted months', async () => {
    const llm = costCase('llm-per-token-vs-self-hosted');
    show(llm.query);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Updated.'));
    const panel = await screen.findByRole('table', { name: /the same for every framework/ });
    const cells = [...panel.querySelectorAll('tbody tr')].map((r) => r.querySelector('td')!.textContent);
    expect(cells).toEqual([usd(llm.genai!.api.likely), usd(llm.genai!.selfHosted.likely)]);
    expect(screen.getByText(/Break-even: about 13,951 million tokens a month/)).toBeTruthy();
  });
});
