/** One scored term (its points, sentence, the answers behind it and its sources) and one reason an option is ruled out. */
import { signed } from '~/lib/format';
import type { Cause, RuledOut, Term } from '~/lib/decision/engine';
import type { DecisionModel } from '~/lib/decision/model';
import type { ChecklistLinks } from './links';
import { Sources } from './Sources';

export function causeText(causes: Cause[]): string {
  return causes.map((c) => c.answers.map((a) => a.label).join(', ')).join('; ');
}

export function TermItem({ term, model, links, compact }: { term: Term; model: DecisionModel; links: ChecklistLinks; compact: boolean }) {
  return (
    <li>
      <span class="decision-points">{term.points === 0 ? 'Note' : signed(term.points)}</span> <strong>{term.label}:</strong> {term.text}
      {term.weight > 1 && <span class="decision-cause"> (doubled by your priority)</span>}
      {term.causes.length > 0 && <span class="decision-cause"> (your answer: {causeText(term.causes)})</span>}
      {!compact && <Sources ids={term.sources} model={model} href={links.sources} />}
    </li>
  );
}

export function RuledOutItem({ item, model, links }: { item: RuledOut; model: DecisionModel; links: ChecklistLinks }) {
  return (
    <li>
      {item.text}
      <span class="decision-cause"> (your answer: {causeText(item.causes)})</span>
      <Sources ids={item.sources} model={model} href={links.sources} />
    </li>
  );
}
