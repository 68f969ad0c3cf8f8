/**
 * The decision engine against the real data in content/data/decision-*.yaml: properties over
 * generated answer sets (the score is the sum of its listed terms; same answers, same outcome),
 * unanswered means neutral, every answer matters or says why not, the cloud as the strongest single
 * signal, programmes that differ, priorities, must-haves, contradictions, and an honest "what would
 * change this". Expected leaders live in decision-scenarios.yaml (decision-scenarios.test.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { rank, type Ranking } from '~/lib/decision/engine';
import { decide } from '~/lib/decision/insights';
import { costsFor } from '~/lib/decision/cost';
import type { Answers } from '~/lib/decision/model';
import { CAPABILITY_LABELS } from '~/lib/vocabulary';
import { loadCostData } from '../support/cost-data';
import { generatedAnswers, loadDecisionModel } from '../support/decision';

// Each decide() tries every single-answer change for "what would change this" (about 44 rankings),
// so a test that asserts only about the ranking calls rank(), which is what decide() returns before
// explain() adds the questions to ask, the ties and the changes: the same ranking at a 40th of the
// cost. decide() keeps the tests about its own additions. The timeout allows for a shared, loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const model = loadDecisionModel();
const costs = costsFor(loadCostData(), model.questions);
const scores = (outcome: Ranking) => Object.fromEntries(outcome.ranking.map((r) => [r.framework.id, r.score]));
const question = (id: string) => model.questions.find((q) => q.id === id)!;

describe('every framework has a decision profile', () => {
  it('one profile per framework, and each is ranked', () => {
    expect(model.profiles.map((p) => p.framework).sort()).toEqual(model.frameworks.map((f) => f.id).sort());
  });
});

describe('properties over 300 generated answer sets (with the cost model)', () => {
  const sets = generatedAnswers(model, 300);

  it('the score always equals the sum of the listed terms, and every framework is an option on its own once', () => {
    for (const answers of sets) {
      const outcome = rank(model, answers, { costs });
      expect(
        outcome.ranking
          .filter((r) => r.option.kind !== 'stack')
          .map((r) => r.framework.id)
          .sort(),
      ).toEqual(model.profiles.map((p) => p.framework).sort());
      for (const entry of outcome.ranking) {
        expect(entry.terms.reduce((sum, t) => sum + t.points, 0)).toBe(entry.score);
        expect(entry.notes.every((t) => t.points === 0)).toBe(true);
        expect(entry.terms.every((t) => t.points !== 0 && t.text.length > 10)).toBe(true);
        expect(Number.isFinite(entry.score)).toBe(true);
      }
      // Options that cover the scope come first, then those with a gap; each group by score.
      for (const kind of [['single', 'stack'], ['partial']]) {
        const candidates = outcome.ranking.filter((r) => r.ruledOut.length === 0 && kind.includes(r.option.kind)).map((r) => r.score);
        expect(candidates).toEqual([...candidates].sort((a, b) => b - a));
      }
      const kinds = outcome.ranking.filter((r) => r.ruledOut.length === 0).map((r) => (r.option.kind === 'partial' ? 1 : 0));
      expect(kinds).toEqual([...kinds].sort());
    }
  }, 180_000);

  it('bars start at one zero line: positive to its right, negative to its left, within the track', () => {
    for (const answers of sets.slice(0, 100)) {
      const outcome = rank(model, answers);
      const zero = outcome.ranking[0]!.bar.zero;
      for (const { score, bar } of outcome.ranking.filter((r) => r.verdict !== 'ruled-out')) {
        expect(bar.zero).toBe(zero);
        expect(bar.from).toBeGreaterThanOrEqual(0);
        expect(bar.to).toBeLessThanOrEqual(100);
        if (score > 0) expect(bar.from).toBe(zero);
        if (score < 0) expect(bar.to).toBe(zero);
        if (score === 0) expect(bar.to - bar.from).toBe(0);
      }
    }
  });

  // The URL lists questions in a fixed order and ticked boxes in the order of the page; a link written
  // by hand, or a future change to either, must not change the result. (The reasons a framework is
  // ruled out are listed in the order the boxes were ticked, so only the ranking is compared.)
  it('the order of the questions and of the ticked boxes does not change the ranking', () => {
    const result = (answers: Answers) => rank(model, answers, { costs }).ranking.map((r) => `${r.framework.id} ${r.score} ${r.verdict}`);
    for (const answers of sets.slice(0, 20)) {
      const reordered: Answers = Object.fromEntries(
        Object.entries(answers)
          .reverse()
          .map(([id, picked]) => [id, [...picked].reverse()]),
      );
      expect(result(reordered)).toEqual(result(answers));
    }
  });

  it('deciding changes neither the answers nor the model', () => {
    const before = structuredClone(model);
    for (const answers of sets.slice(0, 20)) {
      const kept = structuredClone(answers);
      decide(model, answers, { costs });
      expect(answers).toEqual(kept);
    }
    expect(model).toEqual(before);
  });
});

describe('unanswered means neutral', () => {
  it('with no answer every framework scores 0, is unranked and has no term', () => {
    const outcome = decide(model, {}, { costs });
    expect(outcome.answered).toBe(0);
    for (const entry of outcome.ranking) {
      expect(entry.score).toBe(0);
      expect(entry.verdict).toBe('unranked');
      expect(entry.terms).toEqual([]);
    }
    expect(outcome.changes).toEqual([]);
  });

  it('the answered count follows the answers', () => {
    expect(decide(model, { cloud: ['aws'], compliance: [] }).answered).toBe(1);
    expect(decide(model, { cloud: ['aws'], compliance: ['soc2', 'hipaa'], team: ['1-3'] }).answered).toBe(3);
  });
});

describe('every answer of every question matters, or says on screen why not', () => {
  // Each answer alone, and each answer on top of a few different teams, against the same team without it.
  const bases: Answers[] = [
    {},
    { cloud: ['aws'] },
    { cloud: ['onprem'], kubernetes: ['strong'] },
    { cloud: ['gcp'], scope: ['pipelines'], team: ['1-3'] },
    { compliance: ['hipaa'], scope: ['e2e'] },
  ];
  const cases = model.questions.flatMap((q) => q.answers.map((a) => ({ question: q.id, answer: a.id, note: a.note })));

  it.each(cases)('$question = $answer', ({ question: qid, answer, note }) => {
    const moved = bases.some((base) => {
      const before = scores(rank(model, { ...base, [qid]: [] }, { costs }));
      const after = rank(model, { ...base, [qid]: [answer] }, { costs });
      return JSON.stringify(scores(after)) !== JSON.stringify(before) || after.ranking.some((r) => r.ruledOut.length > 0);
    });
    const said = note ?? rank(model, { [qid]: [answer] }).answerNotes.find((n) => n.answer === answer)?.text;
    if (!moved) expect(said, `“${answer}” moves no framework, so it must say why`).toBeTruthy();
  });
});

describe('the cloud a team already uses is the strongest single signal', () => {
  it.each(['aws', 'azure', 'gcp'])('%s alone puts that cloud’s own platform first, clearly', (cloud) => {
    const outcome = decide(model, { cloud: [cloud] });
    const leader = outcome.ranking[0]!;
    const term = leader.terms.find((t) => t.criterion === 'cloud')!;
    expect(term.causes[0]!.answers[0]!.id).toBe(cloud);
    expect(leader.verdict).toBe('best-fit');
    // No other single answer, alone, is worth as much to any framework.
    const strongestElsewhere = model.questions
      .filter((q) => q.id !== 'cloud')
      .flatMap((q) => q.answers.map((a) => ({ [q.id]: [a.id] })))
      .flatMap((answers) => rank(model, answers).ranking.map((r) => r.score));
    expect(Math.max(...strongestElsewhere)).toBeLessThan(term.points);
  });
});

describe('compliance programmes differ', () => {
  it('SOC 2, HIPAA, FedRAMP High and data residency do not all score alike', () => {
    const vectors = ['soc2', 'hipaa', 'fedramp-high', 'data-residency'].map((p) => JSON.stringify(scores(decide(model, { compliance: [p] }))));
    expect(new Set(vectors).size).toBeGreaterThanOrEqual(3);
  });

  it('the weakest ticked programme counts, and each one is named in the term', () => {
    const outcome = decide(model, { compliance: ['soc2', 'fedramp-high'] });
    for (const entry of outcome.ranking) {
      const term = [...entry.terms, ...entry.notes].find((t) => t.criterion === 'compliance')!;
      expect(term.text).toContain('SOC 2:');
      expect(term.text).toContain('FedRAMP High:');
      const alone = (p: string) =>
        [...decide(model, { compliance: [p] }).ranking.find((r) => r.framework.id === entry.framework.id)!.terms].find((t) => t.criterion === 'compliance')?.points ?? 0;
      expect(term.points).toBe(Math.min(alone('soc2'), alone('fedramp-high')));
    }
  });
});

describe('priorities re-weight the ranking', () => {
  it('ticking a priority doubles the criteria it names, and says so', () => {
    const plain = decide(model, { compliance: ['hipaa'] });
    const weighted = decide(model, { compliance: ['hipaa'], priorities: ['governance'] });
    for (const entry of weighted.ranking) {
      const before = plain.ranking.find((r) => r.framework.id === entry.framework.id)!;
      const term = (o: typeof entry) => [...o.terms, ...o.notes].find((t) => t.criterion === 'compliance')!;
      expect(term(entry).points).toBe(term(before).points * 2);
      expect(term(entry).weight).toBe(2);
    }
  });

  it('time to value counts only when ticked, and not for a framework missing a stage the scope needs', () => {
    expect(decide(model, { scope: ['pipelines'] }).ranking.every((r) => !r.terms.some((t) => t.criterion === 'time'))).toBe(true);
    const outcome = decide(model, { scope: ['pipelines'], priorities: ['time'] });
    for (const entry of outcome.ranking) {
      const lacksPipelines = ['none', 'unknown'].includes(entry.framework.capabilities['pipeline-orchestration'].level);
      const time = [...entry.terms, ...entry.notes].find((t) => t.criterion === 'time');
      expect(time).toBeDefined();
      if (lacksPipelines) expect(time!.points).toBeLessThanOrEqual(0);
    }
  });
});

describe('must-have capabilities', () => {
  it.each(Object.keys(CAPABILITY_LABELS))('%s: a framework without it natively is ruled out, naming the capability', (capability) => {
    const outcome = decide(model, { needs: [capability] });
    for (const entry of outcome.ranking) {
      const level = entry.framework.capabilities[capability as keyof typeof CAPABILITY_LABELS].level;
      const native = level === 'native' || level === 'managed-add-on';
      expect(entry.ruledOut.length > 0).toBe(!native);
      if (!native) expect(entry.ruledOut[0]!.text).toContain(CAPABILITY_LABELS[capability as keyof typeof CAPABILITY_LABELS].toLowerCase());
    }
  });
});

describe('contradictions are flagged', () => {
  it.each([
    { answers: { kubernetes: ['strong'], musts: ['no-k8s'] }, words: 'strong Kubernetes platform team' },
    { answers: { cloud: ['onprem'], musts: ['attested'] }, words: 'own data centre' },
    { answers: { musts: ['onprem', 'attested'] }, words: 'no framework can meet both' },
  ])('$words', ({ answers, words }) => {
    expect(decide(model, answers).contradictions.join(' ')).toContain(words);
  });

  it('not when only one side is given', () => {
    expect(decide(model, { kubernetes: ['strong'] }).contradictions).toEqual([]);
    expect(decide(model, { musts: ['onprem'] }).contradictions).toEqual([]);
  });
});

describe('what would change this is honest', () => {
  const sets = [...generatedAnswers(model, 120, 3), { cloud: ['onprem'], kubernetes: ['strong'], openness: ['4'] }, { cloud: ['aws'] }, { scope: ['tracking'] }];
  const changeable = new Set(model.questions.filter((q) => q.changeable).map((q) => q.id));

  it('offers only changes a team could make, and each one, applied, puts a framework first that gains from that very answer', () => {
    let offered = 0;
    for (const answers of sets) {
      const outcome = decide(model, answers, { costs });
      for (const suggestion of outcome.changes) {
        offered += 1;
        const [change] = suggestion.changes;
        expect(changeable.has(change!.question), `${change!.question} is a fact about the team`).toBe(true);
        expect(change!.question).not.toBe('cloud');
        const after = rank(model, { ...answers, [change!.question]: change!.to }, { costs });
        expect(after.ranking[0]!.framework.id).toBe(suggestion.leader.id);
        // First outright, not by a tie-break.
        const runnerUp = after.ranking.find((r, i) => i > 0 && r.ruledOut.length === 0);
        if (runnerUp) expect(after.ranking[0]!.score).toBeGreaterThan(runnerUp.score);
        expect(suggestion.leader.id).not.toBe(outcome.ranking[0]!.framework.id);
        const before = outcome.ranking.find((r) => r.framework.id === suggestion.leader.id)!;
        const gained = after.ranking[0]!.score > before.score || (before.ruledOut.length > 0 && after.ranking[0]!.ruledOut.length === 0);
        expect(gained).toBe(true);
      }
    }
    expect(offered).toBeGreaterThan(20);
  }, 180_000);

  it('never suggests moving to another cloud or data centre', () => {
    for (const answers of sets) for (const c of decide(model, answers).changes) expect(c.text).not.toContain(question('cloud').legend);
  });
});
