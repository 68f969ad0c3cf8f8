import { describe, expect, it } from 'vitest';
import { toCsv, toMarkdown } from '~/lib/compare/export';
import { allPairs, neighbourPairs, pairsByFramework, pairSummary, whenToPick } from '~/lib/compare/pairs';
import { compareTable, differencesOnly, hiddenByDifferences, rowDiffers, visibleTable, type CompareFramework } from '~/lib/compare/rows';
import { readCompareState, resolveSelection, writeCompareState } from '~/lib/compare/selection';
import { CAPABILITY_IDS, type CapabilityId, type SupportLevel } from '~/lib/vocabulary';
import { currentCells, type CurrentInput } from '~/lib/compare/current';
import { fakeCurrentInput, fakeFramework } from '../support/fixtures';

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
    ['?fw=alpha,nope', ['alpha', 'beta'], ['unknown framework "nope"', 'fewer than 2 frameworks were usable, so the default selection is shown']],
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

function framework(id: string, title: string, levels: Partial<Record<CapabilityId, SupportLevel>>, current: Partial<CurrentInput> = {}): CompareFramework {
  const fake = fakeFramework(id, title, { levels, capabilityNote: (c) => `${title} does ${c}`, sourcesFor: () => [`${id}-src`] });
  return { ...fake, current: currentCells(fakeCurrentInput(id, title, { capabilities: fake.capabilities, ...current })) };
}

const alpha = framework('alpha', 'Alpha', { automl: 'none' });
const beta = framework(
  'beta',
  'Beta',
  { automl: 'partial', 'feature-store': 'unknown' },
  {
    checklist: { ...fakeCurrentInput('beta', 'Beta').checklist, kubernetes: { level: 'required', note: 'It is a set of Kubernetes applications.', sources: ['beta-k8s'] } },
  },
);

describe('compare rows', () => {
  const table = compareTable([alpha, beta]);

  it('leads with the current picture, then every capability, one cell per framework, each with its sources', () => {
    expect(table.frameworks).toEqual([
      { id: 'alpha', title: 'Alpha' },
      { id: 'beta', title: 'Beta' },
    ]);
    expect(table.sections.map((s) => [s.id, s.rows.length])).toEqual([
      ['current', 13],
      ['capabilities', CAPABILITY_IDS.length],
    ]);
    const kubernetes = table.sections[0]!.rows.find((r) => r.id === 'kubernetes')!;
    expect(kubernetes).toEqual({
      id: 'kubernetes',
      label: 'Kubernetes needed',
      cells: [
        {
          text: 'Optional. It runs on a virtual machine or a cluster. (sources: alpha-k8s)',
          note: 'Optional. It runs on a virtual machine or a cluster.',
          sources: ['alpha-k8s'],
          link: undefined,
        },
        { text: 'Yes. It is a set of Kubernetes applications. (sources: beta-k8s)', note: 'Yes. It is a set of Kubernetes applications.', sources: ['beta-k8s'], link: undefined },
      ],
      keys: ['Optional', 'Yes'],
      comparable: true,
    });
    const cost = table.sections[0]!.rows.find((r) => r.id === 'cost')!;
    expect(cost.cells[0]!.link).toEqual({ href: '/tools/cost-calculator/', text: 'Every line in the calculator' });
    const automl = table.sections[1]!.rows.find((r) => r.id === 'automl')!;
    expect(automl.cells[0]).toEqual({ text: '○ None: Alpha does automl (sources: alpha-src)', level: 'none', note: 'Alpha does automl', sources: ['alpha-src'] });
  });

  it('never counts free text as a difference: its wording always differs', () => {
    const today = table.sections[0]!.rows.find((r) => r.id === 'today')!;
    expect(today.keys).toEqual(['Alpha today', 'Beta today']);
    expect(rowDiffers(today)).toBe(false);
  });

  it.each([
    ['today', false],
    ['kubernetes', true],
    ['team', false],
    ['experiment-tracking', false],
    ['automl', true],
    ['feature-store', true],
  ])('row %s differs: %s (capabilities compare levels, not notes)', (id, differs) => {
    const row = table.sections.flatMap((s) => s.rows).find((r) => r.id === id)!;
    expect(rowDiffers(row)).toBe(differs);
  });

  it('keeps only differing rows and drops empty sections', () => {
    const diff = differencesOnly(table);
    expect(diff.sections.map((s) => s.rows.map((r) => r.id))).toEqual([['kubernetes'], ['feature-store', 'automl']]);
    expect(differencesOnly(compareTable([alpha, alpha])).sections).toEqual([]);
  });

  it('counts what "differences only" hides: agreeing rows and free-text rows', () => {
    // Two closed current rows (Kubernetes differs, team agrees) and 11 free-text ones; every capability but 2 agrees.
    expect(hiddenByDifferences(table)).toEqual({ agreeing: CAPABILITY_IDS.length - 2 + 1, freeText: 11 });
    expect(hiddenByDifferences(compareTable([alpha, alpha]))).toEqual({ agreeing: CAPABILITY_IDS.length + 2, freeText: 11 });
  });

  it('shows exactly the visible sections', () => {
    const shown = visibleTable(table, { differencesOnly: true, collapsed: ['current'] });
    expect(shown.sections.map((s) => s.rows.map((r) => r.id))).toEqual([['feature-store', 'automl']]);
  });
});

