/**
 * Every team archetype in content/data/decision-scenarios.yaml, written from practitioner sources
 * before the engine scored them: the leader must be one the scenario accepts, every framework the
 * scenario says a hard requirement excludes must be ruled out, and none it calls implausible may be,
 * alone or as a stack member, among the first three options not ruled out.
 */
import { describe, expect, it, vi } from 'vitest';
import { costsFor } from '~/lib/decision/cost';
import { acceptsLeader, runScenario } from '~/lib/decision/scenarios';
import { loadCostData } from '../support/cost-data';
import { loadDecisionModel, loadScenarios } from '../support/decision';

// runScenario() ranks with rank(), as the scenarios page does: decide()'s insights are not needed for a
// verdict. Each scenario is judged without and with the cost model's terms. The timeout allows for a
// shared, loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const model = loadDecisionModel();
const scenarios = loadScenarios();
const costs = costsFor(loadCostData(), model.questions);

describe('decision scenarios', () => {
  it('there are at least 30, each with its own id', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
    expect(new Set(scenarios.map((s) => s.id)).size).toBe(scenarios.length);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, scenario) => {
    for (const [run, options] of [
      ['without costs', {}],
      ['with costs', { costs }],
    ] as const) {
      const result = runScenario(model, scenario, options);
      const leader = result.outcome.ranking[0]!;
      const summary = result.outcome.ranking.map((r) => `${r.framework.id} ${r.score}${r.ruledOut.length ? ' (ruled out)' : ''}`).join(', ');
      expect(acceptsLeader(scenario.leaders.frameworks, leader), `${run}: leader ${leader.framework.id}; ranking: ${summary}`).toBe(true);
      expect(leader.ruledOut, run).toEqual([]);
      expect(result.notRuledOut, `${run}: should be ruled out`).toEqual([]);
      expect(result.implausibleInTop, `${run}: implausible in the top three; ranking: ${summary}`).toEqual([]);
    }
  });

  it('an implausible framework fails a scenario alone or as a member of a stack in the top three', () => {
    // The Azure-only team: Azure Machine Learning leads on its own.
    const azure = scenarios.find((s) => s.id === 'azure-only')!;
    expect(runScenario(model, azure, { costs })).toMatchObject({ leader: 'azure-ml', matches: true, implausibleInTop: [] });
    expect(runScenario(model, { ...azure, implausible: { frameworks: ['azure-ml'] } }, { costs })).toMatchObject({
      leader: 'azure-ml',
      matches: false,
      implausibleInTop: ['azure-ml'],
    });
    // The large on-premises platform team (whole lifecycle): the Kubeflow + MLflow stack leads, so calling MLflow implausible fails it.
    const onprem = scenarios.find((s) => s.id === 'onprem-kubernetes-platform-large')!;
    const doubted = runScenario(model, { ...onprem, implausible: { frameworks: ['mlflow'] } }, { costs });
    expect(doubted).toMatchObject({ leader: 'kubeflow-mlflow', matches: false });
    expect(doubted.implausibleInTop).toContain('kubeflow-mlflow');
  });
});
