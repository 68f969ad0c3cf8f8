/**
 * The cost/effort calculator. Pixels only: inputs are checked by src/lib/cost/inputs, totals come
 * from src/lib/cost/model, text and exports from src/lib/cost/present, chart geometry from
 * src/lib/cost/charts. The URL holds the inputs (and localStorage remembers them); a field with a
 * bad value shows its message and keeps its last valid value, so the results never go blank.
 */
import { useMemo, useState } from 'preact/hooks';
import { writeStored } from '../browser/storage';
import { useUrlState, type UrlCodec } from '../browser/use-url-state';
import { cumulativeSeries, stackedBars } from '../lib/cost/charts';
import {
  CHOICE_SPECS,
  checkNumber,
  DEFAULT_INPUTS,
  inputsFromQuery,
  NUMBER_SPECS,
  queryFromInputs,
  type CostInputs,
  type NumberSpec,
} from '../lib/cost/inputs';
import { CATEGORIES, CATEGORY_LABELS, estimateAll, type CostData, type FrameworkEstimate } from '../lib/cost/model';
import { formatRange, formatUsd, lineRows, STANDING_LABELS, summaryRow } from '../lib/cost/present';

export const STORAGE_KEY = 'mlops-field-guide:cost-calculator';

interface Props {
  data: CostData;
  pricesAsOf: string;
  /** withBase('/sources/'), so source links work under any base path. */
  sourcesPath: string;
}

type Texts = Record<NumberSpec['name'], string>;
type Errors = Partial<Record<NumberSpec['name'], string>>;

const textsOf = (inputs: CostInputs): Texts =>
  Object.fromEntries(NUMBER_SPECS.map((s) => [s.name, inputs[s.name] === null ? '' : String(inputs[s.name])])) as Texts;

const GROUPS: Array<{ legend: string; fields: string[] }> = [
  { legend: 'Team and horizon', fields: ['cloud', 'horizonYears', 'dataScientists', 'platformEngineers', 'loadedCostPerFte'] },
  { legend: 'Training', fields: ['cpuHours', 'gpuHours', 'spotSharePct', 'spotDiscountPct', 'commitmentDiscountPct'] },
  { legend: 'Serving', fields: ['endpoints', 'replicas', 'servingHours'] },
  { legend: 'Storage and traffic', fields: ['storageTb', 'storageGrowthPct', 'egressTb'] },
  { legend: 'Kubernetes (Kubeflow everywhere; Metaflow outside AWS)', fields: ['alreadyRunKubernetes', 'clusters', 'overheadNodes', 'eksExtendedSupport'] },
  { legend: 'Platform and risk', fields: ['mlflowHosting', 'subscriptionUsd', 'migrationRiskPct'] },
];

/** The export code loads on the first download, keeping it out of the page's first JavaScript. */
async function download(kind: 'csv' | 'json', inputs: CostInputs, estimates: FrameworkEstimate[], pricesAsOf: string) {
  const [{ exportFile }, { downloadText }] = await Promise.all([import('../lib/cost/export'), import('../browser/download')]);
  const file = exportFile(kind, inputs, estimates, pricesAsOf);
  downloadText(file.fileName, file.text, file.mimeType);
}

const CODEC: UrlCodec<CostInputs> = {
  read: (search) => {
    const { inputs, ignored } = inputsFromQuery(search);
    return { state: inputs, ignored };
  },
  write: queryFromInputs,
};

