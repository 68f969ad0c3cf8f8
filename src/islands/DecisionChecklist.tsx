/**
 * The decision checklist: questions as fieldsets, and a ranking that shows every point. All the
 * deciding happens in src/lib/decision; this file draws it and keeps the answers in the URL (full
 * page) and in localStorage. Every text shown comes from the model or the engine and is rendered as
 * text, never as HTML. The same component renders at build time (nothing answered) and in the
 * browser, so the page does not jump when it hydrates.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useUrlState } from '../browser/use-url-state';
import { countOf, isoDay, signed, usd } from '../lib/format';
import { calculatorQuery, readAnswers, writeAnswers } from '../lib/decision/answers';
import { rank, VERDICT_LABELS, type Cause, type CostTable, type Outcome, type Ranked, type RuledOut, type Term, type Verdict } from '../lib/decision/engine';
import type { Answers, DecisionModel, Question } from '../lib/decision/model';

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
  /** The cost calculator's likely cost per framework for a set of answers (full page only; see lib/decision/cost.ts). */
  costs?: ((answers: Answers) => CostTable) | undefined;
  /** Embedded in an article: fewer details, no URL or storage of its own. */
  compact?: boolean;
  /** Answers fixed by the article that embeds the checklist (question id → answer ids). */
  preset?: Record<string, string[]>;
  /** Questions the embed does not ask (they keep their preset answer, or stay unanswered). */
  hidden?: string[];
  /** Rendered only in the browser (by the loader), so its first render may read the URL. */
  live?: boolean;
}

export const STORAGE_KEY = 'mlops-field-guide:decision-checklist';
const VISIBLE_TERMS = 3;

/** A symbol per verdict, so the verdict never relies on colour alone. */
const VERDICT_SYMBOLS: Record<Verdict, string> = { 'best-fit': '✔', contender: '◐', possible: '○', 'poor-fit': '✕', 'ruled-out': '⊘', unranked: '·' };

function causeText(causes: Cause[]): string {
  return causes.map((c) => c.answers.map((a) => a.label).join(', ')).join('; ');
}

