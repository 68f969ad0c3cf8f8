/**
 * The answer on the first screen: the verdict, and per framework its likely total, range, biggest
 * driver, what is left out and whether the team has the hours it needs. Each total opens that
 * framework's line items, where every number shows its formula and the inputs that move it.
 */
import { countOf } from '../../lib/format';
import { formatRange, formatShare, formatUsd, frameworkLabel } from '../../lib/cost/present';
import type { FrameworkEstimate } from '../../lib/cost/types';
import { biggestDriver, type Verdict } from '../../lib/cost/verdict';

interface Props {
  verdict: Verdict;
  years: number;
  pricesAsOf: string;
  onShowLines: (id: string) => void;
}

const hoursText = (h: number) => (h < 10 ? h.toFixed(1) : Math.round(h).toLocaleString('en-US'));

export function Summary({ verdict, years, pricesAsOf, onShowLines }: Props) {
  return (
    <section class="calc-summary-panel" id="calc-summary" aria-labelledby="results">
      <h2 id="results">Estimated cost over {countOf(years, 'year')}</h2>
      <p class={`calc-verdict calc-verdict-${verdict.kind}`}>{verdict.sentence}</p>
      {verdict.leftOut && <p class="calc-left-out">{verdict.leftOut}</p>}
      <ol class="calc-totals">
        {verdict.ranked.map((e: FrameworkEstimate) => {
          const driver = biggestDriver(e);
          const short = e.opsHoursMonthly > e.opsCapacityHoursMonthly;
          return (
            <li class={verdict.contenders.includes(e) ? 'calc-contender' : undefined}>
              <a href="#line-items" class="calc-total-name" onClick={() => onShowLines(e.id)}>{frameworkLabel(e)}</a>
              <span class="calc-total"><strong>{formatUsd(e.total.likely)}</strong> <span class="calc-when">({formatUsd(e.total.low)}–{formatUsd(e.total.high)})</span></span>
              <span class="calc-total-note">
                Biggest: {driver.label} ({formatShare(driver.share)}). People {formatShare(e.peopleShare)}.
                {e.notInTotal.length > 0 && <> Not in the total: {countOf(e.notInTotal.length, 'quote')}.</>}
              </span>
              <span class={short ? 'calc-total-note calc-short' : 'calc-total-note'}>
                {short ? '⚠ ' : ''}Operations {hoursText(e.opsHoursMonthly)} h a month; your platform engineers have {hoursText(e.opsCapacityHoursMonthly)} h.
                {e.needsPublicCloud && ' Runs only in its public cloud.'}
                {e.hostingFallback && ` Offered only ${e.hosting === 'cloud' ? 'managed by its cloud' : e.hosting}.`}
              </span>
            </li>
          );
        })}
      </ol>
      <p class="calc-when">Likely (low–high), USD, list prices as of {pricesAsOf}. Select a framework for its line items.</p>
    </section>
  );
}

export function SummaryTable({ estimates, years, pricesAsOf }: { estimates: FrameworkEstimate[]; years: number; pricesAsOf: string }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Summary of the estimate">
      <table class="calc-summary calc-cards">
        <caption>Likely (low–high), USD, list prices as of {pricesAsOf}</caption>
        <thead>
          <tr><th scope="col">Framework</th><th scope="col">Monthly run-rate</th><th scope="col">One-time</th><th scope="col">{years}-year total</th><th scope="col">People share</th><th scope="col">Not in the total</th></tr>
        </thead>
        <tbody>
          {estimates.map((e) => (
            <tr>
              <th scope="row">{frameworkLabel(e)}</th>
              <td data-label="Monthly run-rate">{formatRange(e.monthly)}</td>
              <td data-label="One-time">{formatRange(e.oneTime)}</td>
              <td data-label={`${years}-year total`}>{formatRange(e.total)}</td>
              <td data-label="People share">{formatShare(e.peopleShare)}</td>
              <td data-label="Not in the total">{e.notInTotal.length ? `quote: ${e.notInTotal.map((l) => l.label).join('; ')}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** On phones, the answer stays in view while the reader scrolls the inputs. */
export function CompactBar({ verdict }: { verdict: Verdict }) {
  const best = verdict.ranked[0]!;
  return (
    <div class="calc-bar no-print" aria-hidden="true">
      <a href="#calc-summary" tabIndex={-1}>
        {verdict.kind === 'too-close' ? 'Too close to call. ' : ''}Lowest likely: {best.title} {formatUsd(best.total.likely)}
      </a>
    </div>
  );
}
