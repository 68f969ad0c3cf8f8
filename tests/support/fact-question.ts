/**
 * What every checklist question about a fact of the team (where its data lives, where its jobs run)
 * must do, whatever its answers: one answer-level criterion read from each framework's profile, a
 * short URL key that ignores and reports bad values, the points and sources of the level a profile
 * names, no single answer worth as much as the strongest cloud answer, and other answers still
 * deciding among several leaders, the question a costly level asks, no effect when unanswered or
 * with an answer that carries a note, never a suggested change, and schema messages that name what a
 * writer left out. Each question's own test file adds what is particular to it.
 */
import { describe, expect, it } from 'vitest';
import { readAnswers, writeAnswers } from '~/lib/decision/answers';
import { decide } from '~/lib/decision/insights';
import { rank, type Ranking, type Term } from '~/lib/decision/engine';
import { generatedAnswers, loadDecisionModel, readData } from './decision';
import { describeIssues } from '~/lib/schema/common';
import { decisionCriterionSchema, decisionProfileSchema } from '~/lib/schema/decision';
import { readDecisionVocabulary, readKnownIds } from '~/data/content-files';
import { ROOT } from './content';

export function factQuestion(id: string) {
  const model = loadDecisionModel();
  const question = model.questions.find((q) => q.id === id)!;
  const criterion = model.criteria.find((c) => c.question === id)!;
  const cloud = model.questions.find((q) => q.id === 'cloud')!;
  const scored = criterion.levelsFor ?? [];
  const termOf = (outcome: Ranking, framework: string): Term | undefined => {
    const entry = outcome.ranking.find((r) => r.framework.id === framework)!;
    return [...entry.terms, ...entry.notes].find((t) => t.criterion === criterion.id);
  };
  const scores = (outcome: Ranking) => Object.fromEntries(outcome.ranking.map((r) => [r.framework.id, r.score]));
  return { model, question, criterion, cloud, scored, termOf, scores };
}

