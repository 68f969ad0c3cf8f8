/**
 * One ranked option: its name (a framework, or a stack with each member's part in the scope), its
 * verdict, score, bar and cost, and the terms behind the score (three shown, the rest one click away).
 */
import { countOf } from '~/lib/format';
import type { Ranked } from '~/lib/decision/engine';
import { VERDICT_LABELS, type Verdict } from '~/lib/decision/verdict';
import type { DecisionModel } from '~/lib/decision/model';
import type { ChecklistLinks } from './links';
import { CostLine } from './CostLine';
import { ScoreBar } from './ScoreBar';
import { Sources } from './Sources';
import { TermItem } from './Terms';

const VISIBLE_TERMS = 3;

/** A symbol per verdict, so the verdict never relies on colour alone. */
export const VERDICT_SYMBOLS: Record<Verdict, string> = { 'best-fit': '✔', contender: '◐', possible: '○', 'poor-fit': '✕', 'ruled-out': '⊘', unranked: '·' };

const pointsText = (score: number) => countOf(score, 'point').replace(/^-/, '−');

/** The option's name, each framework linking to its page. */
export function OptionName({ entry, links }: { entry: Ranked; links: ChecklistLinks }) {
  if (entry.members.length === 1) return <a href={`${links.frameworks}${entry.framework.id}/`}>{entry.framework.title}</a>;
  return (
    <>
      {entry.members.map((m, index) => (
        <span key={m.id}>
          {index > 0 && ' + '}
          <a href={`${links.frameworks}${m.id}/`}>{m.shortName}</a>
        </span>
      ))}
    </>
  );
}

/** What each member does here, or the gap a framework on its own leaves. */
function OptionParts({ entry, model, links }: { entry: Ranked; model: DecisionModel; links: ChecklistLinks }) {
  const words = (ids: readonly string[]) => ids.map((id) => model.labels.capabilities[id as keyof typeof model.labels.capabilities].toLowerCase()).join(', ');
  if (entry.option.kind === 'stack') {
    const stack = model.stacks.find((s) => s.id === entry.option.stack);
    return (
      <>
        <ul class="decision-parts">
          {entry.option.members.map((m, index) => (
            <li key={m.framework}>
              <strong>{entry.members[index]!.shortName}</strong>
              {m.provides.length > 0 && <> covers {words(m.provides)}</>}. {m.runs}
            </li>
          ))}
        </ul>
        {stack && (
          <p class="decision-gap">
            How they connect: {stack.connection} <Sources ids={stack.sources} model={model} href={links.sources} />
          </p>
        )}
      </>
    );
  }
  if (entry.option.kind === 'partial') {
    return <p class="decision-gap">Covers only part of your scope: you would add another tool for {words(entry.option.gaps.map((g) => g.capability))}.</p>;
  }
  return null;
}

export function OptionItem({ entry, model, links, compact }: { entry: Ranked; model: DecisionModel; links: ChecklistLinks; compact: boolean }) {
  const shown = entry.terms.slice(0, VISIBLE_TERMS);
  const more = [...entry.terms.slice(VISIBLE_TERMS), ...entry.notes];
  return (
    <li class={`decision-rank decision-verdict-${entry.verdict}`}>
      <p class="decision-rank-head">
        <OptionName entry={entry} links={links} />{' '}
        <span class="decision-verdict">
          {VERDICT_SYMBOLS[entry.verdict]} {VERDICT_LABELS[entry.verdict]}
        </span>{' '}
        <span class="decision-score">{pointsText(entry.score)}</span>
      </p>
      <ScoreBar entry={entry} />
      {entry.cost && !compact && <CostLine cost={entry.cost} />}
      {!compact && <OptionParts entry={entry} model={model} links={links} />}
      {!compact && (
        <ul class="decision-reasons">
          {shown.map((term) => (
            <TermItem key={term.criterion} term={term} model={model} links={links} compact={compact} />
          ))}
          {entry.terms.length === 0 && <li>No answer counts for or against it yet, so its score is 0.</li>}
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