export default function CostCalculator({ data, pricesAsOf, sourcesPath }: Props) {
  const [texts, setTexts] = useState<Texts>(() => textsOf(DEFAULT_INPUTS));
  const [errors, setErrors] = useState<Errors>({});
  const [detail, setDetail] = useState(data.profiles[0]?.id ?? '');
  // Typing replaces the history entry rather than adding one per keystroke.
  const url = useUrlState(DEFAULT_INPUTS, CODEC, {
    storageKey: STORAGE_KEY,
    history: 'replace',
    onRead: (read) => {
      setTexts(textsOf(read));
      setErrors({});
    },
  });
  const { state: inputs, ignored: notes, ready } = url;
  const setInput = (change: Partial<CostInputs>) => url.update({ ...inputs, ...change });

  const estimates = useMemo(() => estimateAll(data, inputs), [data, inputs]);
  const years = inputs.horizonYears;

  const onNumber = (spec: NumberSpec, raw: string) => {
    setTexts((t) => ({ ...t, [spec.name]: raw }));
    const result = checkNumber(spec, raw);
    setErrors((e) => ({ ...e, [spec.name]: result.ok ? undefined : result.message }));
    if (result.ok) setInput({ [spec.name]: result.value });
  };

  const reset = () => {
    url.update(DEFAULT_INPUTS);
    setTexts(textsOf(DEFAULT_INPUTS));
    setErrors({});
    writeStored(STORAGE_KEY, '');
  };

  const errorCount = Object.values(errors).filter(Boolean).length;
  const cheapest = estimates.reduce((a, b) => (b.total.likely < a.total.likely ? b : a));
  const announcement =
    errorCount > 0
      ? `${errorCount} field${errorCount > 1 ? 's need' : ' needs'} a valid value; the results show the last valid one.`
      : `Updated. Lowest likely ${years}-year total: ${cheapest.title}, ${formatUsd(cheapest.total.likely)}.`;

  const field = (name: string) => {
    const choice = CHOICE_SPECS.find((s) => s.name === name);
    if (choice) {
      return (
        <div class="calc-field" key={name}>
          <label for={`calc-${choice.key}`}>{choice.label}</label>
          <select
            id={`calc-${choice.key}`}
            value={inputs[choice.name]}
            onChange={(e) => setInput({ [choice.name]: (e.currentTarget as HTMLSelectElement).value })}
          >
            {choice.values.map((v) => <option value={v}>{choice.labels[v]}</option>)}
          </select>
        </div>
      );
    }
    const spec = NUMBER_SPECS.find((s) => s.name === name)!;
    const id = `calc-${spec.key}`;
    const error = errors[spec.name];
    const described = [spec.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
    return (
      <div class="calc-field" key={name}>
        <label for={id}>
          {spec.label} <span class="calc-unit">({spec.unit})</span>
        </label>
        <input
          id={id}
          name={spec.key}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={texts[spec.name]}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={described || undefined}
          onInput={(e) => onNumber(spec, (e.currentTarget as HTMLInputElement).value)}
        />
        {spec.hint && <p id={`${id}-hint`} class="calc-hint">{spec.hint}</p>}
        {error && <p id={`${id}-error`} class="calc-error"><span aria-hidden="true">⚠ </span>{error}</p>}
      </div>
    );
  };

  const bars = stackedBars(estimates, 480);
  const curves = cumulativeSeries(estimates, 520, 220);
  const detailEstimate = estimates.find((e) => e.id === detail) ?? estimates[0]!;

  return (
    <div class="calculator">
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-label="Your scenario">
        {GROUPS.map((group) => (
          <fieldset>
            <legend>{group.legend}</legend>
            {group.fields.map(field)}
          </fieldset>
        ))}
        <div class="calc-actions no-print">
          <button type="button" onClick={reset}>Reset to defaults</button>
          <button type="button" onClick={() => void download('csv', inputs, estimates, pricesAsOf)}>Download CSV</button>
          <button type="button" onClick={() => void download('json', inputs, estimates, pricesAsOf)}>
            Download JSON
          </button>
        </div>
      </form>

      <div class="calc-status" role="status" aria-live="polite">
        <p>{announcement}</p>
        {notes.length > 0 && (
          <ul>
            {notes.map((note) => <li>From the link: {note}.</li>)}
          </ul>
        )}
      </div>

      <h2 id="results">Estimated cost over {years} year{years > 1 ? 's' : ''}</h2>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Summary of the estimate">
        <table class="calc-summary">
          <caption>Likely (low–high), USD, list prices as of {pricesAsOf}</caption>
          <thead>
            <tr><th scope="col">Framework</th><th scope="col">Monthly run-rate</th><th scope="col">One-time</th><th scope="col">{years}-year total</th><th scope="col">People share</th><th scope="col">Not included</th></tr>
          </thead>
          <tbody>
            {estimates.map((e) => {
              const row = summaryRow(e);
              return (
                <tr>
                  <th scope="row">{row.framework}</th><td>{row.monthly}</td><td>{row.oneTime}</td><td>{row.total}</td><td>{row.peopleShare}</td><td>{row.quoted ? `quote: ${row.quoted}` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3 id="breakdown">Where the money goes</h3>
      {/* The charts draw in the browser only; the tables below them are the build-time, no-JavaScript view. */}
      {ready && <figure class="calc-chart">
        <svg viewBox={`0 0 760 ${bars.bars.length * 34 + 8}`} role="img" aria-labelledby="calc-bars-caption">
          {bars.bars.map((bar, row) => (
            <g transform={`translate(0 ${row * 34 + 4})`}>
              <text x="150" y="17" text-anchor="end" class="calc-chart-label">{bar.title}</text>
              {bar.segments.map((seg) => (
                <rect x={160 + seg.x} y="4" width={Math.max(seg.width, 0.5)} height="22" class={`calc-seg calc-seg-${seg.category}`}>
                  <title>{`${bar.title}, ${CATEGORY_LABELS[seg.category]}: ${formatUsd(seg.value)}`}</title>
                </rect>
              ))}
              <text x={160 + bar.segments.reduce((w, s) => w + s.width, 0) + 6} y="20" class="calc-chart-value">{formatUsd(bar.total)}</text>
            </g>
          ))}
        </svg>
        <figcaption id="calc-bars-caption">
          Likely {years}-year total by category.{' '}
          <span class="calc-legend">
            {CATEGORIES.map((c) => <span><span class={`calc-swatch calc-seg-${c}`} aria-hidden="true" />{CATEGORY_LABELS[c]}</span>)}
          </span>
        </figcaption>
      </figure>}
      <details class="calc-alt">
        <summary>The breakdown as a table</summary>
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Breakdown by category">
          <table>
            <caption>Likely {years}-year total by category, USD</caption>
            <thead><tr><th scope="col">Framework</th>{CATEGORIES.map((c) => <th scope="col">{CATEGORY_LABELS[c]}</th>)}</tr></thead>
            <tbody>
              {bars.bars.map((bar) => (
                <tr><th scope="row">{bar.title}</th>{CATEGORIES.map((c) => <td>{formatUsd(bar.segments.find((s) => s.category === c)?.value ?? 0)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <h3 id="over-time">Cumulative cost over time</h3>
      {ready && <figure class="calc-chart">
        <svg viewBox="0 0 760 250" role="img" aria-labelledby="calc-curves-caption">
          <g transform="translate(95 10)">
            <line x1="0" y1="220" x2="520" y2="220" class="calc-axis" />
            {Array.from({ length: years + 1 }, (_, y) => (
              <text x={(y / years) * 520} y="238" text-anchor="middle" class="calc-chart-label">{`year ${y}`}</text>
            ))}
            <text x="-6" y="8" text-anchor="end" class="calc-chart-label">{formatUsd(curves.max)}</text>
            <text x="-6" y="220" text-anchor="end" class="calc-chart-label">$0</text>
            {curves.series.map((s, i) => <polygon points={s.band} class={`calc-band calc-line-${i}`} />)}
            {curves.series.map((s, i) => (
              <g>
                <polyline points={s.line} class={`calc-curve calc-line-${i}`} />
                <text x={s.end.x + 6} y={s.labelY + 4} class="calc-chart-label">{s.title}</text>
              </g>
            ))}
          </g>
        </svg>
        <figcaption id="calc-curves-caption">
          Cumulative likely cost at each year end, with the low–high band shaded; lines that cross show where one option overtakes another.
        </figcaption>
      </figure>}
      <details class="calc-alt">
        <summary>Cumulative cost as a table</summary>
        <div class="table-scroll" tabIndex={0} role="region" aria-label="Cumulative cost by year">
          <table>
            <caption>Cumulative cost at each year end, likely (low–high), USD</caption>
            <thead><tr><th scope="col">Framework</th>{estimates[0]!.cumulative.map((_, y) => <th scope="col">Year {y}</th>)}</tr></thead>
            <tbody>
              {estimates.map((e) => <tr><th scope="row">{e.title}</th>{e.cumulative.map((r) => <td>{formatRange(r)}</td>)}</tr>)}
            </tbody>
          </table>
        </div>
      </details>

      <h3 id="line-items">Line items, with formula and source</h3>
      <div class="calc-field calc-detail no-print">
        <label for="calc-detail">Show the line items of</label>
        <select id="calc-detail" value={detailEstimate.id} onChange={(e) => setDetail((e.currentTarget as HTMLSelectElement).value)}>
          {estimates.map((e) => <option value={e.id}>{e.title}</option>)}
        </select>
      </div>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Line items">
        <table class="calc-lines">
          <caption>{detailEstimate.title}: priced on {detailEstimate.cloud.toUpperCase()} list prices; likely (low–high), USD</caption>
          <thead>
            <tr><th scope="col">Item</th><th scope="col">Amount</th><th scope="col">Over {years} years</th><th scope="col">Formula (likely)</th><th scope="col">Unit price</th><th scope="col">Source</th></tr>
          </thead>
          <tbody>
            {lineRows(detailEstimate).map((row, i) => {
              const price = detailEstimate.lines[i]!.price;
              return (
                <tr>
                  <th scope="row">{row.item}<span class="calc-when"> ({row.when})</span></th>
                  <td>{row.amount}</td>
                  <td>{row.horizon}</td>
                  <td class="calc-formula">{row.formula}</td>
                  <td>{row.unitPrice}</td>
                  <td>
                    {price ? (
                      <>
                        <a href={`${sourcesPath}#${price.source}`}>{price.source}</a>{' '}
                        <span class={`standing standing-${price.standing === 'consensus' ? 'third-party' : price.standing}`}>{STANDING_LABELS[price.standing]}</span>{' '}
                        <span class="calc-when">as of {price.asOf}</span>
                      </>
                    ) : (
                      <span>Site assumption (effort profile below)</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

    </div>
  );
}
