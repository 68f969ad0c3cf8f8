/**
 * The cost/effort calculator. Pixels only: inputs are checked by src/lib/cost/inputs, totals come
 * from src/lib/cost/model, the verdict from verdict, text from present, chart geometry from charts.
 * The URL holds the inputs (scenario A too) and localStorage remembers them; a field with a bad
 * value shows its message and keeps its last valid value, so the results never go blank.
 * The sensitivity and export code load on first use.
 */
import { useMemo, useState } from 'preact/hooks';
import { writeStored } from '../browser/storage';
import { useUrlState, type UrlCodec } from '../browser/use-url-state';
import { checklistQuery } from '../lib/cost/checklist';
import { estimateGenai } from '../lib/cost/genai';
import { CHOICE_SPECS, checkNumber, DEFAULT_INPUTS, NUMBER_SPECS, type CostInputs, type NumberSpec } from '../lib/cost/inputs';
import { estimateFrameworks } from '../lib/cost/model';
import { roleCost } from '../lib/cost/people';
import { readTwoScenarios, writeTwoScenarios, type TwoScenarios } from '../lib/cost/scenarios';
import type { CostData, FrameworkEstimate } from '../lib/cost/types';
import { verdictOf } from '../lib/cost/verdict';
import { BreakdownChart, CumulativeChart } from './cost/Charts';
import { ChoiceField, NumberField } from './cost/Field';
import { Fragility } from './cost/Fragility';
import { GenaiPanel } from './cost/GenaiPanel';
import { LineItems } from './cost/LineItems';
import { ScenarioCompare } from './cost/ScenarioCompare';
import { CompactBar, Summary, SummaryTable } from './cost/Summary';

export const STORAGE_KEY = 'mlops-field-guide:cost-calculator';

interface Props {
  data: CostData;
  pricesAsOf: string;
  /** withBase() of the sources page and of the decision checklist, so links work under any base path. */
  sourcesPath: string;
  checklistPath: string;
}

type Texts = Record<NumberSpec['name'], string>;
type Errors = Partial<Record<NumberSpec['name'], string>>;

const textsOf = (inputs: CostInputs): Texts =>
  Object.fromEntries(NUMBER_SPECS.map((s) => [s.name, inputs[s.name] === null ? '' : String(inputs[s.name])])) as Texts;

/** The form's groups; the first two stay open, the rest open on demand. */
const GROUPS: Array<{ legend: string; fields: string[]; open?: boolean }> = [
  { legend: 'Your team', open: true, fields: ['cloud', 'hosting', 'horizonYears', 'dataScientists', 'platformEngineers', 'region', 'dataScientistCost', 'platformEngineerCost'] },
  { legend: 'Workload', open: true, fields: ['models', 'pipelines', 'runsPerPipeline', 'monitoring'] },
  { legend: 'Training', fields: ['cpuHours', 'gpuHours', 'trainingGpu', 'spotSharePct', 'spotDiscountPct', 'commitmentDiscountPct'] },
  { legend: 'Serving', fields: ['servingHardware', 'replicas', 'servingHours', 'servingIdlePct'] },
  { legend: 'Notebooks', fields: ['notebookHours', 'notebookIdlePct'] },
  { legend: 'Storage, network and logs', fields: ['storageTb', 'storageGrowthPct', 'egressTb', 'logsGb', 'natGateways', 'natGb'] },
  { legend: 'Kubernetes (where a framework needs it)', fields: ['alreadyRunKubernetes', 'clusters', 'overheadNodes', 'eksExtendedSupport'] },
  { legend: 'Platform options and risk', fields: ['mlflowSize', 'subscriptionUsd', 'migrationRiskPct'] },
  { legend: 'Your own data centre', fields: ['onpremCpuHour', 'onpremGpuHour'] },
  { legend: 'LLM serving (optional)', fields: ['genai', 'llmInputMillions', 'llmOutputMillions', 'llmInputPrice', 'llmOutputPrice', 'llmGpu', 'llmGpusPerReplica', 'llmReplicas', 'llmHours'] },
];

/** The export code loads on the first download, keeping it out of the page's first JavaScript. */
async function download(kind: 'csv' | 'json', inputs: CostInputs, estimates: FrameworkEstimate[], pricesAsOf: string) {
  const [{ exportFile }, { downloadText }] = await Promise.all([import('../lib/cost/export'), import('../browser/download')]);
  const file = exportFile(kind, inputs, estimates, pricesAsOf);
  downloadText(file.fileName, file.text, file.mimeType);
}

const CODEC: UrlCodec<TwoScenarios> = {
  read: (search) => {
    const { ignored, ...state } = readTwoScenarios(search);
    return { state: { ...state, ignored: [] }, ignored };
  },
  write: (state) => writeTwoScenarios(state.inputs, state.a),
};

const INITIAL: TwoScenarios = { inputs: DEFAULT_INPUTS, a: null, ignored: [] };

