import { describe, expect, it } from 'vitest';
import { toCsv, toMarkdown } from '../../src/lib/compare/export';
import { allPairs, pairSummary, whenToPick } from '../../src/lib/compare/pairs';
import { compareTable, differencesOnly, hiddenByDifferences, rowDiffers, visibleTable, type CompareFramework } from '../../src/lib/compare/rows';
import { readCompareState, resolveSelection, writeCompareState } from '../../src/lib/compare/selection';
import { CAPABILITY_IDS, type CapabilityId, type SupportLevel } from '../../src/lib/vocabulary';

const KNOWN = ['mlflow', 'kubeflow', 'sagemaker', 'azure-ml', 'vertex-ai', 'metaflow'];
const DEFAULT = ['mlflow', 'kubeflow'];

describe('compare selection from the URL', () => {
  it.each([
    ['', ['mlflow', 'kubeflow'], []],
    ['?fw=metaflow,mlflow', ['mlflow', 'metaflow'], []],
    ['?fw=sagemaker,%20vertex-ai', ['sagemaker', 'vertex-ai'], []],
    ['?fw=mlflow,nope,kubeflow', ['mlflow', 'kubeflow'], ['unknown framework "nope"']],
    ['?fw=mlflow,mlflow,kubeflow', ['mlflow', 'kubeflow'], ['"mlflow" listed twice (shown once)']],
    [
      '?fw=metaflow,vertex-ai,azure-ml,sagemaker,kubeflow,mlflow,mlflow,extra',
      ['mlflow', 'kubeflow', 'sagemaker', 'azure-ml', 'vertex-ai', 'metaflow'],
      ['"mlflow" listed twice (shown once)', 'unknown framework "extra"'],
    ],
    [
      '?fw=mlflow,nope',
      ['mlflow', 'kubeflow'],
      ['unknown framework "nope"', 'fewer than 2 frameworks were usable, so the default selection is shown'],
    ],
    ['?fw=<script>,kubeflow,mlflow&x=1', ['mlflow', 'kubeflow'], ['unknown setting "x"', 'unknown framework "script"']],
    ['?fw=mlflow,kubeflow&fw=metaflow', ['mlflow', 'kubeflow'], ['a repeated "fw" (the first one was used)']],
  ])('%s → %j, ignoring %j', (search, ids, ignored) => {
    expect(readCompareState(search, KNOWN, DEFAULT)).toEqual({ ids, differencesOnly: false, ignored });
  });

  it('keeps at most six and names the seventh', () => {
    const known = [...KNOWN, 'seventh'];
    expect(resolveSelection(known, known, DEFAULT)).toEqual({
      ids: KNOWN,
      ignored: ['"seventh" (at most 6 frameworks can be compared)'],
    });
  });

  it.each([
    ['?show=differences&fw=vertex-ai,mlflow', true, []],
    ['?show=all', false, []],
    ['?show=maybe', false, ['"show" had a value we could not use ("maybe"), so its default was kept']],
  ])('reads "differences only" from %s', (search, differencesOnly, ignored) => {
    expect(readCompareState(search, KNOWN, DEFAULT)).toMatchObject({ differencesOnly, ignored });
  });

  it('writes the state back in one readable spelling that reads back the same', () => {
    expect(writeCompareState(['mlflow', 'vertex-ai'])).toBe('?fw=mlflow,vertex-ai');
    expect(writeCompareState(['mlflow', 'vertex-ai'], true)).toBe('?fw=mlflow,vertex-ai&show=differences');
    expect(readCompareState(writeCompareState(['mlflow', 'vertex-ai'], true), KNOWN, DEFAULT)).toEqual({
      ids: ['mlflow', 'vertex-ai'],
      differencesOnly: true,
      ignored: [],
    });
    expect(writeCompareState([])).toBe('');
  });
});

