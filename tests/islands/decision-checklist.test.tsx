/** The decision checklist island in happy-dom: its controls, the live ranking, every point, the URL and storage. */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import DecisionChecklist, { STORAGE_KEY, type ChecklistLinks } from '~/islands/DecisionChecklist';
import DecisionChecklistLoader from '~/islands/DecisionChecklistLoader';
import { writeAnswers } from '~/lib/decision/answers';
import { costsFor } from '~/lib/decision/cost';
import * as engine from '~/lib/decision/engine';
import { loadCostData } from '../support/cost-data';
import { loadDecisionModel, scenarioAnswers, scenarioLeaderTitles } from '../support/decision';

// Ranking every option on each answer is slower on a shared, loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const model = loadDecisionModel();
/** What /data/decision-model.json serves: the model and its ranking with no answers. */
const modelJson = JSON.stringify({ ...model, blank: engine.rank(model, {}) });
const links: ChecklistLinks = {
  checklist: '/field-guide/tools/decision-checklist/',
  calculator: '/field-guide/tools/cost-calculator/',
  sources: '/field-guide/sources/',
  frameworks: '/field-guide/frameworks/',
};

function visit(search: string) {
  window.history.replaceState(null, '', `/field-guide/tools/decision-checklist/${search}`);
}

const items = () => [...document.querySelectorAll<HTMLElement>('.decision-ranking > .decision-rank')];
const first = () => items()[0]!.querySelector('a')!.textContent;
const verdictOf = (item: HTMLElement) => item.querySelector('.decision-verdict')!.textContent!.replace(/^\S+ /, '');
const pointsIn = (list: Element | null) =>
  [...(list?.querySelectorAll(':scope > li > .decision-points') ?? [])]
    .map((el) => el.textContent!)
    .filter((t) => /^[+−]\d+$/.test(t))
    .map((t) => Number(t.replace('−', '-')));

beforeEach(() => {
  window.localStorage.clear();
  visit('');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the full checklist', () => {
  it('asks every question as a fieldset with a legend and labelled controls, none preselected', () => {
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    for (const question of model.questions) {
      const group = screen.getByRole('group', { name: question.legend });
      const inputs = within(group).getAllByRole(question.kind === 'one' ? 'radio' : 'checkbox') as HTMLInputElement[];
      expect(inputs.map((input) => input.labels![0]!.textContent!.trim())).toEqual(question.answers.map((a) => a.label));
      expect(inputs.some((input) => input.checked)).toBe(false);
    }
    expect(screen.getByText(/No question answered yet/)).toBeTruthy();
    expect(
      items()
        .map(verdictOf)
        .every((v) => v === 'Not ranked yet'),
    ).toBe(true);
  });

  it('an Azure team that needs the whole lifecycle gets a leader its scenario accepts (azure-end-to-end)', () => {
    visit('?c=azure&scope=e2e');
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    expect(screen.getByRole('radio', { name: 'Microsoft Azure' })).toHaveProperty('checked', true);
    expect(scenarioLeaderTitles('azure-end-to-end')).toContain(first());
    expect(screen.getByText(`2 questions of ${model.questions.length} answered; unanswered questions count for no one.`)).toBeTruthy();
  });

  it('a team whose data already sits in a Databricks lakehouse on Azure: the answer is read from the link and its leader shown (databricks-lakehouse-on-azure)', () => {
    const answers = scenarioAnswers('databricks-lakehouse-on-azure');
    visit(writeAnswers(answers, model.questions));
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    const dataHome = model.questions.find((q) => q.id === 'data-home')!;
    const picked = dataHome.answers.find((a) => a.id === answers['data-home']![0])!;
    const group = screen.getByRole('group', { name: dataHome.legend });
    expect(within(group).getByRole('radio', { name: picked.label })).toHaveProperty('checked', true);
    expect(scenarioLeaderTitles('databricks-lakehouse-on-azure')).toContain(first());
    expect(items()[0]!.textContent).toContain(model.criteria.find((c) => c.question === 'data-home')!.label);
  });

  it('an on-premises Kubernetes platform team gets a leader its scenario accepts (onprem-kubernetes-platform)', () => {
    visit('?c=onprem&k8s=strong&oss=4');
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    expect(scenarioLeaderTitles('onprem-kubernetes-platform')).toContain(first());
  });

  it('shows every point: three terms visible, the rest one click away, adding up to the score shown', () => {
    visit('?c=aws&k8s=none&comp=hipaa&oss=2&team=4-10&ops=lt1&pri=governance&scope=e2e');
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    for (const item of items()) {
      const visible = pointsIn(item.querySelector(':scope > .decision-reasons'));
      const hidden = pointsIn(item.querySelector(':scope > details .decision-reasons'));
      expect(visible.length).toBeLessThanOrEqual(3);
      const score = Number(item.querySelector('.decision-score')!.textContent!.replace('−', '-').match(/-?\d+/)![0]);
      expect([...visible, ...hidden].reduce((a, b) => a + b, 0)).toBe(score);
    }
    expect(screen.getAllByText('(doubled by your priority)').length).toBeGreaterThan(0);
  });

  it('answering by keyboard or click updates the ranking and the URL; an answer can be cleared', () => {
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Google Cloud' }));
    expect(window.location.search).toBe('?c=gcp');
    expect(scenarioLeaderTitles('gcp-only')).toContain(first());
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe('?c=gcp');
    fireEvent.click(within(screen.getByRole('group', { name: 'Which cloud do you already use for data?' })).getByRole('button', { name: /Clear this answer/ }));
    expect(window.location.search).toBe('');
    expect(screen.getByText(/No question answered yet/)).toBeTruthy();
  });

  it('adds what would change the result and the questions to ask once their module has loaded', async () => {
    visit('?c=aws&comp=hipaa&ops=lt1');
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    expect(await screen.findByRole('heading', { name: 'Questions to ask next' })).toBeTruthy();
    expect(screen.getAllByText(/listed in scope for HIPAA in your region/).length).toBeGreaterThan(0);
  });

  it('says why an answer moves no framework', () => {
    visit('?c=none');
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    expect(screen.getByText(/With no cloud yet, no framework gains or loses on this question/)).toBeTruthy();
  });

  it('flags contradictions and names the capability that rules a framework out', () => {
    visit('?k8s=strong&must=no-k8s&need=feature-store');
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    expect(screen.getByText(/strong Kubernetes platform team but will not run Kubernetes/)).toBeTruthy();
    expect(screen.getAllByText(/It does not have feature store itself/).length).toBeGreaterThan(0);
  });

  it('links the calculator with every answer that maps to it', () => {
    visit('?c=gcp&k8s=some&team=11-30&ops=1-2');
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    expect(screen.getByRole('link', { name: 'Open the cost calculator with these answers' }).getAttribute('href')).toBe(
      '/field-guide/tools/cost-calculator/?c=gcp&k8s=some&team=11-30&ops=1-2',
    );
  });

  it('a tampered link never breaks the page and says what was ignored', () => {
    visit('?c=mars&zzz=%3Cb%3E&oss=2');
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    const notes = document.querySelector('.decision-notes')!.textContent!;
    expect(notes).toContain('"c" had a value we could not use ("mars")');
    expect(notes).toContain('unknown setting "zzz"');
    expect(document.querySelector('.decision-notes b')).toBeNull();
    expect(screen.getByRole('radio', { name: '2 – mostly managed' })).toHaveProperty('checked', true);
  });

  it('copies a link to the answers', async () => {
    visit('?c=aws');
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link to these answers' }));
    });
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/field-guide/tools/decision-checklist/?c=aws');
  });
});

