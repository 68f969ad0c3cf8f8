/** The summary as a table: monthly run-rate, one-time, total, people share and what is not in the total. */
import { formatShare, frameworkLabel, rangeParts } from '~/lib/cost/present';
import type { FrameworkEstimate, Range } from '~/lib/cost/types';

/** "$12,300 ($10,100–$15,800)": on paper the band may go under the figure, but is never split. */
function RangeText({ range }: { range: Range }) {
  const { likely, band } = rangeParts(range);
  return band === null ? (
    <>{likely}</>
  ) : (
    <>
      {likely} <span class="calc-range-band">{band}</span>
    </>
  );
}

export function SummaryTable({ estimates, years, pricesAsOf }: { estimates: FrameworkEstimate[]; years: number; pricesAsOf: string }) {
  const quoted = estimates.filter((e) => e.notInTotal.length > 0);
  return (
    <>
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
                <td data-label="Monthly run-rate">
                  <RangeText range={e.monthly} />
                </td>
                <td data-label="One-time">
                  <RangeText range={e.oneTime} />
                </td>
                <td data-label={`${years}-year total`}>
                  <RangeText range={e.total} />
                </td>
                <td data-label="People share">{formatShare(e.peopleShare)}</td>
                <td data-label="Not in the total">{e.notInTotal.length ? `quote: ${e.notInTotal.map((l) => l.label).join('; ')}` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* On paper the last column becomes this list: the table then fits the page's width. */}
      {quoted.length > 0 && (
        <ul class="calc-print-only calc-print-notes">
          {quoted.map((e) => (
            <li>
              Not in the total of {frameworkLabel(e)}, priced by quote: {e.notInTotal.map((l) => l.label).join('; ')}.
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
