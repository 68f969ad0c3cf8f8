import { describe, expect, it } from 'vitest';
import { dimensionRows, seedValue, type FrameworkForTables } from '../../src/lib/dimension-table';
import { fakeFramework } from '../support/fixtures';

const frameworks: FrameworkForTables[] = [
  fakeFramework('alpha', 'Alpha', { levels: { automl: 'none' } }),
  fakeFramework('beta', 'Beta', { seed: { implementationEffort: 'low' }, levels: { automl: 'none' } }),
];

describe('dimension tables', () => {
  it('turns enum seed values into the original article’s words and keeps lists as lists', () => {
    expect(seedValue(frameworks[0]!.seed, 'implementationEffort')).toBe('Medium');
    expect(seedValue(frameworks[1]!.seed, 'implementationEffort')).toBe('Low');
    expect(seedValue(frameworks[0]!.seed, 'costModel')).toMatch(/^Free \/ open source/);
    expect(seedValue(frameworks[0]!.seed, 'complianceGroup')).toMatch(/^Open source: compliance depends/);
    expect(seedValue(frameworks[0]!.seed, 'keyFeatures')).toEqual(['Tracking', 'Registry']);
  });

  it('builds one row per framework with exactly the columns the dimension asks for', () => {
    const rows = dimensionRows({ seed: 'implementationEffort', profile: 'implementationEffort' }, frameworks);
    expect(rows).toEqual([
      {
        frameworkId: 'alpha',
        frameworkTitle: 'Alpha',
        seed: 'Medium',
        profile: { text: 'Alpha implementationEffort', sources: ['alpha-implementationEffort'] },
        capabilities: [],
      },
      {
        frameworkId: 'beta',
        frameworkTitle: 'Beta',
        seed: 'Low',
        profile: { text: 'Beta implementationEffort', sources: ['beta-implementationEffort'] },
        capabilities: [],
      },
    ]);
  });

  it('adds capability cells with their level words, note and sources', () => {
    const [row] = dimensionRows({ capabilities: ['automl', 'model-registry'] }, frameworks);
    expect(row!.seed).toBeUndefined();
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
