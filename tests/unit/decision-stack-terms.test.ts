/**
 * Two terms that weigh running two tools against one: a stack's operations burden is every member's,
 * and the likely-cost term compares costs as ratios. Expected points are worked out by hand from
 * decision-criteria.yaml (operations matrix; cost: cheapest +1 … dearest −1, doubled by the cost
 * priority) and decision-profiles.yaml (operations levels), never read back from the engine.
 */
import { describe, expect, it } from 'vitest';
import { rank, type CostFigure, type CostTable } from '~/lib/decision/engine';
import type { Answers } from '~/lib/decision/model';
import { loadDecisionModel } from '../support/decision';

const model = loadDecisionModel();
const term = (answers: Answers, option: string, criterion: string, costs?: CostTable) => {
  const entry = rank(model, answers, costs ? { costs: () => costs } : {}).ranking.find((r) => r.option.id === option)!;
  return [...entry.terms, ...entry.notes].find((t) => t.criterion === criterion);
};

describe('operations: each member of a stack is a tool to run', () => {
  // Google Cloud, less than one person for operations: ZenML (medium) and self-hosted MLflow (medium) are −1 each.
  const answers: Answers = { cloud: ['gcp'], operations: ['lt1'], scope: ['pipelines'] };

  it('two self-hosted members lose a point each: −2, and both are named', () => {
    const ops = term(answers, 'zenml-mlflow', 'operations')!;
    expect(ops.points).toBe(-2);
    expect(ops.text).toContain('ZenML:');
    expect(ops.text).toContain('MLflow:');
  });

  it('a single self-hosted framework loses one point', () => {
    expect(term(answers, 'clearml', 'operations')!.points).toBe(-1);
  });

  it('a hosted member adds no credit: Metaflow (medium, −1) with W&B (hosted, low, +1) takes the most demanding member, −1', () => {
    expect(term(answers, 'metaflow-wandb', 'operations')!.points).toBe(-1);
  });

  it('with one or two people for operations a medium member costs nothing, so the stack costs nothing either', () => {
    expect(term({ ...answers, operations: ['1-2'] }, 'zenml-mlflow', 'operations')!.points).toBe(0);
  });
});

describe('likely cost: compared as ratios', () => {
  const figure = (total: number): CostFigure => ({ monthly: total / 36, oneTime: 0, total, years: 3, quotes: [], incomplete: false });
  // Every framework at 4,000, MLflow the cheapest at 1,000, Kubeflow the dearest at 8,000, ClearML at 2,000.
  const table: CostTable = Object.fromEntries(model.frameworks.map((f) => [f.id, figure(4000)]));
  const costs: CostTable = { ...table, mlflow: figure(1000), kubeflow: figure(8000), clearml: figure(2000) };
  const answers: Answers = { priorities: ['cost'], scope: ['tracking'] };

  it('the cheapest gains, the dearest loses, each doubled by the cost priority', () => {
    expect(term(answers, 'mlflow', 'cost', costs)!.points).toBe(2);
    expect(term(answers, 'kubeflow', 'cost', costs)!.points).toBe(-2);
  });

  it('twice the cheapest, a third of the way to the dearest in ratio terms, gains nothing', () => {
    // 1 − 2 × ln(2000/1000) / ln(8000/1000) = 1 − 2/3 ≈ 0.33, rounded to 0 (a linear scale would give 1 − 2000/7000 ≈ 0.71, rounded to +1).
    expect(term(answers, 'clearml', 'cost', costs)!.points).toBe(0);
  });

  it('an incomplete figure never gains', () => {
    expect(term(answers, 'mlflow', 'cost', { ...costs, mlflow: { ...figure(1000), incomplete: true } })!.points).toBe(0);
  });
});

describe('how jobs reach the machines: the stack member that orchestrates counts', () => {
  // GPU machines the team rents, pipelines scope. Metaflow brings its own runner (0); W&B Launch queues
  // jobs onto machines (+3), but in Metaflow + W&B it is the tracker and Metaflow runs the pipelines.
  const answers: Answers = { 'job-runner': ['gpu-pool'], scope: ['pipelines'] };

  it('Metaflow + W&B takes Metaflow’s term (0), not W&B’s queues', () => {
    const runner = term(answers, 'metaflow-wandb', 'job-runner')!;
    expect(runner.points).toBe(0);
    expect(runner.text.startsWith('Metaflow')).toBe(true);
  });

  it('W&B on its own still gets its queues (+3)', () => {
    expect(term(answers, 'wandb', 'job-runner')!.points).toBe(3);
  });
});
