/**
 * The decision checklist: questions as fieldsets, and a live ranking that explains itself. All the
 * deciding happens in src/lib/decision; this file only draws it and keeps the answers in the URL
 * (full page) and in localStorage. Every text shown comes from the model or the engine and is
 * rendered as text, never as HTML.
 */
import { useMemo, useState } from 'preact/hooks';
import { downloadText } from '../browser/download';
import { useUrlState } from '../browser/use-url-state';
import { isoDay, signed } from '../lib/format';
import { calculatorQuery, readAnswers, writeAnswers } from '../lib/decision/answers';
import { decide, VERDICT_LABELS, type Cause, type Ranked, type Reason, type Verdict } from '../lib/decision/engine';
import { defaultAnswers, type Answers, type DecisionModel, type Question } from '../lib/decision/model';
import { decisionRecord } from '../lib/decision/record';

export interface ChecklistLinks {
  /** The full checklist page, to which an embed links with its answers. */
  checklist: string;
  calculator: string;
  sources: string;
  /** The frameworks index; a framework's page is this plus its id and a slash. */
  frameworks: string;
}

export interface DecisionChecklistProps {
  model: DecisionModel;
  links: ChecklistLinks;
  /** Embedded in an article: fewer details, no URL or storage of its own. */
  compact?: boolean;
  /** Answers fixed by the article that embeds the checklist (question id → answer ids). */
  preset?: Record<string, string[]>;
  /** Questions the embed does not ask (they keep their preset or default answer). */
  hidden?: string[];
}

export const STORAGE_KEY = 'field-guide:decision-checklist';

/** A symbol per verdict, so the verdict never relies on colour alone. */
const VERDICT_SYMBOLS: Record<Verdict, string> = { adopt: '✔', trial: '◐', assess: '?', hold: '✕', 'ruled-out': '⊘' };

function causeText(causes: Cause[]): string {
  return causes.map((c) => c.answers.map((a) => a.label).join(', ')).join('; ');
}


function Sources({ ids, model, href }: { ids: readonly string[]; model: DecisionModel; href: string }) {
  if (ids.length === 0) return null;
  return (
    <span class="decision-sources">
      {' '}
      Sources:{' '}
      {ids.map((id, index) => (
        <span key={id}>
          {index > 0 && '; '}
          <a href={`${href}#${id}`}>{model.sourceTitles[id] ?? id}</a>
        </span>
      ))}
    </span>
  );
}

function ReasonItem({ reason, model, links }: { reason: Reason; model: DecisionModel; links: ChecklistLinks }) {
  const label = reason.points === 0 ? 'Note' : signed(reason.points);
  return (
    <li>
      <span class="decision-points">{label}</span> {reason.text}
      {reason.causes.length > 0 && <span class="decision-cause"> (your answer: {causeText(reason.causes)})</span>}
      <Sources ids={reason.sources} model={model} href={links.sources} />
    </li>
  );
}

function ScoreBar({ entry }: { entry: Ranked }) {
  // The score is in the text next to it; the bar repeats it visually, so it is hidden from screen readers.
  return (
    <svg class="decision-bar" width="100%" height="10" aria-hidden="true" focusable="false">
      <rect class="decision-bar-track" x="0" y="0" width="100%" height="10" rx="3" />
      <rect class={`decision-bar-fill decision-bar-${entry.verdict}`} x="0" y="0" width={`${Math.max(entry.bar, 2)}%`} height="10" rx="3" />
    </svg>
  );
}

function RankedItem({ entry, model, links, compact }: { entry: Ranked; model: DecisionModel; links: ChecklistLinks; compact: boolean }) {
  const points = entry.score === 1 || entry.score === -1 ? 'point' : 'points';
  return (
    <li class={`decision-rank decision-verdict-${entry.verdict}`}>
      <p class="decision-rank-head">
        <a href={`${links.frameworks}${entry.framework.id}/`}>{entry.framework.title}</a>{' '}
        <span class="decision-verdict">
          {VERDICT_SYMBOLS[entry.verdict]} {VERDICT_LABELS[entry.verdict]}
        </span>{' '}
        <span class="decision-score">
          {entry.verdict === 'ruled-out' ? `(would score ${entry.score} ${points})` : `${entry.score} ${points}`}
        </span>
      </p>
      <ScoreBar entry={entry} />
      {!compact && (
        <ul class="decision-reasons">
          {entry.knockouts.map((k) => (
            <li key={k.rule}>
              <span class="decision-points">Ruled out</span> {k.text}
              <span class="decision-cause"> (your answer: {causeText(k.causes)})</span>
              <Sources ids={k.sources} model={model} href={links.sources} />
            </li>
          ))}
          {[...entry.for, ...entry.against, ...entry.cautions].map((reason) => (
            <ReasonItem key={`${reason.rule}-${reason.points}`} reason={reason} model={model} links={links} />
          ))}
        </ul>
      )}
    </li>
  );
}

function QuestionFieldset({ question, answers, prefix, onChange }: { question: Question; answers: Answers; prefix: string; onChange: (id: string, value: string[]) => void }) {
  const picked = answers[question.id] ?? question.default;
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
              onChange={() =>
                onChange(
                  question.id,
                  question.kind === 'one'
                    ? [answer.id]
                    : question.answers.map((a) => a.id).filter((a) => (a === answer.id ? !checked : picked.includes(a))),
                )
              }
            />{' '}
            {answer.label}
          </label>
        );
      })}
    </fieldset>
  );
}

