/**
 * Properties of the option ranking over generated answer sets (tests/support/random.ts through
 * generatedAnswers), with the cost model's terms as the page runs them:
 *  - an answer to a criterion gated off for the chosen scope never changes the ranking;
 *  - under a tracking scope, an option without tracking of its own never ranks first while an option
 *    that covers the scope is left (when every one is ruled out, a partial one leads, its gap named);
 *  - a service that runs only outside the team's cloud never gains from ticking data residency;
 *  - a ruled-out option never sits among the ranked ones;
 *  - every score is the sum of its visible terms.
 */
import { describe, expect, it, vi } from 'vitest';
import { costsFor } from '~/lib/decision/cost';
import { appliesToScope, NATIVE, rank, resolveLevel } from '~/lib/decision/engine';
import type { Answers } from '~/lib/decision/model';
import { loadCostData } from '../support/cost-data';
import { generatedAnswers, loadDecisionModel } from '../support/decision';

// Each decide() over generated answers tries every single-answer change: allow for a shared, loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const model = loadDecisionModel();
const costs = costsFor(loadCostData(), model.questions);
const options = { costs };
const summary = (answers: Answers) => rank(model, answers, options).ranking.map((r) => `${r.framework.id} ${r.score} ${r.verdict}`);
const question = (id: string) => model.questions.find((q) => q.id === id)!;

describe('decision properties', () => {
  it('an answer to a criterion gated off for the chosen scope never changes the ranking', () => {
    const gated = model.criteria.filter((c) => c.scopes && c.question);
    expect(gated.map((c) => c.id).sort()).toEqual(['job-runner', 'kubernetes']);
    const scaleGated = model.criteria.find((c) => c.id === 'scale')!;
    let checked = 0;
    for (const generated of generatedAnswers(model, 150, 19)) {
      const answers: Answers = { ...generated, scope: ['tracking'] };
      const before = summary(answers);
      for (const criterion of gated) {
        expect(appliesToScope(criterion, answers)).toBe(false);
        for (const answer of [[], ...question(criterion.question!).answers.map((a) => [a.id])]) {
          expect(summary({ ...answers, [criterion.question!]: answer }), `${criterion.id} = ${answer.join(',')}`).toEqual(before);
          checked += 1;
        }
      }
      // The scale priority counts only outside a tracking scope: ticking it changes nothing.
      const priorities = answers.priorities ?? [];
      const flipped = priorities.includes(scaleGated.priority!) ? priorities.filter((p) => p !== scaleGated.priority) : [...priorities, scaleGated.priority!];
      const onlyScale = model.criteria.filter((c) => c.priority === scaleGated.priority);
      if (onlyScale.every((c) => !appliesToScope(c, answers))) expect(summary({ ...answers, priorities: flipped })).toEqual(before);
    }
    expect(checked).toBeGreaterThan(1000);
  }, 120_000);

  it('under a tracking scope, an option without experiment tracking of its own never ranks first while an option that covers the scope is left', () => {
    let trackerFirst = 0;
    for (const generated of generatedAnswers(model, 300, 23)) {
      const candidates = rank(model, { ...generated, scope: ['tracking'] }, options).ranking.filter((r) => r.verdict !== 'ruled-out');
      const first = candidates[0];
      if (!first) continue;
      if (NATIVE.has(first.framework.capabilities['experiment-tracking'].level)) trackerFirst += 1;
      // Only when every option that covers the scope is ruled out does a partial one come first, its gap named.
      else
        expect(
          candidates.every((r) => r.option.kind === 'partial'),
          candidates.map((r) => r.framework.id).join(', '),
        ).toBe(true);
    }
    expect(trackerFirst).toBeGreaterThan(200);
  }, 120_000);

  it('a service that runs only outside the team’s cloud never gains from ticking data residency', () => {
    const cloud = model.criteria.find((c) => c.id === 'cloud')!;
    const compliance = model.criteria.find((c) => c.kind === 'programmes')!;
    let outside = 0;
    for (const generated of generatedAnswers(model, 200, 29)) {
      const team = generated.cloud?.[0];
      if (team === undefined) continue;
      const without = { ...generated, compliance: (generated.compliance ?? []).filter((p) => p !== 'data-residency') };
      const withIt = { ...generated, compliance: [...without.compliance, 'data-residency'] };
      const before = new Map(rank(model, without, options).ranking.map((r) => [r.framework.id, r.score]));
      for (const entry of rank(model, withIt, options).ranking) {
        const members = entry.members.map((m) => model.profiles.find((p) => p.framework === m.id));
        const away = members.some((p) => compliance.outsideLevels!.includes(resolveLevel(p?.fits[cloud.id], withIt, team) ?? ''));
        if (!away) continue;
        outside += 1;
        expect(entry.score, `${entry.framework.id} on ${team}`).toBeLessThanOrEqual(before.get(entry.framework.id)!);
      }
    }
    expect(outside).toBeGreaterThan(100);
  }, 120_000);

  it('a ruled-out option never sits among the ranked ones, and every score is the sum of its visible terms', () => {
    for (const answers of generatedAnswers(model, 300, 31)) {
      const { ranking } = rank(model, answers, options);
      const firstOut = ranking.findIndex((r) => r.ruledOut.length > 0);
      if (firstOut >= 0) {
        expect(ranking.slice(firstOut).every((r) => r.ruledOut.length > 0 && r.verdict === 'ruled-out')).toBe(true);
        expect(ranking.slice(0, firstOut).every((r) => r.verdict !== 'ruled-out')).toBe(true);
      }
      for (const entry of ranking) {
        expect(entry.score).toBe(entry.terms.reduce((sum, t) => sum + t.points, 0));
        expect(entry.notes.every((t) => t.points === 0)).toBe(true);
      }
    }
  }, 120_000);
});
