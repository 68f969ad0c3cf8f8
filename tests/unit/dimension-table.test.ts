import { describe, expect, it } from 'vitest';
import { dimensionRows, seedValue, type FrameworkForTables } from '../../src/lib/dimension-table';
import { CAPABILITY_IDS, PROFILE_FIELDS } from '../../src/lib/vocabulary';

function framework(id: string, title: string, effort: NonNullable<FrameworkForTables['seed']>['implementationEffort']): FrameworkForTables {
  return {
    id,
    title,
    seed: {
      keyFeatures: ['Experiment tracking', 'Model registry'],
      strengths: ['Open source'],
      limitations: ['Limited built-in orchestration'],
      bestFor: 'Teams that want control',
      implementationEffort: effort,
      costModel: 'free-open-source',
      hiddenCosts: ['Engineering time'],
      complianceGroup: 'open-source-deployment',
    },
    profile: Object.fromEntries(PROFILE_FIELDS.map((f) => [f, { text: `${title} ${f}`, sources: [`${id}-${f}`] }])) as FrameworkForTables['profile'],
    capabilities: Object.fromEntries(
      CAPABILITY_IDS.map((c) => [c, { level: c === 'automl' ? 'none' : 'native', note: `${title} ${c}`, sources: [`${id}-${c}`] }]),
    ) as FrameworkForTables['capabilities'],
  };
}

const frameworks = [framework('mlflow', 'MLflow', 'medium'), framework('metaflow', 'Metaflow', 'low')];

describe('dimension tables', () => {
  it('turns enum seed values into the original article’s words and keeps lists as lists', () => {
    expect(seedValue(frameworks[0]!.seed, 'implementationEffort')).toBe('Medium');
    expect(seedValue(frameworks[1]!.seed, 'implementationEffort')).toBe('Low');
    expect(seedValue(frameworks[0]!.seed, 'costModel')).toMatch(/^Free \/ open source/);
    expect(seedValue(frameworks[0]!.seed, 'complianceGroup')).toMatch(/^Open source: compliance depends/);
    expect(seedValue(frameworks[0]!.seed, 'keyFeatures')).toEqual(['Experiment tracking', 'Model registry']);
  });

  it('builds one row per framework with exactly the columns the dimension asks for', () => {
    const rows = dimensionRows({ seed: 'implementationEffort', profile: 'implementationEffort' }, frameworks);
    expect(rows).toEqual([
      {
        frameworkId: 'mlflow',
        frameworkTitle: 'MLflow',
        seed: 'Medium',
        profile: { text: 'MLflow implementationEffort', sources: ['mlflow-implementationEffort'] },
        capabilities: [],
      },
      {
        frameworkId: 'metaflow',
        frameworkTitle: 'Metaflow',
        seed: 'Low',
        profile: { text: 'Metaflow implementationEffort', sources: ['metaflow-implementationEffort'] },
        capabilities: [],
      },
    ]);
  });

  it('adds capability cells with their level words, note and sources', () => {
    const [row] = dimensionRows({ capabilities: ['automl', 'model-registry'] }, frameworks);
    expect(row!.seed).toBeUndefined();
    expect(row!.profile).toBeUndefined();
    expect(row!.capabilities).toEqual([
      { id: 'automl', label: 'AutoML', level: 'none', levelLabel: 'None', note: 'MLflow automl', sources: ['mlflow-automl'] },
      {
        id: 'model-registry',
        label: 'Model registry',
        level: 'native',
        levelLabel: 'Native',
        note: 'MLflow model-registry',
        sources: ['mlflow-model-registry'],
      },
    ]);
  });
});