function framework(id: string, title: string, levels: Partial<Record<CapabilityId, SupportLevel>>, over: Partial<CompareFramework['seed']> = {}): CompareFramework {
  return {
    id,
    title,
    kind: 'open-source',
    seed: {
      keyFeatures: ['Tracking', 'Registry'],
      strengths: ['Open source'],
      limitations: ['Limited orchestration'],
      bestFor: 'Teams that want control',
      implementationEffort: 'medium',
      costModel: 'free-open-source',
      hiddenCosts: ['Engineering time'],
      complianceGroup: 'open-source-deployment',
      ...over,
    },
    capabilities: Object.fromEntries(
      CAPABILITY_IDS.map((c) => [c, { level: levels[c] ?? 'native', note: `${title} does ${c}`, sources: [`${id}-src`] }]),
    ) as CompareFramework['capabilities'],
  };
}

const alpha = framework('alpha', 'Alpha', { automl: 'none' });
const beta = framework('beta', 'Beta', { automl: 'partial', 'feature-store': 'unknown' }, { implementationEffort: 'high', strengths: ['Open source'] });

describe('compare rows', () => {
  const table = compareTable([alpha, beta]);

  it('leads with the twelve capabilities (the evidence), then the eight ratings, one cell per framework', () => {
    expect(table.frameworks).toEqual([{ id: 'alpha', title: 'Alpha' }, { id: 'beta', title: 'Beta' }]);
    expect(table.sections.map((s) => [s.id, s.rows.length])).toEqual([
      ['capabilities', 12],
      ['ratings', 8],
    ]);
    expect(table.sections[1]!.rows[0]).toEqual({
      id: 'keyFeatures',
      label: 'Key features',
      cells: [
        { text: 'Tracking; Registry', items: ['Tracking', 'Registry'], sources: [] },
        { text: 'Tracking; Registry', items: ['Tracking', 'Registry'], sources: [] },
      ],
      keys: ['Tracking; Registry', 'Tracking; Registry'],
      comparable: false,
    });
    expect(table.sections[1]!.rows[4]!.cells.map((c) => c.text)).toEqual(['Medium', 'High']);
    const automl = table.sections[0]!.rows.find((r) => r.id === 'automl')!;
    expect(automl.cells[0]).toEqual({ text: '○ None: Alpha does automl (sources: alpha-src)', level: 'none', note: 'Alpha does automl', sources: ['alpha-src'] });
  });

  const freeTextDiffers = compareTable([alpha, framework('gamma', 'Gamma', {}, { strengths: ['Managed'] })]);
  it('never counts free text as a difference: its wording always differs', () => {
    const strengths = freeTextDiffers.sections[1]!.rows.find((r) => r.id === 'strengths')!;
    expect(strengths.keys).toEqual(['Open source', 'Managed']);
    expect(rowDiffers(strengths)).toBe(false);
  });

  it.each([
    ['keyFeatures', false],
    ['implementationEffort', true],
    ['experiment-tracking', false],
    ['automl', true],
    ['feature-store', true],
  ])('row %s differs: %s (capabilities compare levels, not notes)', (id, differs) => {
    const row = table.sections.flatMap((s) => s.rows).find((r) => r.id === id)!;
    expect(rowDiffers(row)).toBe(differs);
  });

  it('keeps only differing rows and drops empty sections', () => {
    const diff = differencesOnly(table);
    expect(diff.sections.map((s) => s.rows.map((r) => r.id))).toEqual([['feature-store', 'automl'], ['implementationEffort']]);
    expect(differencesOnly(compareTable([alpha, alpha])).sections).toEqual([]);
  });

  it('counts what "differences only" hides: agreeing rows and free-text rows', () => {
    // 12 capabilities, 2 differ; 3 closed ratings (effort, cost model, compliance), 1 differs; 5 free-text ratings.
    expect(hiddenByDifferences(table)).toEqual({ agreeing: 10 + 2, freeText: 5 });
    expect(hiddenByDifferences(compareTable([alpha, alpha]))).toEqual({ agreeing: 15, freeText: 5 });
  });

  it('shows exactly the visible sections', () => {
    const shown = visibleTable(table, { differencesOnly: true, collapsed: ['ratings'] });
    expect(shown.sections.map((s) => s.rows.map((r) => r.id))).toEqual([['feature-store', 'automl']]);
  });
});