/** Sources one click away, so a term reads as one sentence and its evidence is still beside it. */
function Sources({ ids, model, href }: { ids: readonly string[]; model: DecisionModel; href: string }) {
  if (ids.length === 0) return null;
  return (
    <details class="decision-sources">
      <summary>{ids.length === 1 ? '1 source' : `${ids.length} sources`}</summary>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <a href={`${href}#${id}`}>{model.sourceTitles[id] ?? id}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}

function TermItem({ term, model, links, compact }: { term: Term; model: DecisionModel; links: ChecklistLinks; compact: boolean }) {
  return (
    <li>
      <span class="decision-points">{term.points === 0 ? 'Note' : signed(term.points)}</span> <strong>{term.label}:</strong> {term.text}
      {term.weight > 1 && <span class="decision-cause"> (doubled by your priority)</span>}
      {term.causes.length > 0 && <span class="decision-cause"> (your answer: {causeText(term.causes)})</span>}
      {!compact && <Sources ids={term.sources} model={model} href={links.sources} />}
    </li>
  );
}

function RuledOutItem({ item, model, links }: { item: RuledOut; model: DecisionModel; links: ChecklistLinks }) {
  return (
    <li>
      <span class="decision-points">Ruled out</span> {item.text}
      <span class="decision-cause"> (your answer: {causeText(item.causes)})</span>
      <Sources ids={item.sources} model={model} href={links.sources} />
    </li>
  );
}

/** Drawn from zero: a positive score to the right of the zero line, a negative one to its left. */
function ScoreBar({ entry }: { entry: Ranked }) {
  const { zero, from, to } = entry.bar;
  // The score is in the text next to it; the bar repeats it visually, so it is hidden from screen readers.
  return (
    <svg class="decision-bar" width="100%" height="12" aria-hidden="true" focusable="false">
      <rect class="decision-bar-track" x="0" y="1" width="100%" height="10" rx="3" />
      {to > from && <rect class={`decision-bar-fill decision-bar-${entry.score < 0 ? 'negative' : entry.verdict}`} x={`${from}%`} y="1" width={`${to - from}%`} height="10" />}
      <rect class="decision-bar-zero" x={`${Math.min(zero, 99.6)}%`} y="0" width="2" height="12" />
    </svg>
  );
}

function scoreText(entry: Ranked): string {
  const points = countOf(entry.score, 'point').replace(/^-/, '−');
  return entry.verdict === 'ruled-out' ? `(would score ${points})` : points;
}

function RankedItem({ entry, model, links, compact }: { entry: Ranked; model: DecisionModel; links: ChecklistLinks; compact: boolean }) {
  const shown = entry.terms.slice(0, VISIBLE_TERMS);
  const more = [...entry.terms.slice(VISIBLE_TERMS), ...entry.notes];
  return (
    <li class={`decision-rank decision-verdict-${entry.verdict}`}>
      <p class="decision-rank-head">
        <a href={`${links.frameworks}${entry.framework.id}/`}>{entry.framework.title}</a>{' '}
        <span class="decision-verdict">
          {VERDICT_SYMBOLS[entry.verdict]} {VERDICT_LABELS[entry.verdict]}
        </span>{' '}
        <span class="decision-score">{scoreText(entry)}</span>
      </p>
      <ScoreBar entry={entry} />
      {entry.cost && !compact && (
        <p class="decision-cost">
          Likely {entry.cost.years}-year cost for these answers: {usd(entry.cost.total)} (about {usd(entry.cost.monthly)} a month, people included)
        </p>
      )}
      {!compact && (
        <ul class="decision-reasons">
          {entry.ruledOut.map((item) => (
            <RuledOutItem key={item.requirement} item={item} model={model} links={links} />
          ))}
          {shown.map((term) => (
            <TermItem key={term.criterion} term={term} model={model} links={links} compact={compact} />
          ))}
          {entry.terms.length === 0 && entry.ruledOut.length === 0 && <li>No answer counts for or against it yet, so its score is 0.</li>}
        </ul>
      )}
      {!compact && more.length > 0 && (
        <details class="decision-more">
          <summary>
            {entry.terms.length > VISIBLE_TERMS ? `All ${entry.terms.length} scored terms` : 'Considered, not scored'} for {entry.framework.shortName}
          </summary>
          <ul class="decision-reasons">
            {more.map((term) => (
              <TermItem key={term.criterion} term={term} model={model} links={links} compact={compact} />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

function QuestionFieldset({ question, answers, prefix, onChange }: { question: Question; answers: Answers; prefix: string; onChange: (id: string, value: string[]) => void }) {
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
              onChange={() =>
                onChange(
                  question.id,
                  question.kind === 'one' ? [answer.id] : question.answers.map((a) => a.id).filter((a) => (a === answer.id ? !checked : picked.includes(a))),
                )
              }
            />{' '}
            {answer.label}
          </label>
        );
      })}
      {/* Always there (hidden and disabled while unanswered), so answering never moves the questions below. */}
      {question.kind === 'one' && (
        <button type="button" class={picked.length > 0 ? 'decision-clear' : 'decision-clear decision-clear-idle'} disabled={picked.length === 0} onClick={() => onChange(question.id, [])}>
          Clear this answer<span class="visually-hidden">: {question.legend}</span>
        </button>
      )}
    </fieldset>
  );
}

export default function DecisionChecklist({ model, links, costs, compact = false, preset = {}, hidden = [], live = false }: DecisionChecklistProps) {
  const { questions } = model;
  const startingAnswers = useMemo<Answers>(() => ({ ...preset }), [preset]);
  const [status, setStatus] = useState('');
  const ownsUrl = !compact;
  // The full page reads its answers from the URL, or failing that from the last visit; back and
  // forward restore earlier answers. An embed keeps its answers to itself.
  const codec = useMemo(
    () => ({ read: (search: string) => readAnswers(search, questions), write: (state: Answers) => writeAnswers(state, questions) }),
    [questions],
  );
  const url = useUrlState(startingAnswers, codec, { storageKey: STORAGE_KEY, ownsUrl, readOnFirstRender: live });
  const { state: answers, ignored } = url;

  // The ranking draws at once; "what would change this" and the questions to ask follow as soon as
  // their module has loaded (they sit below the ranking, so nothing above them moves).
  const [insights, setInsights] = useState<typeof import('../lib/decision/insights') | null>(null);
  useEffect(() => {
    if (compact) return;
    let current = true;
    import('../lib/decision/insights').then((module) => current && setInsights(module)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [compact]);
  const outcome: Outcome = useMemo(() => {
    const ranking = rank(model, answers, { costs });
    return insights ? insights.explain(model, answers, ranking, { costs }) : { ...ranking, ties: [], changes: [] };
  }, [model, answers, costs, insights]);
  const query = writeAnswers(answers, questions);

  const update = (next: Answers) => {
    url.update(next);
    setStatus('');
  };

  const reset = () => {
    update(startingAnswers);
    setStatus(compact ? 'Answers reset.' : 'All answers cleared.');
  };

  const download = async () => {
    // The record writer loads on the first download, keeping the page's first JavaScript small.
    const [{ decisionRecord }, { downloadText }] = await Promise.all([import('../lib/decision/record'), import('../browser/download')]);
    const text = decisionRecord(model, answers, outcome, {
      date: new Date(),
      link: new URL(`${links.checklist}${query}`, window.location.href).href,
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
  const shortlist = outcome.ranking.filter((r) => r.questions.length > 0);
  // An embed never asks a question whose answers are generated from a vocabulary (a dozen boxes).
  const asked = questions.filter((q) => !hidden.includes(q.id) && !(compact && q.answersFrom));
  // Why a picked answer moves no framework, beside the ranking it does not change.
  const answerNotes = [
    ...asked.flatMap((q) => q.answers.filter((a) => a.note && (answers[q.id] ?? []).includes(a.id)).map((a) => `${a.label}: ${a.note}`)),
    ...outcome.answerNotes.map((n) => n.text),
  ];

  return (
    <div class={compact ? 'decision decision-compact' : 'decision'}>
      <form class="decision-questions" aria-label="Your answers" onSubmit={(event) => event.preventDefault()}>
        {asked.map((question) => (
          <QuestionFieldset key={question.id} question={question} answers={answers} prefix={compact ? 'decision-embed' : 'decision'} onChange={(id, value) => update({ ...answers, [id]: value })} />
        ))}
        <p class="decision-actions">
          <button type="button" class="button" onClick={reset}>
            {compact ? 'Reset answers' : 'Clear all answers'}
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
        <p class="decision-answered">
          {outcome.answered === 0
            ? `No question answered yet: every framework stands at 0. Answer any question to rank them.`
            : `${countOf(outcome.answered, 'question')} of ${asked.length} answered; unanswered questions count for no one.`}
        </p>
        {answerNotes.length > 0 && (
          <ul class="decision-answer-notes">
            {answerNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
        <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {outcome.answered > 0 ? `Ranking: ${leaders.join('; ')}.` : ''}
        </p>
        {outcome.contradictions.length > 0 && (
          <div class="decision-contradictions" role="note">
            <p>
              <strong>Answers that pull against each other:</strong>
            </p>
            <ul>
              {outcome.contradictions.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        )}
        {compact && outcome.answered === 0 ? (
          // The embed's static preview until the first answer: what will appear, not a ranking of nothing.
          <p class="decision-preview">
            Your three best fits appear here as soon as you answer, each with its score and a verdict in plain words (best fit, close
            contender, possible, poor fit). The full checklist shows every point behind them.
          </p>
        ) : (
          <ol class="decision-ranking">
            {shown.map((entry) => (
              <RankedItem key={entry.framework.id} entry={entry} model={model} links={links} compact={compact} />
            ))}
          </ol>
        )}
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
            <p class="decision-hint">Only choices a team can make are tried: priorities, capacity, scope and requirements, never your cloud or your data.</p>
            <ul>
              {outcome.changes.map((change) => (
                <li key={change.text}>{change.text}</li>
              ))}
            </ul>
          </>
        )}
        {!compact && shortlist.length > 0 && (
          <>
            <h3>Questions to ask next</h3>
            {shortlist.map((entry) => (
              <div key={entry.framework.id}>
                <p class="decision-ask-head">{entry.framework.title}</p>
                <ul>
                  {entry.questions.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </div>
            ))}
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
            <a href={`${links.calculator}${calculatorQuery(answers, questions)}`}>Open the cost calculator with these answers</a>
          )}
        </p>
        <div role="status" aria-live="polite" class="decision-notes">
          {status && <p>{status}</p>}
          {ignored.length > 0 && (
            <>
              <p>Some of the link could not be used, so those questions were left unanswered:</p>
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
