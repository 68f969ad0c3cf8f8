/**
 * One question as a fieldset: radios for pick-one, checkboxes for pick-any. In a pick-any question,
 * an answer with the id "none" ("None of these") is exclusive: ticking it clears the others, and
 * ticking another clears it.
 */
import type { Answers, Question } from '~/lib/decision/model';

const NONE = 'none';

function nextAnswers(question: Question, picked: readonly string[], answer: string, checked: boolean): string[] {
  if (question.kind === 'one') return [answer];
  if (checked) return picked.filter((a) => a !== answer);
  if (answer === NONE) return [NONE];
  return question.answers.map((a) => a.id).filter((a) => a === answer || (a !== NONE && picked.includes(a)));
}

export function QuestionFieldset({
  question,
  answers,
  prefix,
  onChange,
}: {
  question: Question;
  answers: Answers;
  prefix: string;
  onChange: (id: string, value: string[]) => void;
}) {
  const picked = answers[question.id] ?? [];
  const hintId = `${prefix}-hint-${question.id}`;
  return (
    <fieldset class="decision-question" aria-describedby={question.hint ? hintId : undefined}>
      <legend>{question.legend}</legend>
      {question.hint && (
        <p class="decision-hint" id={hintId}>
          {question.hint}
        </p>
      )}
      {question.answers.map((answer) => {
        const id = `${prefix}-${question.id}-${answer.id}`;
        const checked = picked.includes(answer.id);
        return (
          <label key={answer.id} for={id} class="decision-answer">
            <input
              id={id}
              type={question.kind === 'one' ? 'radio' : 'checkbox'}
              name={`${prefix}-${question.key}`}
              value={answer.id}
              checked={checked}
              onChange={() => onChange(question.id, nextAnswers(question, picked, answer.id, checked))}
            />{' '}
            {answer.label}
          </label>
        );
      })}
      {/* Always there (hidden and disabled while unanswered), so answering never moves the questions below. */}
      {question.kind === 'one' && (
        <button
          type="button"
          class={picked.length > 0 ? 'decision-clear' : 'decision-clear decision-clear-idle'}
          disabled={picked.length === 0}
          onClick={() => onChange(question.id, [])}
        >
          Clear this answer<span class="visually-hidden">: {question.legend}</span>
        </button>
      )}
    </fieldset>
  );
}
