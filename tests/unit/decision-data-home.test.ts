/**
 * The checklist's data-home question ("Where does your training data live today?", issue 14): its URL
 * key, a bad value in a link, its scoring from each framework's profile, no effect when unanswered or
 * when the answer only repeats the cloud answer, the contradictions it raises, and that it is never
 * offered under "what would change this". Every expected number comes from the data files.
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

const { model, question, criterion, cloud, scored, termOf, scores } = factQuestion('data-home');

describeFactQuestion('data-home', 'lakehouse');

describe('scoring, particular to this question', () => {
  it('its priority doubles it, and says so', () => {
    const answer = scored[0]!;
    const plain = decide(model, { [question.id]: [answer] });
    const weighted = decide(model, { [question.id]: [answer], priorities: [criterion.priority!] });
    for (const profile of model.profiles) {
      expect(termOf(weighted, profile.framework)!.points).toBe(termOf(plain, profile.framework)!.points * 2);
      expect(termOf(weighted, profile.framework)!.weight).toBe(2);
    }
  });
});

describe('questions to ask next, particular to this question', () => {
  it("every shortlisted framework whose level costs points is asked exactly that level's question, and no other is", () => {
    const cases = askCases(model, question.id);
    for (const c of cases) expect(c.asked, `${c.answer} ${c.framework}`).toEqual(c.expected ? [c.expected] : []);
    // The data has such levels: the check above is not empty.
    expect(cases.filter((c) => c.expected).length).toBeGreaterThan(0);
  });
});

describe('counted once when another answer already says it', () => {
  const repeats = Object.entries(criterion.countedBy ?? {});

  it.each(repeats)('%s beside the answer that already counts it: 0 points, said on screen', (answer, condition) => {
    const [otherQuestion, otherAnswers] = Object.entries(condition)[0]!;
    const other = model.questions.find((q) => q.id === otherQuestion)!;
    const base = { [otherQuestion]: [otherAnswers[0]!] };
    const outcome = decide(model, { ...base, [question.id]: [answer] });
    expect(scores(outcome)).toEqual(scores(decide(model, base)));
    for (const profile of model.profiles) {
      const term = termOf(outcome, profile.framework)!;
      expect(term.points).toBe(0);
      expect(term.text).toContain(other.legend);
    }
    // Without the other answer, the same data-home answer scores as the profiles say.
    expect(new Set(Object.values(scores(decide(model, { [question.id]: [answer] })))).size).toBeGreaterThan(1);
  });
});

describe('contradictions', () => {
  const own = model.contradictions.filter((c) => Object.keys(c.when).includes(question.id));

  it('at least one names the data home', () => {
    expect(own.length).toBeGreaterThan(0);
  });

  it.each(own.map((c) => [c.id, c] as const))('%s: flagged when both sides are given, not with one side alone', (_id, contradiction) => {
    const both = Object.fromEntries(Object.entries(contradiction.when).map(([q, answers]) => [q, [answers[0]!]]));
    expect(decide(model, both).contradictions).toContain(contradiction.text);
    for (const side of Object.keys(both)) {
      expect(decide(model, { [side]: both[side]! }).contradictions).not.toContain(contradiction.text);
    }
  });
});

describe('the schema, on this criterion', () => {
  const vocabulary = readDecisionVocabulary(ROOT);

  it('a criterion listing an answer its question does not have', () => {
    const raw = structuredClone(readData('decision-criteria.yaml').find((c: any) => c.id === criterion.id)) as any;
    raw.levelsFor = [...raw.levelsFor, 'mars'];
    raw.countedBy = { venus: { cloud: [cloud.answers[0]!.id] } };
    const result = decisionCriterionSchema(vocabulary).safeParse(raw);
    expect(result.success ? [] : describeIssues(result.error)).toEqual([
      `levelsFor.${raw.levelsFor.length - 1}: "mars" is not an answer of question "${question.id}"`,
      `countedBy.venus: "venus" is not an answer of question "${question.id}"`,
    ]);
  });
});
