/**
 * The decision checklist: questions as fieldsets, and a ranking that shows every point. All the
 * deciding happens in src/lib/decision; this file draws it and keeps the answers in the URL (full
 * page) and in localStorage. Every text shown comes from the model or the engine and is rendered as
 * text, never as HTML. The same component renders at build time (nothing answered) and in the
 * browser, so the page does not jump when it hydrates.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useUrlState } from '../browser/use-url-state';
import { countOf, isoDay } from '../lib/format';
import { calculatorQuery, readAnswers, writeAnswers } from '../lib/decision/answers';
import type { CostTable, Outcome, Ranking } from '../lib/decision/engine';
import { VERDICT_LABELS } from '../lib/decision/verdict';
import type { Answers, DecisionModel } from '../lib/decision/model';
import type { ChecklistLinks } from './decision/links';
import { LeaderBar } from './decision/LeaderBar';
import { OptionItem } from './decision/OptionItem';
import { QuestionFieldset } from './decision/QuestionFieldset';
import { RuledOutList } from './decision/RuledOutList';

export type { ChecklistLinks } from './decision/links';

export interface DecisionChecklistProps {
  model: DecisionModel;
  links: ChecklistLinks;
  /** The cost calculator's likely cost per framework for a set of answers (full page only; see lib/decision/cost.ts). */
  costs?: ((answers: Answers) => CostTable) | undefined;
  /** Where the cost calculator's data is, to load it (and the cost model's code) with the first answer. */
  costUrl?: string | undefined;
  /** Embedded in an article: fewer details, no URL or storage of its own. */
  compact?: boolean;
  /** Answers fixed by the article that embeds the checklist (question id → answer ids). */
  preset?: Record<string, string[]>;
  /** Questions the embed does not ask (they keep their preset answer, or stay unanswered). */
  hidden?: string[];
  /** Rendered only in the browser (by the loader), so its first render may read the URL. */
  live?: boolean;
  /** The scoring engine: given by the build-time copy and by the loader when the page opens with answers; loaded otherwise with the first answer. */
  engine?: Engine | undefined;
  /** The ranking with no answers, computed at build time (in the model's JSON), for the first render without the engine. */
  blank?: Ranking | undefined;
}

/** What the checklist needs of the engine (islands/decision/engine-live.ts). */
export type Engine = typeof import('./decision/engine-live');

export const STORAGE_KEY = 'mlops-field-guide:decision-checklist';