/** `badValue`: a value no answer of the question has, as a reader might type it into a link. */
export function describeFactQuestion(id: string, badValue: string): void {
  const { model, question, criterion, cloud, scored, termOf, scores } = factQuestion(id);

  describe('the question and its criterion', () => {
    it('is a pick-one question read by one answer-level criterion', () => {
      expect(question.kind).toBe('one');
      expect(criterion.kind).toBe('answer-level');
    });

    it('is a fact about the team, never a change to suggest', () => {
      expect(question.changeable).toBe(false);
    });

    it('profiles name a level for exactly the answers that have no note on screen', () => {
      expect(scored.length).toBeGreaterThan(0);
      expect([...scored].sort()).toEqual(
        question.answers
          .filter((a) => !a.note)
          .map((a) => a.id)
          .sort(),
      );
    });

    it(`a single ${question.id} answer is never worth as much as the strongest cloud answer`, () => {
      const cloudCriterion = model.criteria.find((c) => c.question === 'cloud')!;
      const strongestCloud = Math.max(...Object.values(cloudCriterion.levels!).map((l) => l.points ?? 0));
      const strongestHere = Math.max(...Object.values(criterion.levels!).map((l) => Math.abs(l.points ?? 0)));
      expect(strongestHere).toBeLessThan(strongestCloud);
    });
  });

  describe('in the URL', () => {
    it('writes and reads its own short key', () => {
      for (const answer of question.answers) {
        const search = writeAnswers({ [question.id]: [answer.id] }, model.questions);
        expect(search).toBe(`?${question.key}=${answer.id}`);
        const { state, ignored } = readAnswers(search, model.questions);
        expect(ignored).toEqual([]);
        expect(state[question.id]).toEqual([answer.id]);
      }
    });

    it('an unknown value is ignored and reported, and the rest of the link is kept', () => {
      const [firstCloud] = cloud.answers;
      const { state, ignored } = readAnswers(`?${question.key}=${badValue}&${cloud.key}=${firstCloud!.id}`, model.questions);
      expect(state[question.id]).toEqual([]);
      expect(state.cloud).toEqual([firstCloud!.id]);
      expect(ignored).toEqual([`"${question.key}" had a value we could not use ("${badValue}"), so its default was kept`]);
    });

    it('a second value in a pick-one key is ignored and reported', () => {
      const [a, b] = scored;
      const { state, ignored } = readAnswers(`?${question.key}=${a},${b}`, model.questions);
      expect(state[question.id]).toEqual([]);
      expect(ignored).toHaveLength(1);
    });
  });

  describe('scoring', () => {
    it.each(scored)('%s: each framework gets the points of the level its profile names, with that profile’s sources', (answer) => {
      const outcome = decide(model, { [question.id]: [answer] });
      for (const profile of model.profiles) {
        const fit = profile.fits[criterion.id]!;
        const level = criterion.levels![fit.levels![answer]!]!;
        const term = termOf(outcome, profile.framework)!;
        expect(term.points).toBe(level.points);
        expect(term.text).toContain(level.text);
        // The profile's note for this very answer when it has one, else its general note.
        const note = fit.notes?.[answer] ?? fit.note;
        if (note) expect(term.text).toContain(note);
        for (const [other, text] of Object.entries(fit.notes ?? {})) if (other !== answer && text !== note) expect(term.text).not.toContain(text);
        expect(term.sources).toEqual(fit.sources);
        expect(term.causes[0]!.answers[0]!.id).toBe(answer);
      }
    });

    it('every scored answer moves at least one framework against another', () => {
      for (const answer of scored) {
        const points = new Set(Object.values(scores(decide(model, { [question.id]: [answer] }))));
        expect(points.size, answer).toBeGreaterThan(1);
      }
    });
  });

  // Tests about the ranking alone call rank(): decide() returns the same ranking, after trying every
  // single-answer change for "what would change this" (about 44 more rankings each).
  describe('strong evidence that does not flatten the other answers', () => {
    const sets = generatedAnswers(model, 120, 41);

    it.each(scored)(
      '%s: the other answers still decide among several leaders',
      (answer) => {
        const leaders = new Set(sets.map((answers) => rank(model, { ...answers, [question.id]: [answer] }).ranking[0]!.framework.id));
        expect(leaders.size).toBeGreaterThanOrEqual(3);
      },
      180_000,
    );
  });

  describe('what would change this', () => {
    it(`never suggests another answer to "${question.legend}"`, () => {
      const sets = generatedAnswers(model, 80, 31);
      for (const answers of sets) {
        for (const change of decide(model, answers).changes) {
          expect(change.changes.every((c) => c.question !== question.id)).toBe(true);
          expect(change.text).not.toContain(question.legend);
        }
      }
    });
  });

  describe('the schema names what a writer left out', () => {
    const ids = readKnownIds(ROOT);
    const vocabulary = readDecisionVocabulary(ROOT);
    const criteria = readData('decision-criteria.yaml').map((c) => decisionCriterionSchema(vocabulary).parse(c));
    const problems = (value: unknown) => {
      const result = decisionProfileSchema(ids, vocabulary, criteria).safeParse(value);
      return result.success ? [] : describeIssues(result.error);
    };

    it('a profile missing one answer, and one with a level that does not exist', () => {
      const row = structuredClone(readData('decision-profiles.yaml')[0]) as any;
      const [missing, wrong] = scored;
      delete row[criterion.id].levels[missing!];
      row[criterion.id].levels[wrong!] = 'everywhere';
      expect(problems(row)).toEqual([
        `${criterion.id}.levels.${missing}: give a level for answer "${missing}" of question "${question.id}"`,
        `${criterion.id}.levels.${wrong}: "everywhere" is not a level of criterion "${criterion.id}" (${Object.keys(criterion.levels!).join(', ')})`,
      ]);
    });

    it('a note for an answer the question does not have', () => {
      const row = structuredClone(readData('decision-profiles.yaml')[0]) as any;
      row[criterion.id].notes = { mars: 'A note for an answer that does not exist.' };
      expect(problems(row)).toEqual([`${criterion.id}.notes.mars: "mars" is not an answer of question "${question.id}"`]);
    });
  });

  describe('questions to ask next', () => {
    it.each(scored)('%s: a shortlisted framework that loses points here is asked the question its level names', (answer) => {
      const outcome = decide(model, { [question.id]: [answer] });
      for (const entry of outcome.ranking.filter((r) => r.questions.length > 0 || r.verdict === 'best-fit' || r.verdict === 'contender')) {
        const term = termOf(outcome, entry.framework.id)!;
        const level = Object.values(criterion.levels!).find((l) => term.text.startsWith(l.text))!;
        if (term.points < 0 && level.ask) {
          expect(entry.questions).toContain(level.ask);
        }
        if (term.points >= 0 && level.ask) expect(entry.questions).not.toContain(level.ask);
      }
    });
  });

  describe('no effect when unanswered', () => {
    const sets = generatedAnswers(model, 150, 23).map((answers) => ({ ...answers, [question.id]: [] }));

    it(`unanswered: no framework has a ${question.id} term, and the scores add up without it`, () => {
      for (const answers of sets) {
        const outcome = rank(model, answers);
        for (const entry of outcome.ranking) {
          expect([...entry.terms, ...entry.notes].some((t) => t.criterion === criterion.id)).toBe(false);
          expect(entry.terms.reduce((sum, t) => sum + t.points, 0)).toBe(entry.score);
        }
      }
    }, 180_000);

    it.each(question.answers.filter((a) => a.note).map((a) => a.id))(
      '%s (it carries a note): the same scores as unanswered',
      (answer) => {
        for (const answers of sets.slice(0, 40)) {
          expect(scores(rank(model, { ...answers, [question.id]: [answer] }))).toEqual(scores(rank(model, answers)));
        }
      },
      180_000,
    );
  });
}