describe('exports', () => {
  const onScreen = visibleTable(compareTable([alpha, beta]), { differencesOnly: true, collapsed: [] });

  it('writes the visible table as CSV', () => {
    expect(toCsv(onScreen)).toBe(
      [
        'Section,Dimension,Alpha,Beta',
        'Capabilities: sourced support levels,Feature store,● Native: Alpha does feature-store (sources: alpha-src),? Unknown: Beta does feature-store (sources: beta-src)',
        'Capabilities: sourced support levels,AutoML,○ None: Alpha does automl (sources: alpha-src),◔ Partial: Beta does automl (sources: beta-src)',
        'Ratings from the original article,Implementation effort,Medium,High',
        '',
      ].join('\r\n'),
    );
  });

  it('writes the visible table as Markdown', () => {
    expect(toMarkdown(onScreen)).toBe(
      [
        '| Section | Dimension | Alpha | Beta |',
        '| --- | --- | --- | --- |',
        '| Capabilities: sourced support levels | Feature store | ● Native: Alpha does feature-store (sources: alpha-src) | ? Unknown: Beta does feature-store (sources: beta-src) |',
        '| Capabilities: sourced support levels | AutoML | ○ None: Alpha does automl (sources: alpha-src) | ◔ Partial: Beta does automl (sources: beta-src) |',
        '| Ratings from the original article | Implementation effort | Medium | High |',
        '',
      ].join('\n'),
    );
  });
});

describe('pair pages', () => {
  it('makes 15 pairs from six frameworks, ids in alphabetical order', () => {
    const pairs = allPairs(KNOWN.map((id) => ({ id })));
    expect(pairs).toHaveLength(15);
    expect(pairs.map((p) => p.slug).slice(0, 6)).toEqual([
      'azure-ml-vs-kubeflow',
      'azure-ml-vs-metaflow',
      'azure-ml-vs-mlflow',
      'azure-ml-vs-sagemaker',
      'azure-ml-vs-vertex-ai',
      'kubeflow-vs-metaflow',
    ]);
    expect(pairs.at(-1)!.slug).toBe('sagemaker-vs-vertex-ai');
  });

  it('summarises kind, effort, cost model and differing capabilities', () => {
    const managed = { ...beta, kind: 'managed-service' as const, seed: { ...beta.seed, costModel: 'pay-as-you-go' as const } };
    expect(pairSummary(alpha, managed)).toEqual({
      sentences: [
        'Alpha is open source; Beta is a managed cloud service.',
        'Implementation effort is rated Medium for Alpha and High for Beta.',
        'Cost model: Alpha is free / open source (you pay for the infrastructure you run it on); Beta is pay as you go (usage-based cloud billing).',
        'Support levels differ for 2 of 12 capabilities:',
      ],
      differences: [
        { id: 'feature-store', label: 'Feature store', first: 'native', second: 'unknown' },
        { id: 'automl', label: 'AutoML', first: 'none', second: 'partial' },
      ],
    });
    expect(pairSummary(alpha, alpha)).toEqual({
      sentences: [
        'Both are open source.',
        'Both are rated Medium for implementation effort.',
        'Both have the same cost model: free / open source (you pay for the infrastructure you run it on).',
        'They have the same support level for all 12 capabilities; the notes below say how each one does it.',
      ],
      differences: [],
    });
  });

  it('advises when to pick which from best-for and limitations', () => {
    expect(whenToPick(alpha, beta)).toEqual([
      { id: 'alpha', title: 'Alpha', bestFor: 'Teams that want control', limitations: ['Limited orchestration'] },
      { id: 'beta', title: 'Beta', bestFor: 'Teams that want control', limitations: ['Limited orchestration'] },
    ]);
  });
});
