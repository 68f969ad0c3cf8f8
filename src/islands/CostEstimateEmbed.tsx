/**
 * The calculator in compact form, for articles: four inputs, the totals, and a link that opens the
 * full calculator with the same inputs. Same model, same input checks, same text as the full page.
 */
import { useState } from 'preact/hooks';
import { CHOICE_SPECS, checkNumber, DEFAULT_INPUTS, NUMBER_SPECS, queryFromInputs, type CostInputs, type NumberSpec } from '../lib/cost/inputs';
import { estimateFramework, type CostData } from '../lib/cost/model';
import { summaryRow } from '../lib/cost/present';

interface Props {
  data: CostData;
  /** One framework's estimate; all of them when absent. */
  framework?: string | undefined;
  /** withBase('/tools/cost-calculator/') */
  calculatorPath: string;
  /** Distinguishes the ids of two embeds on one page. */
  idPrefix: string;
}

const EMBED_FIELDS = ['horizonYears', 'dataScientists', 'gpuHours'] as const;

export default function CostEstimateEmbed({ data, framework, calculatorPath, idPrefix }: Props) {
  const [inputs, setInputs] = useState<CostInputs>(DEFAULT_INPUTS);
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(EMBED_FIELDS.map((f) => [f, String(DEFAULT_INPUTS[f])])));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const profiles = data.profiles.filter((p) => !framework || p.id === framework);
  const rows = profiles.map((p) => summaryRow(estimateFramework(data, p, inputs)));
  const cloud = CHOICE_SPECS.find((s) => s.name === 'cloud')!;

  const onNumber = (spec: NumberSpec, raw: string) => {
    setTexts((t) => ({ ...t, [spec.name]: raw }));
    const result = checkNumber(spec, raw);
    setErrors((e) => ({ ...e, [spec.name]: result.ok ? undefined : result.message }));
    if (result.ok) setInputs((i) => ({ ...i, [spec.name]: result.value }));
  };

  return (
    <section class="calc-embed" aria-labelledby={`${idPrefix}-title`} data-pagefind-ignore>
      <h3 id={`${idPrefix}-title`}>Estimate it for your team</h3>
      <form class="calc-embed-form" onSubmit={(e) => e.preventDefault()}>
        <div class="calc-field">
          <label for={`${idPrefix}-cloud`}>{cloud.label}</label>
          <select id={`${idPrefix}-cloud`} value={inputs.cloud} onChange={(e) => setInputs((i) => ({ ...i, cloud: (e.currentTarget as HTMLSelectElement).value as CostInputs['cloud'] }))}>
            {cloud.values.map((v) => <option value={v}>{cloud.labels[v]}</option>)}
          </select>
        </div>
        {EMBED_FIELDS.map((name) => {
          const spec = NUMBER_SPECS.find((s) => s.name === name)!;
          const id = `${idPrefix}-${spec.key}`;
          const error = errors[name];
          return (
            <div class="calc-field">
              <label for={id}>{spec.label} <span class="calc-unit">({spec.unit})</span></label>
              <input id={id} type="text" inputMode="decimal" autoComplete="off" value={texts[name]} aria-invalid={error ? 'true' : 'false'}
                aria-describedby={error ? `${id}-error` : undefined} onInput={(e) => onNumber(spec, (e.currentTarget as HTMLInputElement).value)} />
              {error && <p id={`${id}-error`} class="calc-error"><span aria-hidden="true">⚠ </span>{error}</p>}
            </div>
          );
        })}
      </form>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Estimate" aria-live="polite">
        <table>
          <caption>Likely (low–high), USD, other inputs at the calculator’s defaults</caption>
          <thead><tr><th scope="col">Framework</th><th scope="col">{inputs.horizonYears}-year total</th><th scope="col">Monthly run-rate</th><th scope="col">People share</th></tr></thead>
          <tbody>
            {rows.map((row) => <tr><th scope="row">{row.framework}</th><td>{row.total}</td><td>{row.monthly}</td><td>{row.peopleShare}</td></tr>)}
          </tbody>
        </table>
      </div>
      <p><a href={`${calculatorPath}${queryFromInputs(inputs)}`}>Open the full calculator with these inputs</a>: every line item, its formula and its source.</p>
    </section>
  );
}