describe('the loader (full page and embeds)', () => {
  it('shows its build-time copy until the model arrives, then the live checklist with the preset', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response(modelJson));
    });
    render(
      <DecisionChecklistLoader modelUrl="/data/decision-model.json" links={links} compact preset={{ openness: ['5'] }} hidden={['musts']}>
        <p>static copy</p>
      </DecisionChecklistLoader>,
    );
    expect(screen.getByText('static copy')).toBeTruthy();
    expect(await screen.findByRole('group', { name: 'Which cloud do you already use for data?' })).toBeTruthy();
    expect(fetched).toEqual(['/data/decision-model.json']);
    expect(screen.queryByRole('group', { name: /Hard requirements/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Open the full checklist with these answers' }).getAttribute('href')).toBe('/field-guide/tools/decision-checklist/?oss=5');
  });

  it('an embed starts empty, with a preview instead of a ranking until the first answer', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(modelJson)));
    render(<DecisionChecklistLoader modelUrl="/data/decision-model.json" links={links} compact />);
    expect(await screen.findByText(/Your three best fits appear here as soon as you answer/)).toBeTruthy();
    expect(items()).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: 'Google Cloud' }));
    // The scoring engine loads with this first answer.
    await vi.waitFor(() => expect(items()).toHaveLength(3));
  });

  it('draws its first render from the blank ranking, as the build-time copy does with the engine, and loads the engine with the first answer', async () => {
    const blank = JSON.parse(modelJson).blank;
    const { container: built } = render(<DecisionChecklist model={model} engine={engine} links={links} />);
    const builtHtml = built.innerHTML;
    cleanup();
    const { container: live } = render(<DecisionChecklist model={model} blank={blank} links={links} live />);
    expect(live.innerHTML).toBe(builtHtml);
    expect(verdictOf(items()[0]!)).toBe('Not ranked yet');
    fireEvent.click(screen.getByRole('radio', { name: 'Amazon Web Services' }));
    await vi.waitFor(() => expect(verdictOf(items()[0]!)).not.toBe('Not ranked yet'));
  });

  it('keeps the static copy and says so when the model cannot be loaded', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('missing', { status: 404 })));
    render(
      <DecisionChecklistLoader modelUrl="/data/decision-model.json" links={links}>
        <p>static copy</p>
      </DecisionChecklistLoader>,
    );
    expect(await screen.findByText(/The checklist could not load its data\./)).toBeTruthy();
    expect(screen.getByText('static copy')).toBeTruthy();
  });
});