describe('exports', () => {
  const onScreen = visibleTable(compareTable([alpha, beta]), { differencesOnly: true, collapsed: [] });

  it('writes the visible table as CSV', () => {
    expect(toCsv(onScreen)).toBe(
      [
        'Section,Dimension,Alpha,Beta',
        'The current picture,Kubernetes needed,Optional. It runs on a virtual machine or a cluster. (sources: alpha-k8s),Yes. It is a set of Kubernetes applications. (sources: beta-k8s)',
        'Capabilities,Feature store,● Native: Alpha does feature-store (sources: alpha-src),? Unknown: Beta does feature-store (sources: beta-src)',
        'Capabilities,AutoML,○ None: Alpha does automl (sources: alpha-src),◔ Partial: Beta does automl (sources: beta-src)',
        '',
      ].join('\r\n'),
    );
  });

  it('writes the visible table as Markdown', () => {
    expect(toMarkdown(onScreen)).toBe(
      [
        '| Section | Dimension | Alpha | Beta |',
        '| --- | --- | --- | --- |',
        '| The current picture | Kubernetes needed | Optional. It runs on a virtual machine or a cluster. (sources: alpha-k8s) | Yes. It is a set of Kubernetes applications. (sources: beta-k8s) |',
        '| Capabilities | Feature store | ● Native: Alpha does feature-store (sources: alpha-src) | ? Unknown: Beta does feature-store (sources: beta-src) |',
        '| Capabilities | AutoML | ○ None: Alpha does automl (sources: alpha-src) | ◔ Partial: Beta does automl (sources: beta-src) |',
        '',
      ].join('\n'),
    );
  });
});

describe('pair pages', () => {
  it('makes 15 pairs from six frameworks, ids in alphabetical order', () => {
    const pairs = allPairs(KNOWN.map((id) => ({ id })));
    expect(pairs).toHaveLength(15);
    expect(pairs.map((p) => p.slug).slice(0, 6)).toEqual(['alpha-vs-beta', 'alpha-vs-delta', 'alpha-vs-epsilon', 'alpha-vs-gamma', 'alpha-vs-zeta', 'beta-vs-delta']);
    expect(pairs.at(-1)!.slug).toBe('gamma-vs-zeta');
  });

  it('links each pair to the other pairs of each of its two frameworks, 2 × (n − 2) in all', () => {
    const pairs = allPairs(KNOWN.map((id) => ({ id })));
    const byFramework = pairsByFramework(pairs);
    expect(byFramework.get('gamma')!.map((p) => p.slug)).toEqual(['alpha-vs-gamma', 'beta-vs-gamma', 'delta-vs-gamma', 'gamma-vs-zeta', 'epsilon-vs-gamma'].sort());
    const [first, second] = neighbourPairs(
      pairs.find((p) => p.slug === 'beta-vs-gamma')!,
      byFramework,
    );
    expect(first.framework.id).toBe('beta');
    expect(first.pairs.map((p) => p.slug)).toEqual(['alpha-vs-beta', 'beta-vs-delta', 'beta-vs-epsilon', 'beta-vs-zeta']);
    expect(second.framework.id).toBe('gamma');
    expect(second.pairs.map((p) => p.slug)).toEqual(['alpha-vs-gamma', 'delta-vs-gamma', 'epsilon-vs-gamma', 'gamma-vs-zeta']);
    expect(first.pairs.length + second.pairs.length).toBe(2 * (KNOWN.length - 2));
  });

  it('summarises kind, cost at the reference team, setup time and differing capabilities', () => {
    const managed: CompareFramework = {
      ...beta,
      kind: 'managed-service',
      current: currentCells(
        fakeCurrentInput('beta', 'Beta', {
          kind: 'managed-service',
          cost: { mode: 'cloud', monthly: '$4,000 ($3,000–$6,000)', oneTime: '$5,000 ($4,000–$8,000)', quoted: '', href: '/c/', sources: ['beta-cost'] },
          modes: [{ mode: 'cloud', setupWeeks: { low: 0.5, likely: 1, high: 2 }, exitWeeks: { low: 4, likely: 8, high: 16 }, opsHoursMonthly: 2, sources: ['beta-effort'] }],
        }),
      ),
    };
    expect(pairSummary(alpha, managed)).toEqual({
      sentences: [
        'Alpha is open source; Beta is a managed cloud service.',
        'At the cost calculator’s reference team, Alpha runs about $10,000 ($8,000–$14,000) a month (self-hosted) and Beta about $4,000 ($3,000–$6,000) a month (managed by a cloud provider).',
        'A first production pipeline takes about 2 person-weeks (1–6) (self-hosted) with Alpha and 1 person-week (0.5–2) (managed by a cloud provider) with Beta.',
        `Support levels differ for 2 of ${CAPABILITY_IDS.length} capabilities:`,
      ],
      differences: [
        { id: 'feature-store', label: 'Feature store', first: 'native', second: 'unknown' },
        { id: 'automl', label: 'AutoML', first: 'none', second: 'partial' },
      ],
    });
    const unpriced: CompareFramework = { ...alpha, current: currentCells(fakeCurrentInput('alpha', 'Alpha', { cost: undefined, modes: [] })) };
    expect(pairSummary(unpriced, alpha).sentences.slice(1)).toEqual([
      'The cost calculator prices Alpha at its reference team; the table below says why a figure is missing.',
      `They have the same support level for all ${CAPABILITY_IDS.length} capabilities; the notes below say how each one does it.`,
    ]);
  });

  it("advises when to pick which from each article's current best for and avoid if, with their sources", () => {
    expect(whenToPick(alpha, beta)).toEqual([
      { id: 'alpha', title: 'Alpha', bestFor: 'Alpha best for', avoidIf: 'Alpha avoid if', sources: ['alpha-src'] },
      { id: 'beta', title: 'Beta', bestFor: 'Beta best for', avoidIf: 'Beta avoid if', sources: ['beta-src'] },
    ]);
  });
});
