import { describe, expect, it } from 'vitest';
import { CURRENT_FOR_SEED, dimensionRows, seedValue, type FrameworkForTables } from '~/lib/dimension-table';
import { currentCells } from '~/lib/compare/current';
import { fakeCurrentInput, fakeFramework } from '../support/fixtures';

const frameworks: FrameworkForTables[] = [
  { ...fakeFramework('alpha', 'Alpha', { levels: { automl: 'none' } }), current: currentCells(fakeCurrentInput('alpha', 'Alpha')) },
  { ...fakeFramework('beta', 'Beta', { seed: { implementationEffort: 'low' }, levels: { automl: 'none' } }), current: currentCells(fakeCurrentInput('beta', 'Beta')) },
];

describe('dimension tables', () => {
  it('turns enum seed values into the original article’s words and keeps lists as lists', () => {
    expect(seedValue(frameworks[0]!.seed, 'implementationEffort')).toBe('Medium');
    expect(seedValue(frameworks[1]!.seed, 'implementationEffort')).toBe('Low');
    expect(seedValue(frameworks[0]!.seed, 'costModel')).toMatch(/^Free \/ open source/);
    expect(seedValue(frameworks[0]!.seed, 'complianceGroup')).toMatch(/^Open source: compliance depends/);
    expect(seedValue(frameworks[0]!.seed, 'keyFeatures')).toEqual(['Tracking', 'Registry']);
  });

  it('shows a classic field as the current row that answers it today, for every framework, with exactly the columns asked for', () => {
    const rows = dimensionRows({ seed: 'implementationEffort', profile: 'implementationEffort' }, frameworks);
    expect(rows).toEqual([
      {
        frameworkId: 'alpha',
        frameworkTitle: 'Alpha',
        current: { text: 'Self-hosted: 2 person-weeks (1–6).', sources: ['alpha-effort'], short: '2 person-weeks (1–6) (self-hosted)' },
        profile: { text: 'Alpha implementationEffort', sources: ['alpha-implementationEffort'] },
        capabilities: [],
      },
      {
        frameworkId: 'beta',
        frameworkTitle: 'Beta',
        current: { text: 'Self-hosted: 2 person-weeks (1–6).', sources: ['beta-effort'], short: '2 person-weeks (1–6) (self-hosted)' },
        profile: { text: 'Beta implementationEffort', sources: ['beta-implementationEffort'] },
        capabilities: [],
      },
    ]);
  });

  it('maps every classic field to a current row, and fails clearly without current rows', () => {
    expect(Object.values(CURRENT_FOR_SEED).sort()).toEqual(['avoid-if', 'best-for', 'best-for', 'compliance', 'cost', 'first-pipeline', 'operations', 'today']);
    expect(() => dimensionRows({ seed: 'bestFor' }, [fakeFramework('gamma', 'Gamma')])).toThrow('dimension table: no current rows for framework "gamma"');
  });

  it('adds capability cells with their level words, note and sources', () => {
    const [row] = dimensionRows({ capabilities: ['automl', 'model-registry'] }, frameworks);
    expect(row!.current).toBeUndefined();
    expect(row!.profile).toBeUndefined();
    expect(row!.capabilities).toEqual([
      { id: 'automl', label: 'AutoML', level: 'none', levelLabel: 'None', note: 'Alpha automl', sources: ['alpha-automl'] },
      {
        id: 'model-registry',
        label: 'Model registry',
        level: 'native',
        levelLabel: 'Native',
        note: 'Alpha model-registry',
        sources: ['alpha-model-registry'],
      },
    ]);
  });
});
