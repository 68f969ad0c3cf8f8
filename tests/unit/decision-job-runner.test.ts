/**
 * The checklist's job-runner question ("Where do your training jobs run today?"): its URL key, a bad
 * value in a link, its scoring from each framework's profile, no effect when unanswered or with an
 * answer that carries a note, the questions a costly level asks, and that it is never offered under
 * "what would change this". Every expected number comes from the data files.
 */
import { describe, expect, it, vi } from 'vitest';
import { decide } from '~/lib/decision/insights';
import { describeIssues } from '~/lib/schema/common';
import { decisionCriterionSchema } from '~/lib/schema/decision';
import { readDecisionVocabulary } from '~/data/content-files';
import { ROOT } from '../support/content';
import { askCases } from '../support/asks';
import { describeFactQuestion, factQuestion } from '../support/fact-question';
import { readData } from '../support/decision';

// Each decide() over generated answers tries every single-answer change: allow for a shared, loaded machine.
vi.setConfig({ testTimeout: 180_000 });

const { model, question, criterion, scored, termOf } = factQuestion('job-runner');

describeFactQuestion('job-runner', 'mainframe');

describe('scoring, particular to this question', () => {
  it('no priority doubles it: it is a fact about where jobs run, not a weighting', () => {
    expect(criterion.priority).toBeUndefined();
    const answer = scored[0]!;
    const plain = decide(model, { [question.id]: [answer] });
    const ticked = decide(model, { [question.id]: [answer], priorities: model.questions.find((q) => q.id === 'priorities')!.answers.map((a) => a.id) });
    for (const profile of model.profiles) expect(termOf(ticked, profile.framework)!.points).toBe(termOf(plain, profile.framework)!.points);
  });
});

describe('questions to ask next, particular to this question', () => {
  it("every shortlisted framework whose level costs points is asked exactly that level's question, and no other is", () => {
    const cases = askCases(model, question.id);
    for (const c of cases) expect(c.asked, `${c.answer} ${c.framework}`).toEqual(c.expected ? [c.expected] : []);
    // The data has such levels (no-runner, elsewhere): the check above is not empty.
    expect(cases.filter((c) => c.expected).length).toBeGreaterThan(0);
  });
});

describe('contradictions', () => {
  it('none is raised on this question: every answer can sit beside every other answer', () => {
    expect(model.contradictions.filter((c) => Object.keys(c.when).includes(question.id))).toEqual([]);
  });
});

describe('the schema, on this criterion', () => {
  const vocabulary = readDecisionVocabulary(ROOT);

  it('a criterion listing an answer its question does not have', () => {
    const raw = structuredClone(readData('decision-criteria.yaml').find((c: any) => c.id === criterion.id)) as any;
    raw.levelsFor = [...raw.levelsFor, 'mars'];
    const result = decisionCriterionSchema(vocabulary).safeParse(raw);
    expect(result.success ? [] : describeIssues(result.error)).toEqual([`levelsFor.${raw.levelsFor.length - 1}: "mars" is not an answer of question "${question.id}"`]);
  });
});
