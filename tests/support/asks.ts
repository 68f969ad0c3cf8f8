/**
 * The question an answer-level criterion's level asks, checked for every framework and every scored
 * answer of a question: each framework in turn is put first on the shortlist (as other answers
 * could put it) and explain() must ask exactly the question its level names when that level costs
 * points, and none of the criterion's questions otherwise.
 */
import { rank } from '~/lib/decision/engine';
import { explain } from '~/lib/decision/insights';
import type { DecisionModel } from '~/lib/decision/model';

export interface AskCase {
  answer: string;
  framework: string;
  /** The question the framework's level asks, when the level costs points; else undefined. */
  expected: string | undefined;
  asked: string[];
}

export function askCases(model: DecisionModel, questionId: string): AskCase[] {
  const criterion = model.criteria.find((c) => c.question === questionId)!;
  const levels = Object.values(criterion.levels ?? {});
  const criterionAsks = new Set(levels.flatMap((l) => (l.ask ? [l.ask] : [])));
  return (criterion.levelsFor ?? []).flatMap((answer) => {
    const answers = { [questionId]: [answer] };
    const ranking = rank(model, answers);
    return ranking.ranking
      .filter((entry) => entry.verdict !== 'ruled-out')
      .map((entry): AskCase => {
        const term = [...entry.terms, ...entry.notes].find((t) => t.criterion === criterion.id)!;
        const level = levels.find((l) => term.text.startsWith(l.text))!;
        const first = explain(model, answers, { ...ranking, ranking: [entry, ...ranking.ranking.filter((r) => r !== entry)] }).ranking[0]!;
        return {
          answer,
          framework: entry.framework.id,
          expected: term.points < 0 ? level.ask : undefined,
          asked: first.questions.filter((q) => criterionAsks.has(q)),
        };
      });
  });
}
