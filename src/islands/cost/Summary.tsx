/**
 * The answer on the first screen: the verdict, and per framework its likely total, range, biggest
 * driver, what is left out and whether the team has the hours it needs. Each total opens that
 * framework's line items. The page renders it at build time for the defaults; the calculator
 * renders it live beside the form once its model has loaded.
 */
import { countOf, usd } from '../../lib/format';
import type { SummaryView } from '../../lib/cost/verdict';

// Kept off present.ts so the first script stays small.
const formatShare = (share: number) => `${Math.round(share * 100)}%`;

export interface SummaryProps {
  view: SummaryView;
  years: number;
  pricesAsOf: string;
  /** True while the inputs changed and the model is still loading: the figures are the previous ones. */
  stale?: boolean;
  onShowLines?: (id: string) => void;
}

const hoursText = (h: number) => (h < 10 ? h.toFixed(1) : Math.round(h).toLocaleString('en-US'));
const MODE_WORDS: Record<string, string> = { 'self-hosted': 'self-hosted', cloud: 'managed by its cloud', saas: 'as vendor SaaS' };

export function Summary({ view, years, pricesAsOf, stale = false, onShowLines }: SummaryProps) {
  return (
    <section class="calc-summary-panel" id="calc-summary" aria-labelledby="results" aria-busy={stale ? 'true' : 'false'}>
      <h2 id="results">Estimated cost over {countOf(years, 'year')}</h2>
      <p class={`calc-verdict calc-verdict-${view.kind}`}>{stale ? 'Recomputing…' : view.sentence}</p>
      {view.leftOut && <p class="calc-left-out">{view.leftOut}</p>}
      {view.notes.map((note) => <p class="calc-left-out">{note}</p>)}
      <ol class={stale ? 'calc-totals calc-stale' : 'calc-totals'}>
        {view.rows.map((row) => {
          const short = row.opsHours > row.capacityHours;
          return (
            <li class={row.contender ? 'calc-contender' : undefined}>
              <a href="#line-items" class="calc-total-name" onClick={() => onShowLines?.(row.id)}>{row.label}</a>
              <span class="calc-total"><strong>{usd(row.total.likely)}</strong> <span class="calc-when">({usd(row.total.low)}–{usd(row.total.high)})</span></span>
              <span class="calc-total-note">
                Run rate {usd(row.monthly)} a month; one-time {usd(row.oneTime)}. Biggest: {row.driverLabel} ({formatShare(row.driverShare)}). Staff time {formatShare(row.peopleShare)}{row.opsOverridden ? ' (your operations hours)' : ' (assumed)'}.
                {row.quotes > 0 && <> Not in the total: {countOf(row.quotes, 'quote')}.</>}
              </span>
              <span class={short ? 'calc-total-note calc-short' : 'calc-total-note'}>
                {short ? '⚠ ' : ''}Operations {hoursText(row.opsHours)} h a month; your platform engineers have {hoursText(row.capacityHours)} h.
                {row.needsPublicCloud && ' Runs only in its public cloud.'}
                {row.fallback && ` Offered only ${MODE_WORDS[row.fallback] ?? row.fallback}.`}
              </span>
            </li>
          );
        })}
      </ol>
      <p class="calc-when">Likely (low–high), USD, list prices as of {pricesAsOf}. Select a framework for its line items.</p>
    </section>
  );
}

/** On phones, the answer stays in view while the reader scrolls the inputs. */
export function CompactBar({ view }: { view: SummaryView }) {
  return (
    <div class="calc-bar no-print" aria-hidden="true">
      <a href="#calc-summary" tabIndex={-1}>
        {/* One line on the narrowest phone: the amount first, so an ellipsis only ever cuts the words. */}
        Lowest likely {usd(view.best.likely)}: {view.best.title}{view.kind === 'too-close' ? ' (too close to call)' : ''}
      </a>
    </div>
  );
}