describe('options, ruled-out ones and costs (issue 19)', () => {
  const costs = costsFor(loadCostData(), model.questions);
  const title = (id: string) => model.frameworks.find((f) => f.id === id)!;

  it('lists ruled-out options apart, below the ranking, without a rank or score, naming the member and why', () => {
    // FedRAMP High with “covered by a provider’s attestation”: W&B has no FedRAMP authorisation (its compliance note).
    visit('?c=aws&comp=fedramp-high&must=attested');
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    const ranked = items().map((item) => item.querySelector('a')!.textContent);
    expect(ranked).not.toContain(title('wandb').title);
    const out = screen.getByRole('region', { name: 'Ruled out by your hard requirements' });
    expect(within(out).getByRole('link', { name: title('wandb').title })).toBeTruthy();
    expect(out.textContent).toContain('FedRAMP High');
    expect(out.querySelector('.decision-score, .decision-bar')).toBeNull();
  });

  it('shows a stack with each member’s part, and a partial option with its gap', () => {
    visit('?scope=pipelines');
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    const stack = items().find((item) => item.textContent!.includes(`${title('kubeflow').shortName} + ${title('mlflow').shortName}`))!;
    expect(stack.querySelector('.decision-parts')!.textContent).toContain('pipeline orchestration');
    const mlflow = items().find((item) => item.querySelector('a')!.textContent === title('mlflow').title)!;
    expect(mlflow.querySelector('.decision-gap')!.textContent).toContain('pipeline orchestration');
  });

  it('gives the run rate and the one-time cost apart, names quotes, and marks a quoted platform fee as incomplete', () => {
    visit('?scope=tracking');
    render(<DecisionChecklist model={model} engine={engine} links={links} costs={costs} />);
    const wandb = items().find((item) => item.querySelector('a')!.textContent === title('wandb').title)!;
    const line = wandb.querySelector('.decision-cost')!.textContent!;
    expect(line).toMatch(/About \$[\d,]+ a month once running, plus \$[\d,]+ one-time; \+ W&B seats/);
    expect(line).toContain('Cost incomplete');
    expect(document.querySelector('.decision-leader-bar')!.textContent).toMatch(/^Leading: /);
  });

  it('never shows an engine code: levels are sentences', () => {
    visit('?c=gcp&data=coreweave&run=hpc&k8s=none&comp=soc2,data-residency&scope=e2e&work=llm-apps&must=attested');
    render(<DecisionChecklist model={model} engine={engine} links={links} costs={costs} />);
    const text = document.body.textContent!;
    const codes = model.criteria.flatMap((c) => Object.keys(c.levels ?? {})).filter((code) => code.includes('-'));
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) expect(text, code).not.toMatch(new RegExp(`\\b${code}\\b`));
  });

  it('“None of these” compliance answer is exclusive', () => {
    render(<DecisionChecklist model={model} engine={engine} links={links} />);
    const group = screen.getByRole('group', { name: 'Which compliance programmes apply to the ML platform?' });
    fireEvent.click(within(group).getByRole('checkbox', { name: 'SOC 2' }));
    fireEvent.click(within(group).getByRole('checkbox', { name: 'None of these' }));
    expect(window.location.search).toBe('?comp=none');
    fireEvent.click(within(group).getByRole('checkbox', { name: 'HIPAA' }));
    expect(window.location.search).toBe('?comp=hipaa');
  });
});

describe('the scenarios page filter', () => {
  const page = () => {
    document.body.innerHTML = `
      <form id="scenario-filter">
        <select id="scenario-cloud"><option value="">Any</option><option value="aws">AWS</option><option value="gcp">GCP</option></select>
        <select id="scenario-scope"><option value="">Any</option><option value="tracking">Tracking</option></select>
        <p class="scenario-count"></p>
      </form>
      <ol class="scenario-list">
        <li class="scenario" data-cloud="aws" data-scope="tracking"></li>
        <li class="scenario" data-cloud="aws" data-scope="unstated"></li>
        <li class="scenario" data-cloud="gcp" data-scope="tracking"></li>
      </ol>`;
    return [...document.querySelectorAll<HTMLElement>('.scenario')];
  };

  it('reads cloud and scope from the URL, ignores unknown values, and writes changes back', async () => {
    const { applyScenarioFilter } = await import('~/browser/scenario-filter');
    window.history.replaceState(null, '', '/field-guide/tools/decision-checklist/scenarios/?c=aws&scope=tracking');
    let items = page();
    applyScenarioFilter(document);
    expect(items.map((i) => i.hidden)).toEqual([false, true, true]);
    expect(document.querySelector('.scenario-count')!.textContent).toBe('1 of 3 scenarios shown.');
    const scope = document.getElementById('scenario-scope') as HTMLSelectElement;
    scope.value = '';
    scope.dispatchEvent(new Event('change'));
    expect(window.location.search).toBe('?c=aws');
    expect(items.map((i) => i.hidden)).toEqual([false, false, true]);

    window.history.replaceState(null, '', '/field-guide/tools/decision-checklist/scenarios/?c=<script>&scope=nope');
    items = page();
    applyScenarioFilter(document);
    expect(items.every((i) => !i.hidden)).toBe(true);
  });
});
