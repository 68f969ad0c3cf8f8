/**
 * The decision checklist's model as plain data: the questions, rules, knock-outs and stacks from
 * content/data/decision-*.yaml plus what the engine needs to know about each framework. Pages build
 * it at build time and hand it to the island as props, so the browser never reads content/.
 */
import type { DecisionKnockoutData, DecisionQuestionData, DecisionRuleData, DecisionStackData } from '../content-schema';
import type { EffortLevel } from '../vocabulary';

export type Question = DecisionQuestionData;
export type Rule = DecisionRuleData;
export type Knockout = DecisionKnockoutData;
export type Stack = DecisionStackData;

export interface FrameworkInfo {
  id: string;
  title: string;
  shortName: string;
  /**
   * The original article's implementation-effort rating: the tie-breaker for equal scores. Absent for
   * frameworks that article did not cover; they break ties after every rated one.
   */
  effort?: EffortLevel | undefined;
}

export interface DecisionModel {
  /** In display order. */
  questions: readonly Question[];
  rules: readonly Rule[];
  knockouts: readonly Knockout[];
  stacks: readonly Stack[];
  /** In the guide's display order, the last tie-breaker. */
  frameworks: readonly FrameworkInfo[];
  /** Titles of every source the rules cite, by id, for reasons and the exported record. */
  sourceTitles: Readonly<Record<string, string>>;
}

/** Question id → the answer ids picked (exactly one for a pick-one question). */
export type Answers = Readonly<Record<string, readonly string[]>>;

export function defaultAnswers(questions: readonly Question[]): Answers {
  return Object.fromEntries(questions.map((q) => [q.id, q.default]));
}

export function answerLabel(question: Question, answerId: string): string {
  return question.answers.find((a) => a.id === answerId)?.label ?? answerId;
}

/** Every source id the decision data cites, in first-cited order. */
export function citedSourceIds(data: Pick<DecisionModel, 'rules' | 'knockouts' | 'stacks'>): string[] {
  return [...new Set([...data.rules, ...data.knockouts, ...data.stacks].flatMap((entry) => entry.sources))];
}
