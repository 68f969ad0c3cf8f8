/**
 * An option's cost beside its rank: the monthly run rate and the one-time cost apart (the sum of its
 * members for a stack), the lines priced only by quote named, and "cost incomplete" when the
 * platform fee itself is a quote.
 */
import { usd } from '~/lib/format';
import type { CostFigure } from '~/lib/decision/engine';

export function costWords(cost: CostFigure): string {
  const quotes = cost.quotes.length > 0 ? `; + ${cost.quotes.join('; + ')}` : '';
  return `About ${usd(cost.monthly)} a month once running, plus ${usd(cost.oneTime)} one-time${quotes}`;
}

export function CostLine({ cost }: { cost: CostFigure }) {
  return (
    <p class="decision-cost">
      {costWords(cost)}
      {cost.incomplete && <strong class="decision-incomplete"> Cost incomplete: its main fee is priced by quote only.</strong>}
    </p>
  );
}
