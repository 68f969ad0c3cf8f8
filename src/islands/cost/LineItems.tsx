/**
 * One framework's line items: amount, horizon total, formula, unit price and source on every line,
 * and the inputs that move it, each a link to that input. On phones each row becomes a card.
 */
import { CHOICE_SPECS, NUMBER_SPECS } from '~/lib/cost/inputs';
import { frameworkLabel, lineRows, lineSources, STANDING_LABELS, standingClass } from '~/lib/cost/present';
import type { FrameworkEstimate } from '~/lib/cost/types';
import { fieldId, focusField } from './Field';
import { inSentence } from '~/lib/cost/words-case';

const SPECS = new Map<string, { key: string; label: string }>([...NUMBER_SPECS, ...CHOICE_SPECS].map((s) => [s.name as string, { key: s.key, label: s.label }]));

interface Props {
  estimate: FrameworkEstimate;
  estimates: FrameworkEstimate[];
  years: number;
  sourcesPath: string;
  /** Source id → title: a line names its source by title. */
  sourceTitles?: Record<string, string> | undefined;
  dataPath: string;
  /** False for the build-time view, whose inputs are not on the page yet: no links to them. */
  live: boolean;
  onSelect: (id: string) => void;
}

export function LineItems({ estimate, estimates, years, sourcesPath, sourceTitles, dataPath, live, onSelect }: Props) {
  const venue = estimate.venue === 'onprem' ? 'your data centre’s' : `${estimate.venue.toUpperCase()} list`;
  return (
    <>
      <h3 id="line-items">Line items, with formula and source</h3>
      <div class="calc-field calc-detail no-print">
        <label for="calc-detail">Show the line items of</label>
        <select id="calc-detail" value={estimate.id} onChange={(e) => onSelect((e.currentTarget as HTMLSelectElement).value)}>
          {estimates.map((e) => (
            <option value={e.id}>{frameworkLabel(e)}</option>
          ))}
        </select>
      </div>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Line items">
        <table class="calc-lines calc-cards">
          <caption>
            {frameworkLabel(estimate)}: priced on {venue} prices; likely (low–high), USD
          </caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Amount</th>
              <th scope="col">Over {years} years</th>
              <th scope="col">Formula (likely)</th>
              <th scope="col">Unit price</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {lineRows(estimate).map((row, i) => {
              const line = estimate.lines[i]!;
              const price = line.price;
              const drivers = (live ? line.drivers : []).map((d) => SPECS.get(d)).filter((d): d is { key: string; label: string } => Boolean(d));
              return (
                <tr class={`calc-line-${line.status}`}>
                  <th scope="row">
                    {row.item}
                    <span class="calc-when"> ({row.when})</span>
                  </th>
                  <td data-label="Amount">{row.amount}</td>
                  <td data-label={`Over ${years} years`}>{row.horizon}</td>
                  <td data-label="Formula" class="calc-formula">
                    {row.formula}
                    {drivers.length > 0 && (
                      <span class="calc-drivers no-print">
                        {' '}
                        Change:{' '}
                        {drivers.map((d, k) => (
                          <>
                            {k > 0 && ', '}
                            <a href={`#${fieldId(d.key)}`} onClick={(e) => focusField(d.key, e)}>
                              {inSentence(d.label)}
                            </a>
                          </>
                        ))}
                      </span>
                    )}
                  </td>
                  <td data-label="Unit price">{row.unitPrice}</td>
                  <td data-label="Source">
                    {price ? (
                      <>
                        <a href={`${sourcesPath}#${price.source}`}>{sourceTitles?.[price.source] ?? 'Source'}</a>{' '}
                        <span class={standingClass(price.standing)}>{STANDING_LABELS[price.standing]}</span> <span class="calc-when">as of {price.asOf}</span>
                      </>
                    ) : (
                      <a href={`${dataPath}#effort-profiles`}>Site assumption (effort profiles)</a>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {/* On paper the source column gives way to this list: each source once, by title, with the lines it prices. */}
      <div class="calc-print-only calc-print-sources">
        <p>Sources of these lines (formulas and unit prices are on the page and in the CSV):</p>
        <ul>
          {lineSources(estimate, sourceTitles).map((source) => (
            <li>
              {source.title}
              {source.standing && ` (${source.standing})`}: {source.items.join('; ')}.
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