export default function DecisionChecklist({ model, links, compact = false, preset = {}, hidden = [] }: DecisionChecklistProps) {
  const { questions } = model;
  const startingAnswers = useMemo<Answers>(() => ({ ...defaultAnswers(questions), ...preset }), [questions, preset]);
  const [status, setStatus] = useState('');
  const ownsUrl = !compact;
  // The full page reads its answers from the URL, or failing that from the last visit; back and
  // forward restore earlier answers. An embed keeps its answers to itself.
  const codec = useMemo(
    () => ({ read: (search: string) => readAnswers(search, questions), write: (state: Answers) => writeAnswers(state, questions) }),
    [questions],
  );
  const url = useUrlState(startingAnswers, codec, { storageKey: STORAGE_KEY, ownsUrl });
  const { state: answers, ignored } = url;

  const outcome = useMemo(() => decide(model, answers), [model, answers]);
  const query = writeAnswers(answers, questions);

  const update = (next: Answers) => {
    url.update(next);
    setStatus('');
  };

  const reset = () => {
    update(startingAnswers);
    setStatus('Answers reset to the defaults.');
  };

  const download = () => {
    const pageUrl = new URL(`${links.checklist}${query}`, window.location.href).href;
    const text = decisionRecord(model, answers, outcome, {
      date: new Date(),
      link: pageUrl,
      sourcesPage: new URL(links.sources, window.location.href).href,
    });
    downloadText(`decision-record-${isoDay(new Date())}.md`, text, 'text/markdown;charset=utf-8');
    setStatus('Decision record downloaded as Markdown.');
  };

  const copyLink = () => {
    const href = new URL(`${links.checklist}${query}`, window.location.href).href;
    navigator.clipboard
      .writeText(href)
      .then(() => setStatus('Link to these answers copied.'))
      .catch(() => setStatus(`Copy this link to share these answers: ${href}`));
  };

  const leaders = outcome.ranking.slice(0, 3).map((r) => `${r.rank}. ${r.framework.shortName}, ${VERDICT_LABELS[r.verdict]}`);
  const shown = compact ? outcome.ranking.slice(0, 3) : outcome.ranking;

  return (
    <div class={compact ? 'decision decision-compact' : 'decision'}>
      <form class="decision-questions" aria-label="Your answers" onSubmit={(event) => event.preventDefault()}>
        {questions
          .filter((q) => !hidden.includes(q.id))
          .map((question) => (
            <QuestionFieldset key={question.id} question={question} answers={answers} prefix={compact ? 'decision-embed' : 'decision'} onChange={(id, value) => update({ ...answers, [id]: value })} />
          ))}
        <p class="decision-actions">
          <button type="button" class="button" onClick={reset}>
            Reset answers
          </button>
          {!compact && (
            <>
              <button type="button" class="button" onClick={copyLink}>
                Copy link to these answers
              </button>
              <button type="button" class="button" onClick={download}>
                Download decision record (Markdown)
              </button>
            </>
          )}
        </p>
      </form>

      <section class="decision-result" aria-labelledby={compact ? undefined : 'decision-ranking-heading'} aria-label={compact ? 'Ranking' : undefined}>
        {!compact && <h2 id="decision-ranking-heading">Your ranking</h2>}
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          Ranking: {leaders.join('; ')}.
        </p>
        <ol class="decision-ranking">
          {shown.map((entry) => (
            <RankedItem key={entry.framework.id} entry={entry} model={model} links={links} compact={compact} />
          ))}
        </ol>
        {!compact && outcome.ties.length > 0 && (
          <>
            <h3>Ties and close calls</h3>
            <ul>
              {outcome.ties.map((tie) => (
                <li key={tie.text}>{tie.text}</li>
              ))}
            </ul>
          </>
        )}
        {!compact && outcome.changes.length > 0 && (
          <>
            <h3>What would change this</h3>
            <ul>
              {outcome.changes.map((change) => (
                <li key={change.text}>{change.text}</li>
              ))}
            </ul>
          </>
        )}
        {outcome.stacks.length > 0 && (
          <>
            <h3>Combinations worth considering</h3>
            <ul>
              {outcome.stacks.map((stack) => (
                <li key={stack.id}>
                  <strong>{stack.title}</strong>: {stack.reason}
                  {!compact && <Sources ids={stack.sources} model={model} href={links.sources} />}
                </li>
              ))}
            </ul>
          </>
        )}
        <p class="decision-links">
          {compact ? (
            <a href={`${links.checklist}${query}`}>Open the full checklist with these answers</a>
          ) : (
            <a href={`${links.calculator}${calculatorQuery(answers, questions)}`}>Estimate the cost of these answers in the cost calculator</a>
          )}
        </p>
        <div role="status" aria-live="polite" class="decision-notes">
          {status && <p>{status}</p>}
          {ignored.length > 0 && (
            <>
              <p>Some of the link could not be used, so defaults were kept:</p>
              <ul>
                {ignored.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      </section>
    </div>
  );
}
