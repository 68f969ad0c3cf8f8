/** The decision checklist island in happy-dom: its controls, the live ranking, the URL and storage. */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import DecisionChecklist, { STORAGE_KEY, type ChecklistLinks } from '../../src/islands/DecisionChecklist';
import { loadDecisionModel } from '../support/decision';

const model = loadDecisionModel();
const links: ChecklistLinks = {
  checklist: '/field-guide/tools/decision-checklist/',
  calculator: '/field-guide/tools/cost-calculator/',
  sources: '/field-guide/sources/',
  frameworks: '/field-guide/frameworks/',
};

function visit(search: string) {
  window.history.replaceState(null, '', `/field-guide/tools/decision-checklist/${search}`);
}

/** Framework names in ranking order, with their verdicts, as a reader sees them. */
function ranking(): string[] {
  const list = screen.getAllByRole('list').find((el) => el.classList.contains('decision-ranking'))!;
  return within(list)
    .getAllByRole('listitem')
    .filter((item) => item.classList.contains('decision-rank'))
    .map((item) => `${item.querySelector('a')!.textContent} ${item.querySelector('.decision-verdict')!.textContent!.replace(/^\S+ /, '')}`);
}

beforeEach(() => {
  window.localStorage.clear();
  visit('');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the full checklist', () => {
  it('asks every question as a fieldset with a legend, every control labelled', () => {
    render(<DecisionChecklist model={model} links={links} />);
    const groups = screen.getAllByRole('group');
    expect(groups.map((g) => g.querySelector('legend')!.textContent)).toEqual(model.questions.map((q) => q.legend));
    for (const question of model.questions) {
      const group = screen.getByRole('group', { name: question.legend });
      const role = question.kind === 'one' ? 'radio' : 'checkbox';
      expect(within(group).getAllByRole(role).map((input) => (input as HTMLInputElement).labels![0]!.textContent!.trim())).toEqual(
        question.answers.map((a) => a.label),
      );
    }
  });

  it('reads the answers from the URL and ranks every framework with reasons', () => {
    visit('?c=aws&comp=hipaa&oss=2&pri=governance&scope=e2e');
    render(<DecisionChecklist model={model} links={links} />);
    expect(screen.getByRole('radio', { name: 'Amazon Web Services' })).toHaveProperty('checked', true);
    expect(ranking()).toEqual([
      'Amazon SageMaker AI Adopt',
      'Azure Machine Learning Assess',
      'Google Vertex AI Assess',
      'Metaflow Assess',
      'MLflow Assess',
      'Kubeflow Hold for your profile',
    ]);
    expect(screen.getByText(/^It runs in the cloud you already use for data\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Amazon SageMaker AI' }).getAttribute('href')).toBe('/field-guide/frameworks/sagemaker/');
    expect(screen.getByText('SageMaker AI + managed MLflow')).toBeTruthy();
    expect(screen.getByRole('link', { name: /cost calculator/ }).getAttribute('href')).toBe('/field-guide/tools/cost-calculator/?cloud=aws&team=7&platform=1');
  });

  it('re-ranks as answers change, writes them to the URL and storage, and announces the new ranking politely', () => {
    render(<DecisionChecklist model={model} links={links} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Strong – we run clusters and have a platform team' }));
    expect(ranking()[0]).toBe('Kubeflow Trial');
    fireEvent.click(screen.getByRole('radio', { name: 'Three or more full-time people' }));
    expect(ranking()[0]).toBe('Kubeflow Adopt');
    expect(window.location.search).toBe('?k8s=strong&ops=3plus');
    expect(window.localStorage.getItem(STORAGE_KEY)).toBe('?k8s=strong&ops=3plus');
    const announcement = screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite' && el.textContent!.startsWith('Ranking'))!;
    // Kubeflow 4, MLflow 1 (within 3 of the top: Trial), the rest 0 with Metaflow first on effort.
    expect(announcement.textContent).toBe('Ranking: 1. Kubeflow, Adopt; 2. MLflow, Trial; 3. Metaflow, Assess.');
  });

  it('ticks and unticks a multi-select answer, and shows a knock-out with the answer that caused it', () => {
    render(<DecisionChecklist model={model} links={links} />);
    const onPremises = screen.getByRole('checkbox', { name: 'Everything must run in our own data centre' });
    fireEvent.click(onPremises);
    expect(ranking().slice(-3)).toEqual(['Amazon SageMaker AI Ruled out', 'Azure Machine Learning Ruled out', 'Google Vertex AI Ruled out']);
    expect(screen.getAllByText('(your answer: Everything must run in our own data centre)')).toHaveLength(3);
    fireEvent.click(onPremises);
    expect(ranking().some((entry) => entry.endsWith('Ruled out'))).toBe(false);
    expect(window.location.search).toBe('');
  });

  it('back and forward restore earlier answers', () => {
    render(<DecisionChecklist model={model} links={links} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Google Cloud' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Microsoft Azure' }));
    act(() => {
      visit('?c=gcp');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByRole('radio', { name: 'Google Cloud' })).toHaveProperty('checked', true);
  });

  it('remembers the last answers when the URL has none, and resets to the defaults', () => {
    window.localStorage.setItem(STORAGE_KEY, '?oss=5&team=1-3&pri=proto');
    render(<DecisionChecklist model={model} links={links} />);
    // Metaflow 6, MLflow 4: a 2-point lead is Trial, not Adopt.
    expect(ranking().slice(0, 2)).toEqual(['Metaflow Trial', 'MLflow Trial']);
    expect(window.location.search).toBe('?oss=5&team=1-3&pri=proto');
    fireEvent.click(screen.getByRole('button', { name: 'Reset answers' }));
    expect(screen.getByRole('radio', { name: '3 – no preference' })).toHaveProperty('checked', true);
    expect(window.localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(screen.getByText('Answers reset to the defaults.')).toBeTruthy();
  });

  it('says what it ignored in a tampered link, as text, and keeps the rest', () => {
    visit('?c=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&k8s=strong&k8s=none&evil=1');
    const { container } = render(<DecisionChecklist model={model} links={links} />);
    expect(screen.getByRole('radio', { name: 'Strong – we run clusters and have a platform team' })).toHaveProperty('checked', true);
    expect(screen.getByText('Some of the link could not be used, so defaults were kept:')).toBeTruthy();
    expect(screen.getByText('a repeated "k8s" (the first one was used)')).toBeTruthy();
    expect(screen.getByText('unknown setting "evil"')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows ties with the tie-break and what would change the result', () => {
    render(<DecisionChecklist model={model} links={links} />);
    expect(screen.getByRole('heading', { name: 'Ties and close calls' })).toBeTruthy();
    expect(screen.getByText(/^Tied at 0 points: .* Tie-break: /)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What would change this' })).toBeTruthy();
    expect(screen.getAllByText(/would rank first\.$/).length).toBeGreaterThan(0);
  });
});

describe('sharing and export', () => {
  it('copies a link to the current answers', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) } });
    render(<DecisionChecklist model={model} links={links} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Microsoft Azure' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to these answers' }));
    expect(await screen.findByText('Link to these answers copied.')).toBeTruthy();
    expect(copied).toEqual([`${window.location.origin}/field-guide/tools/decision-checklist/?c=azure`]);
  });

  it('downloads the result as a dated Markdown decision record', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:record'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    visit('?c=aws&comp=hipaa&oss=2&pri=governance&scope=e2e');
    render(<DecisionChecklist model={model} links={links} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download decision record (Markdown)' }));
    const day = new Date().toISOString().slice(0, 10);
    expect(clicked).toEqual([`decision-record-${day}.md`]);
    const text = await blobs[0]!.text();
    expect(text).toContain(`Date: ${day}`);
    expect(text).toContain('| 1 | Amazon SageMaker AI | 10 | Adopt |');
    expect(text).toContain(`Checklist: ${window.location.origin}/field-guide/tools/decision-checklist/?c=aws&comp=hipaa&oss=2&pri=governance&scope=e2e`);
    expect(text).toContain(`(${window.location.origin}/field-guide/sources/#sagemaker-managed-mlflow)`);
    expect(screen.getByText('Decision record downloaded as Markdown.')).toBeTruthy();
  });
});

describe('the compact embed', () => {
  it('asks only the questions it does not preset or hide, shows the top three and links to the full checklist', () => {
    visit('?c=azure');
    render(
      <DecisionChecklist model={model} links={links} compact preset={{ cloud: ['aws'], compliance: ['hipaa'] }} hidden={['cloud', 'compliance', 'budget', 'musts']} />,
    );
    expect(screen.getAllByRole('group')).toHaveLength(model.questions.length - 4);
    expect(screen.queryByRole('group', { name: 'Which cloud do you already use for data?' })).toBeNull();
    // The embed ignores the page's URL: its preset (AWS) decides, not ?c=azure.
    // SageMaker AI 3 + 3 (its cloud), the other two 3 − 2.
    expect(ranking()).toEqual(['Amazon SageMaker AI Adopt', 'Azure Machine Learning Assess', 'Google Vertex AI Assess']);
    fireEvent.click(screen.getByRole('radio', { name: 'Governance and audit' }));
    expect(window.location.search).toBe('?c=azure');
    expect(screen.getByRole('link', { name: 'Open the full checklist with these answers' }).getAttribute('href')).toBe(
      '/field-guide/tools/decision-checklist/?c=aws&comp=hipaa&pri=governance',
    );
  });
});
