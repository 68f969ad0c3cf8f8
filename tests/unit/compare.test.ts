import { describe, expect, it } from 'vitest';
import { toCsv, toMarkdown } from '../../src/lib/compare/export';
import { allPairs, neighbourPairs, pairsByFramework, pairSummary, whenToPick } from '../../src/lib/compare/pairs';
import { compareTable, differencesOnly, hiddenByDifferences, rowDiffers, visibleTable, type CompareFramework } from '../../src/lib/compare/rows';
import { readCompareState, resolveSelection, writeCompareState } from '../../src/lib/compare/selection';
import { CAPABILITY_IDS, type CapabilityId, type SupportLevel } from '../../src/lib/vocabulary';
import { fakeFramework } from '../support/fixtures';

const KNOWN = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'];
const DEFAULT = ['alpha', 'beta'];

describe('compare selection from the URL', () => {
  it.each([
    ['', ['alpha', 'beta'], []],
    ['?fw=zeta,alpha', ['alpha', 'zeta'], []],
    ['?fw=gamma,%20epsilon', ['gamma', 'epsilon'], []],
    ['?fw=alpha,nope,beta', ['alpha', 'beta'], ['unknown framework "nope"']],
    ['?fw=alpha,alpha,beta', ['alpha', 'beta'], ['"alpha" listed twice (shown once)']],
    [
      '?fw=zeta,epsilon,delta,gamma,beta,alpha,alpha,extra',
      ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta'],
      ['"alpha" listed twice (shown once)', 'unknown framework "extra"'],
    ],
    [
      '?fw=alpha,nope',
      ['alpha', 'beta'],
      ['unknown framework "nope"', 'fewer than 2 frameworks were usable, so the default selection is shown'],
    ],
    ['?fw=<script>,beta,alpha&x=1', ['alpha', 'beta'], ['unknown setting "x"', 'unknown framework "script"']],
    ['?fw=alpha,beta&fw=zeta', ['alpha', 'beta'], ['a repeated "fw" (the first one was used)']],
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
    ['?show=differences&fw=epsilon,alpha', true, []],
    ['?show=all', false, []],
    ['?show=maybe', false, ['"show" had a value we could not use ("maybe"), so its default was kept']],
  ])('reads "differences only" from %s', (search, differencesOnly, ignored) => {
    expect(readCompareState(search, KNOWN, DEFAULT)).toMatchObject({ differencesOnly, ignored });
  });

  it('writes the state back in one readable spelling that reads back the same', () => {
    expect(writeCompareState(['alpha', 'epsilon'])).toBe('?fw=alpha,epsilon');
    expect(writeCompareState(['alpha', 'epsilon'], true)).toBe('?fw=alpha,epsilon&show=differences');
    expect(readCompareState(writeCompareState(['alpha', 'epsilon'], true), KNOWN, DEFAULT)).toEqual({
      ids: ['alpha', 'epsilon'],
      differencesOnly: true,
      ignored: [],
    });
    expect(writeCompareState([])).toBe('');
  });
});

function framework(id: string, title: string, levels: Partial<Record<CapabilityId, SupportLevel>>, seed: Partial<CompareFramework['seed']> = {}): CompareFramework {
  return fakeFramework(id, title, { levels, seed, capabilityNote: (c) => `${title} does ${c}`, sourcesFor: () => [`${id}-src`] });
}

const alpha = framework('alpha', 'Alpha', { automl: 'none' });
const beta = framework('beta', 'Beta', { automl: 'partial', 'feature-store': 'unknown' }, { implementationEffort: 'high', strengths: ['Open source'] });