export default function CostCalculator({ data, pricesAsOf, sourcesPath, checklistPath }: Props) {
  const [texts, setTexts] = useState<Texts>(() => textsOf(DEFAULT_INPUTS));
  const [errors, setErrors] = useState<Errors>({});
  const [detail, setDetail] = useState(data.profiles[0]?.framework ?? '');
  // Typing replaces the history entry rather than adding one per keystroke.
  const url = useUrlState(INITIAL, CODEC, {
    storageKey: STORAGE_KEY,
    history: 'replace',
    onRead: (read) => {
      setTexts(textsOf(read.inputs));
      setErrors({});
    },
  });
  const { ignored: notes, ready } = url;
  const { inputs, a } = url.state;
  const setInput = (change: Partial<CostInputs>) => url.update({ ...url.state, inputs: { ...inputs, ...change } });

  const estimates = useMemo(() => estimateFrameworks(data, inputs), [data, inputs]);
  const verdict = verdictOf(estimates, inputs.horizonYears);
  const genai = inputs.genai === 'yes' ? estimateGenai(data, inputs) : null;
  const years = inputs.horizonYears;

  const onNumber = (spec: NumberSpec, raw: string) => {
    setTexts((t) => ({ ...t, [spec.name]: raw }));
    const result = checkNumber(spec, raw);
    setErrors((e) => ({ ...e, [spec.name]: result.ok ? undefined : result.message }));
    if (result.ok) setInput({ [spec.name]: result.value });
  };

  const replaceAll = (next: TwoScenarios, history: 'push' | 'replace' = 'push') => {
    url.update(next, { history });
    setTexts(textsOf(next.inputs));
    setErrors({});
  };
  const reset = () => {
    replaceAll(INITIAL);
    writeStored(STORAGE_KEY, '');
  };

  const errorCount = Object.values(errors).filter(Boolean).length;
  const announcement = errorCount > 0 ? `${errorCount} field${errorCount > 1 ? 's need' : ' needs'} a valid value; the results show the last valid one.` : `Updated. ${verdict.sentence}`;

  const presetText = (name: NumberSpec['name']) =>
    name === 'dataScientistCost' ? `${Math.round(roleCost(data, inputs, 'dataScientist').yearly).toLocaleString('en-US')} (preset)` : name === 'platformEngineerCost' ? `${Math.round(roleCost(data, inputs, 'platformEngineer').yearly).toLocaleString('en-US')} (preset)` : undefined;

  const field = (name: string) => {
    const choice = CHOICE_SPECS.find((s) => s.name === name);
    if (choice) return <ChoiceField key={name} spec={choice} value={inputs[choice.name]} onChange={(v) => setInput({ [choice.name]: v })} />;
    const spec = NUMBER_SPECS.find((s) => s.name === name)!;
    return <NumberField key={name} spec={spec} text={texts[spec.name]} error={errors[spec.name]} placeholder={presetText(spec.name)} onInput={(raw) => onNumber(spec, raw)} />;
  };

  const detailEstimate = estimates.find((e) => e.id === detail) ?? estimates[0]!;

  return (
    <div class="calculator">
      <div class="calc-layout">
        <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-label="Your scenario">
          {GROUPS.map((group) => (
            <details class="calc-group" open={group.open}>
              <summary>{group.legend}</summary>
              <fieldset>
                <legend class="visually-hidden">{group.legend}</legend>
                {group.fields.map(field)}
              </fieldset>
            </details>
          ))}
          <div class="calc-actions no-print">
            <button type="button" class="calc-button" onClick={reset}>Reset to defaults</button>
            <button type="button" class="calc-button" onClick={() => void download('csv', inputs, estimates, pricesAsOf)}>Download CSV</button>
            <button type="button" class="calc-button" onClick={() => void download('json', inputs, estimates, pricesAsOf)}>Download JSON</button>
          </div>
          <p class="no-print">
            <a href={`${checklistPath}${checklistQuery(inputs)}`}>Back to the decision checklist with these answers</a>
          </p>
        </form>
        <div class="calc-results">
          <div class="calc-status" role="status" aria-live="polite">
            <p>{announcement}</p>
            {notes.length > 0 && (
              <ul>
                {notes.map((note) => <li>From the link: {note}.</li>)}
              </ul>
            )}
          </div>
          <Summary verdict={verdict} years={years} pricesAsOf={pricesAsOf} onShowLines={setDetail} />
        </div>
      </div>
      <CompactBar verdict={verdict} />

      <SummaryTable estimates={estimates} years={years} pricesAsOf={pricesAsOf} />
      <LineItems estimate={detailEstimate} estimates={estimates} years={years} sourcesPath={sourcesPath} onSelect={setDetail} />
      {/* The charts draw in the browser only; their tables are the build-time, no-JavaScript view. */}
      <BreakdownChart estimates={estimates} years={years} drawn={ready} />
      <CumulativeChart estimates={estimates} years={years} drawn={ready} />
      {genai && <GenaiPanel genai={genai} sourcesPath={sourcesPath} />}
      {ready && <Fragility data={data} inputs={inputs} estimates={estimates} />}
      {ready && (
        <ScenarioCompare
          data={data}
          a={a}
          b={inputs}
          onSave={() => url.update({ ...url.state, a: inputs }, { history: 'push' })}
          onRestore={() => a && replaceAll({ ...url.state, inputs: a })}
          onClear={() => url.update({ ...url.state, a: null }, { history: 'push' })}
        />
      )}
    </div>
  );
}
