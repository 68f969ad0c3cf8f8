/**
 * Answers ⇄ query string, through the shared defensive reader in url-state.ts: a pick-one question
 * is one key with one value (?c=aws), a multi-select question one key with comma-separated values
 * (?comp=hipaa,soc2). Nothing is preselected: a question not in the link is unanswered.
 */
import { oneOf, readState, setOf, writeState, type Field, type Fields, type ReadResult } from '../url-state';
import type { Answers, Question } from './model';

const UNANSWERED: readonly string[] = [];

function answerField(question: Question): Field<readonly string[]> {
  const ids = question.answers.map((a) => a.id);
  if (question.kind === 'many') return setOf(question.key, ids, UNANSWERED);
  const single = oneOf(question.key, ids, ids[0]!);
  return {
    key: question.key,
    fallback: UNANSWERED,
    parse: (raw) => {
      const value = single.parse(raw);
      return value === undefined ? undefined : [value];
    },
    format: (value) => value[0] ?? '',
  };
}

export function answerFields(questions: readonly Question[]): Fields<Record<string, readonly string[]>> {
  return Object.fromEntries(questions.map((q) => [q.id, answerField(q)]));
}

export function readAnswers(search: string, questions: readonly Question[]): ReadResult<Answers> {
  return readState(search, answerFields(questions));
}

export function writeAnswers(answers: Answers, questions: readonly Question[]): string {
  const complete = Object.fromEntries(questions.map((q) => [q.id, answers[q.id] ?? UNANSWERED]));
  return writeState(complete, answerFields(questions));
}

/**
 * The cost calculator's query for these answers: the checklist's own keys for every question the
 * calculator reads (cloud, Kubernetes, team, operations, priorities, requirements and the rest it
 * carries back), so one link goes there and the calculator's link comes back with the same answers.
 */
export function calculatorQuery(answers: Answers, questions: readonly Question[]): string {
  const read = questions.filter((q) => q.toCalculator);
  return writeAnswers(Object.fromEntries(read.map((q) => [q.id, answers[q.id] ?? UNANSWERED])), read);
}
