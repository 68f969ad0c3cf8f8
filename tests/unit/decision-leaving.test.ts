/**
 * "We are moving off X" (answers leave-* of the musts question): a decision already taken rules X
 * out, and every stack with X as a member, naming the reason; it moves no other option's score.
 */
import { describe, expect, it } from 'vitest';
import { rank } from '~/lib/decision/engine';
import { loadDecisionModel } from '../support/decision';

const model = loadDecisionModel();
const musts = model.questions.find((q) => q.id === 'musts')!;
const LEAVING = { 'leave-sagemaker': 'sagemaker', 'leave-azure-ml': 'azure-ml', 'leave-vertex-ai': 'vertex-ai', 'leave-databricks': 'databricks' } as const;

describe('moving off a platform', () => {
  it('offers the four managed platforms, as new answer ids beside the old ones (old links keep their meaning)', () => {
    expect(musts.answers.map((a) => a.id)).toEqual(['onprem', 'attested', 'no-k8s', ...Object.keys(LEAVING)]);
  });

  for (const [answer, framework] of Object.entries(LEAVING)) {
    it(`${answer} rules out ${framework} and exactly the stacks with it, each with the reason`, () => {
      const ranking = rank(model, { cloud: ['multi'], musts: [answer] }).ranking;
      const out = ranking.filter((r) => r.ruledOut.some((o) => o.requirement === answer));
      const expected = ranking.filter((r) => r.option.members.some((m) => m.framework === framework)).map((r) => r.option.id);
      expect(out.map((r) => r.option.id).sort()).toEqual(expected.sort());
      expect(expected).toContain(framework);
      const single = out.find((r) => r.option.id === framework)!;
      expect(single.ruledOut).toHaveLength(1);
      expect(single.ruledOut[0]!.text).toMatch(/^You are moving off /);
      expect(single.ruledOut[0]!.causes).toEqual([
        { question: 'musts', legend: musts.legend, answers: [{ id: answer, label: musts.answers.find((a) => a.id === answer)!.label }] },
      ]);
      expect(single.ruledOut[0]!.sources.length).toBeGreaterThan(0);
      // Ruled out last, below every candidate.
      const firstOut = ranking.findIndex((r) => r.ruledOut.length > 0);
      expect(ranking.slice(firstOut).every((r) => r.ruledOut.length > 0)).toBe(true);
    });
  }

  it('moves no other option: scores with and without the answer are equal', () => {
    const answers = { cloud: ['aws'], 'data-home': ['databricks'], scope: ['pipelines'], priorities: ['exit'] };
    const before = new Map(rank(model, answers).ranking.map((r) => [r.option.id, r.score]));
    const after = rank(model, { ...answers, musts: ['leave-databricks'] }).ranking;
    for (const r of after) expect(r.score, r.option.id).toBe(before.get(r.option.id));
    // Databricks leads this team without the answer (its data is there: +4), and not with it.
    expect(rank(model, answers).ranking[0]!.option.id).toBe('databricks');
    expect(after[0]!.option.id).not.toBe('databricks');
  });
});