export default function DecisionChecklist({
  model,
  links,
  costs,
  costUrl,
  compact = false,
  preset = {},
  hidden = [],
  live = false,
  engine: givenEngine,
  blank,
}: DecisionChecklistProps) {
  const { questions } = model;
  const startingAnswers = useMemo<Answers>(() => ({ ...preset }), [preset]);
  const [status, setStatus] = useState('');
  const ownsUrl = !compact;
  // The full page reads its answers from the URL, or failing that from the last visit; back and
  // forward restore earlier answers. An embed keeps its answers to itself.
  const codec = useMemo(() => ({ read: (search: string) => readAnswers(search, questions), write: (state: Answers) => writeAnswers(state, questions) }), [questions]);
  const url = useUrlState(startingAnswers, codec, { storageKey: STORAGE_KEY, ownsUrl, readOnFirstRender: live });
  const { state: answers, ignored } = url;
  const answeredAny = Object.values(answers).some((picked) => picked.length > 0);

  // The cost model (code and data) loads with the first answer, so the page's JavaScript before it stays small.
  const [lazyCosts, setLazyCosts] = useState<((answers: Answers) => CostTable) | undefined>(undefined);
  useEffect(() => {
    if (!costUrl || lazyCosts || !answeredAny) return;
    let current = true;
    Promise.all([fetch(costUrl).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status))))), import('../lib/decision/cost')])
      .then(([data, module]) => current && setLazyCosts(() => module.costsFor(data, model.questions)))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [costUrl, answeredAny, lazyCosts, model]);
  const activeCosts = costs ?? lazyCosts;

  // The ranking draws at once; "what would change this" and the questions to ask follow as soon as
  // their module has loaded (they sit below the ranking, so nothing above them moves).
  const [insights, setInsights] = useState<typeof import('../lib/decision/insights') | null>(null);
  useEffect(() => {
    if (compact || !answeredAny) return;
    let current = true;
    import('../lib/decision/insights').then((module) => current && setInsights(module)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [compact, answeredAny]);
  // The engine loads with the first answer; until then the build-time blank ranking stands in (the
  // same one the engine gives with no answers, so nothing moves when it arrives).
  const [engine, setEngine] = useState<Engine | undefined>(givenEngine);
  useEffect(() => {
    if (engine || (!answeredAny && blank)) return;
    let current = true;
    import('./decision/engine-live').then((module) => current && setEngine(module)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [engine, answeredAny, blank]);
  const outcome: Outcome | undefined = useMemo(() => {
    const ranking = engine ? engine.rank(model, answers, { costs: activeCosts }) : blank;
    if (!ranking) return undefined;
    return insights ? insights.explain(model, answers, ranking, { costs: activeCosts }) : { ...ranking, ties: [], changes: [] };
  }, [engine, blank, model, answers, activeCosts, insights]);
  // Without the engine and a blank ranking (the loader always passes one) there is nothing to draw yet.
  if (!outcome) return null;
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

  // Ruled-out options are listed apart, below the ranking: never among the ranked ones.
  const candidates = outcome.ranking.filter((r) => r.verdict !== 'ruled-out');
  const excluded = outcome.ranking.filter((r) => r.verdict === 'ruled-out');
  const leaders = candidates.slice(0, 3).map((r) => `${r.rank}. ${r.framework.shortName}, ${VERDICT_LABELS[r.verdict]}`);
  const shown = compact ? candidates.slice(0, 3) : candidates;
  const shortlist = outcome.ranking.filter((r) => r.questions.length > 0);
  // An embed never asks a question whose answers are generated from a vocabulary (a dozen boxes).
  const asked = questions.filter((q) => !hidden.includes(q.id) && !(compact && q.answersFrom));
  // Why a picked answer moves no framework, beside the ranking it does not change.
  const answerNotes = [
    ...asked.flatMap((q) => q.answers.filter((a) => a.note && (answers[q.id] ?? []).includes(a.id)).map((a) => `${a.label}: ${a.note}`)),
    ...outcome.answerNotes.map((n) => n.text),
    // Criteria the chosen scope turns off, with why, beside the answers they would have read.
    ...outcome.gated.filter((g) => g.question === undefined || (answers[g.question] ?? []).length > 0).map((g) => `${g.label} does not count for this scope: ${g.reason}`),
  ];

  return (
    <div class={compact ? 'decision decision-compact' : 'decision'}>
      <form class="decision-questions" aria-label="Your answers" onSubmit={(event) => event.preventDefault()}>
        {asked.map((question) => (
          <QuestionFieldset
            key={question.id}
            question={question}
            answers={answers}
            prefix={compact ? 'decision-embed' : 'decision'}
            onChange={(id, value) => update({ ...answers, [id]: value })}
          />
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
            ? `No question answered yet: every option stands at 0. Answer any question to rank them.`
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
            Your three best fits appear here as soon as you answer, each with its score and a verdict in plain words (best fit, close contender, possible, poor fit). The full
            checklist shows every point behind them.
          </p>
        ) : (
          <>
            <ol class="decision-ranking">
              {shown.map((entry) => (
                <OptionItem key={entry.framework.id} entry={entry} model={model} links={links} compact={compact} />
              ))}
            </ol>
            {!compact && <RuledOutList entries={excluded} model={model} links={links} />}
          </>
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
      {!compact && <LeaderBar leader={candidates[0]} answered={outcome.answered} />}
    </div>
  );
}
