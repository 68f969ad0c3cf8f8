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
import { rank } from '~/lib/decision/engine';
import { loadDecisionModel, loadScenarios } from '../support/decision';

// The leader and the ruled-out options are the ranking's: rank() gives it without decide()'s insights
// (about 44 more rankings); runScenario() runs decide() with costs, as the scenarios page does.
// The timeout allows for a shared, loaded machine.
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
    const outcome = rank(model, scenario.answers);
    const leader = outcome.ranking[0]!;
    const summary = outcome.ranking.map((r) => `${r.framework.id} ${r.score}${r.ruledOut.length ? ' (ruled out)' : ''}`).join(', ');
    expect(acceptsLeader(scenario.leaders.frameworks, leader), `leader ${leader.framework.id}; ranking: ${summary}`).toBe(true);
    expect(leader.ruledOut).toEqual([]);
    for (const id of scenario.ruledOut?.frameworks ?? []) {
      expect(outcome.ranking.find((r) => r.framework.id === id)!.ruledOut.length, `${id} should be ruled out`).toBeGreaterThan(0);
    }
    const implausible = new Set(scenario.implausible?.frameworks ?? []);
    const top = outcome.ranking.filter((r) => r.ruledOut.length === 0).slice(0, 3);
    const members = (r: (typeof top)[number]) => (r.option.kind === 'stack' ? r.option.members.map((m) => m.framework) : [r.framework.id]);
    expect(
      top.filter((r) => members(r).some((id) => implausible.has(id))).map((r) => r.framework.id),
      `implausible in the top three; ranking: ${summary}`,
    ).toEqual([]);
    // With the cost model's terms too, as the checklist and the scenarios page run it.
    const withCosts = runScenario(model, scenario, { costs });
    expect(withCosts.matches, `with costs, leader ${withCosts.leader}; implausible in the top three: ${withCosts.implausibleInTop.join(', ')}`).toBe(true);
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