describe('compare rows', () => {
  const table = compareTable([alpha, beta]);

  it('leads with every capability (the evidence), then the eight ratings, one cell per framework', () => {
    expect(table.frameworks).toEqual([{ id: 'alpha', title: 'Alpha' }, { id: 'beta', title: 'Beta' }]);
    expect(table.sections.map((s) => [s.id, s.rows.length])).toEqual([
      ['capabilities', CAPABILITY_IDS.length],
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
    // Every capability but 2 agrees; 3 closed ratings (effort, cost model, compliance), 1 differs; 5 free-text ratings.
    expect(hiddenByDifferences(table)).toEqual({ agreeing: CAPABILITY_IDS.length - 2 + 2, freeText: 5 });
    expect(hiddenByDifferences(compareTable([alpha, alpha]))).toEqual({ agreeing: CAPABILITY_IDS.length + 3, freeText: 5 });
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
        'Capabilities,Feature store,● Native: Alpha does feature-store (sources: alpha-src),? Unknown: Beta does feature-store (sources: beta-src)',
        'Capabilities,AutoML,○ None: Alpha does automl (sources: alpha-src),◔ Partial: Beta does automl (sources: beta-src)',
        'Classic ratings,Implementation effort,Medium,High',
        '',
      ].join('\r\n'),
    );
  });

  it('writes the visible table as Markdown', () => {
    expect(toMarkdown(onScreen)).toBe(
      [
        '| Section | Dimension | Alpha | Beta |',
        '| --- | --- | --- | --- |',
        '| Capabilities | Feature store | ● Native: Alpha does feature-store (sources: alpha-src) | ? Unknown: Beta does feature-store (sources: beta-src) |',
        '| Capabilities | AutoML | ○ None: Alpha does automl (sources: alpha-src) | ◔ Partial: Beta does automl (sources: beta-src) |',
        '| Classic ratings | Implementation effort | Medium | High |',
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
      'alpha-vs-beta',
      'alpha-vs-delta',
      'alpha-vs-epsilon',
      'alpha-vs-gamma',
      'alpha-vs-zeta',
      'beta-vs-delta',
    ]);
    expect(pairs.at(-1)!.slug).toBe('gamma-vs-zeta');
  });

  it('links each pair to the other pairs of each of its two frameworks, 2 × (n − 2) in all', () => {
    const pairs = allPairs(KNOWN.map((id) => ({ id })));
    const byFramework = pairsByFramework(pairs);
    expect(byFramework.get('gamma')!.map((p) => p.slug)).toEqual(['alpha-vs-gamma', 'beta-vs-gamma', 'delta-vs-gamma', 'gamma-vs-zeta', 'epsilon-vs-gamma'].sort());
    const [first, second] = neighbourPairs(pairs.find((p) => p.slug === 'beta-vs-gamma')!, byFramework);
    expect(first.framework.id).toBe('beta');
    expect(first.pairs.map((p) => p.slug)).toEqual(['alpha-vs-beta', 'beta-vs-delta', 'beta-vs-epsilon', 'beta-vs-zeta']);
    expect(second.framework.id).toBe('gamma');
    expect(second.pairs.map((p) => p.slug)).toEqual(['alpha-vs-gamma', 'delta-vs-gamma', 'epsilon-vs-gamma', 'gamma-vs-zeta']);
    expect(first.pairs.length + second.pairs.length).toBe(2 * (KNOWN.length - 2));
  });

  it('summarises kind, effort, cost model and differing capabilities', () => {
    const managed = { ...beta, kind: 'managed-service' as const, seed: { ...beta.seed!, costModel: 'pay-as-you-go' as const } };
    expect(pairSummary(alpha, managed)).toEqual({
      sentences: [
        'Alpha is open source; Beta is a managed cloud service.',
        'Implementation effort is rated Medium for Alpha and High for Beta.',
        'Cost model: Alpha is free / open source (you pay for the infrastructure you run it on); Beta is pay as you go (usage-based cloud billing).',
        `Support levels differ for 2 of ${CAPABILITY_IDS.length} capabilities:`,
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
        `They have the same support level for all ${CAPABILITY_IDS.length} capabilities; the notes below say how each one does it.`,
      ],
      differences: [],
    });
  });

  it('advises when to pick which from each article\'s current best for and avoid if, with their sources', () => {
    expect(whenToPick(alpha, beta)).toEqual([
      { id: 'alpha', title: 'Alpha', bestFor: 'Alpha best for', avoidIf: 'Alpha avoid if', sources: ['alpha-src'] },
      { id: 'beta', title: 'Beta', bestFor: 'Beta best for', avoidIf: 'Beta avoid if', sources: ['beta-src'] },
    ]);
  });
});
