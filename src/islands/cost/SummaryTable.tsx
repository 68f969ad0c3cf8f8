/** The summary as a table: monthly run-rate, one-time, total, people share and what is not in the total. */
import { formatRange, formatShare, frameworkLabel } from '~/lib/cost/present';
import type { FrameworkEstimate } from '~/lib/cost/types';

export function SummaryTable({ estimates, years, pricesAsOf }: { estimates: FrameworkEstimate[]; years: number; pricesAsOf: string }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Summary of the estimate">
      <table class="calc-summary calc-cards">
        <caption>Likely (low–high), USD, list prices as of {pricesAsOf}</caption>
        <thead>
          <tr>
            <th scope="col">Framework</th>
            <th scope="col">Monthly run-rate</th>
            <th scope="col">One-time</th>
            <th scope="col">{years}-year total</th>
            <th scope="col">People share</th>
            <th scope="col">Not in the total</th>
          </tr>
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
