/**
 * The cost/effort calculator: the inputs and the answer beside them. Pixels only: inputs are
 * checked by src/lib/cost/inputs; the model, the summary view and the details below the summary
 * come from ./cost/engine, loaded on first need (the first edit, the details scrolling near, or at
 * once when the link or this browser's memory carries inputs), so the page's first JavaScript stays
 * small. Until then the summary shows the build-time default, which is what an unchanged page asks for.
 * The URL holds the inputs (and the saved inputs A) and localStorage remembers them; the URL codec comes
 * with the engine. A field with a bad value shows its message and keeps its last valid value, so
 * the results never go blank.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { readStored, writeStored } from '../browser/storage';
import { useUrlState } from '../browser/use-url-state';
import { CHOICE_SPECS, checkNumber, DEFAULT_INPUTS, NUMBER_SPECS, type CostInputs, type NumberSpec } from '../lib/cost/inputs';
import type { InputsWithSaved } from '~/lib/cost/saved-inputs';
import type { CostData } from '../lib/cost/types';
import type { SummaryView } from '../lib/cost/verdict';
import { ChoiceField, NumberField } from './cost/Field';
import { PrintInputs } from './cost/PrintInputs';

type Engine = typeof import('./cost/engine') & { data: CostData };

/** The elements the page renders the build-time summary and details into; the live ones replace them. */
export const SUMMARY_ID = 'calc-summary-slot';
export const DETAILS_ID = 'calc-details';

export const STORAGE_KEY = 'mlops-field-guide:cost-calculator';

/** Each region preset's loaded yearly cost of the two roles, for the blank cost fields' placeholders. */
export type PresetCosts = Record<string, Record<'dataScientist' | 'platformEngineer', number>>;

interface Props {
  /** Where the engine fetches the calculator's numbers (routes.costDataJson()), unless `data` is given. */
  dataUrl: string;
  /** The numbers themselves, when the host already has them (tests): nothing is fetched. */
  data?: CostData | undefined;
  presets: PresetCosts;
  pricesAsOf: string;
  /** withBase() of the sources page and of the decision checklist, so links work under any base path. */
  sourcesPath: string;
  checklistPath: string;
  /** The checklist's query for the default inputs (computed at build time), until the engine can compute it. */
  checklistDefaultQuery?: string;
  /** withBase() of the calculator's data page. */
  dataPath: string;
  /** The summary of the default inputs, computed at build time. */
  initial: SummaryView;
}

type Texts = Record<NumberSpec['name'], string>;
type Errors = Partial<Record<NumberSpec['name'], string>>;

const textsOf = (inputs: CostInputs): Texts => Object.fromEntries(NUMBER_SPECS.map((s) => [s.name, inputs[s.name] === null ? '' : String(inputs[s.name])])) as Texts;

/** The form's groups; the first two stay open, the rest open on demand. */
const GROUPS: Array<{ legend: string; fields: string[]; open?: boolean }> = [
  {
    legend: 'Your team',
    open: true,
    fields: ['cloud', 'includeMoves', 'hosting', 'horizonYears', 'dataScientists', 'platformEngineers', 'region', 'dataScientistCost', 'platformEngineerCost'],
  },
  { legend: 'Workload', open: true, fields: ['models', 'pipelines', 'runsPerPipeline', 'monitoring'] },
  { legend: 'Training', fields: ['cpuHours', 'gpuHours', 'trainingGpu', 'spotSharePct', 'spotDiscountPct', 'commitmentTerm', 'commitmentDiscountPct'] },
  { legend: 'Serving', fields: ['servingHardware', 'servingVcpus', 'servingGpus', 'replicas', 'servingHours', 'servingIdlePct', 'servingUtilPct', 'predictionsThousands'] },
  { legend: 'Notebooks', fields: ['notebookHours', 'notebookVcpus', 'notebookIdlePct'] },
  { legend: 'Storage, network and logs', fields: ['storageTb', 'storageGrowthPct', 'egressTb', 'logsGb', 'natGateways', 'natGb'] },
  { legend: 'Kubernetes (where a framework needs it)', fields: ['alreadyRunKubernetes', 'clusters', 'overheadNodes', 'eksExtendedSupport'] },
  { legend: 'Quotes, operations hours and risk', fields: ['quotes', 'opsOverrides', 'setupOverrides', 'mlflowSize', 'migrationRiskPct'] },
  { legend: 'Cash flow', fields: ['salaryGrowthPct', 'priceChangePct'] },
  { legend: 'Your own data centre', fields: ['onpremCpuHour', 'onpremGpuHour', 'onpremHardwareUsd'] },
  {
    legend: 'LLM serving (optional)',
    fields: ['genai', 'llmInputMillions', 'llmOutputMillions', 'llmInputPrice', 'llmOutputPrice', 'llmGpu', 'llmGpusPerReplica', 'llmReplicas', 'llmHours'],
  },
];

/** The engine: the model and the live views, with the numbers it runs on (fetched unless given). */
async function loadEngine(dataUrl: string, given: CostData | undefined): Promise<Engine> {
  const [module, data] = await Promise.all([
    import('./cost/engine'),
    given ??
      fetch(dataUrl)
        .then((r) => (r.ok ? (r.json() as Promise<{ data: CostData }>) : Promise.reject(new Error(`${r.status}`))))
        .then((j) => j.data),
  ]);
  return { ...module, data };
}

const INITIAL: InputsWithSaved = { inputs: DEFAULT_INPUTS, a: null, ignored: [] };

export default function CostCalculator({ dataUrl, data: given, presets, pricesAsOf, sourcesPath, checklistPath, checklistDefaultQuery = '', dataPath, initial }: Props) {
  const [texts, setTexts] = useState<Texts>(() => textsOf(DEFAULT_INPUTS));
  const [errors, setErrors] = useState<Errors>({});
  const [detail, setDetail] = useState('');
  const [engine, setEngine] = useState<Engine | null>(null);
  const [failed, setFailed] = useState(false);
  const loading = useRef<Promise<Engine> | null>(null);
  const load = () => {
    if (!loading.current) {
      loading.current = loadEngine(dataUrl, given);
      loading.current.then(setEngine, () => {
        loading.current = null;
        setFailed(true);
      });
    }
    return loading.current;
  };
  // Typing replaces the history entry rather than adding one per keystroke.
  // Inputs from a link or from this browser's memory: until the engine reads them, the summary is out of date.
  const [linked, setLinked] = useState(false);
  const [mounted, setMounted] = useState(false);
  const url = useUrlState(INITIAL, engine?.CODEC ?? null, {
    storageKey: STORAGE_KEY,
    history: 'replace',
    onRead: (read) => {
      setTexts(textsOf(read.inputs));
      setErrors({});
    },
  });
  const { ignored: notes, ready } = url;
  const { inputs, a } = url.state;
  // Until the codec has read the link, its inputs are unknown rather than the defaults.
  const reading = linked && !ready;
  const atDefaults = !reading && a === null && (engine ? engine.queryFromInputs(inputs) === '' : inputs === DEFAULT_INPUTS);
  const setInput = (change: Partial<CostInputs>) => {
    load();
    url.update({ ...url.state, inputs: { ...inputs, ...change } });
  };

  // A link or a remembered visit that asks for other inputs needs the model (and the URL codec) at
  // once; so do the details once the reader nears them.
  useEffect(() => {
    setMounted(true);
    if (location.search.length > 1 || readStored(STORAGE_KEY)) {
      setLinked(true);
      load();
    }
  }, []);
  useEffect(() => {
    const container = document.getElementById(DETAILS_ID);
    if (!container || typeof IntersectionObserver === 'undefined') {
      load();
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '400px' });
    observer.observe(container);
    return () => observer.disconnect();
  }, []);

  const computed = useMemo(() => (engine && !reading ? engine.compute(engine.data, inputs) : null), [engine, reading, inputs]);
  const view = computed?.summary ?? initial;
  const slot = typeof document === 'undefined' ? null : document.getElementById(SUMMARY_ID);
  // Until the model loads, mark the build-time summary as out of date when the inputs differ.
  slot?.setAttribute('aria-busy', String(!engine && !atDefaults));
  const stale = !computed && !atDefaults;
  const years = inputs.horizonYears;

  const replaceAll = (next: InputsWithSaved, history: 'push' | 'replace' = 'push') => {
    url.update(next, { history });
    setTexts(textsOf(next.inputs));
    setErrors({});
  };

  useEffect(() => {
    const slot = document.getElementById(SUMMARY_ID);
    if (engine && slot) engine.renderSummary(slot, { view, years, pricesAsOf, stale, onShowLines: (id) => setDetail(id) });
    const container = document.getElementById(DETAILS_ID);
    if (!engine || !computed || !container) return;
    engine.renderDetails(container, {
      data: engine.data,
      inputs,
      a,
      estimates: computed.estimates,
      genai: computed.genai,
      pricesAsOf,
      sourcesPath,
      dataPath,
      detail,
      onDetail: setDetail,
      live: true,
      onSaveA: () => url.update({ ...url.state, a: inputs }, { history: 'push' }),
      onRestoreA: () => a && replaceAll({ ...url.state, inputs: a }),
      onClearA: () => url.update({ ...url.state, a: null }, { history: 'push' }),
      onDownload: (kind) => void engine.download(kind, engine.data, inputs, pricesAsOf),
    });
  });

  const onNumber = (spec: NumberSpec, raw: string) => {
    setTexts((t) => ({ ...t, [spec.name]: raw }));
    const result = checkNumber(spec, raw);
    setErrors((e) => ({ ...e, [spec.name]: result.ok ? undefined : result.message }));
    if (result.ok) setInput({ [spec.name]: result.value });
  };

  const reset = () => {
    replaceAll(INITIAL);
    writeStored(STORAGE_KEY, '');
  };

  const errorCount = Object.values(errors).filter(Boolean).length;
  const announcement =
    errorCount > 0
      ? `${errorCount} field${errorCount > 1 ? 's need' : ' needs'} a valid value; the results show the last valid one.`
      : failed
        ? 'The calculator could not load its prices; reload the page to try again.'
        : stale
          ? 'Recomputing…'
          : `Updated. ${view.sentence}`;

  const presetText = (name: NumberSpec['name']) => {
    const role = name === 'dataScientistCost' ? 'dataScientist' : name === 'platformEngineerCost' ? 'platformEngineer' : null;
    const yearly = role && presets[inputs.region]?.[role];
    return yearly ? `${Math.round(yearly).toLocaleString('en-US')} (preset)` : undefined;
  };

  const field = (name: string) => {
    if (name === 'quotes' || name === 'opsOverrides' || name === 'setupOverrides') {
      // Typed per option: the field comes with the engine, so the first script stays small.
      if (!engine)
        return (
          <p key={name} class="calc-hint">
            Loading…
          </p>
        );
      return <engine.MapField key={name} spec={engine.MAP_SPECS[name]} value={inputs[name]} onChange={(v) => setInput({ [name]: v })} />;
    }
    const choice = CHOICE_SPECS.find((s) => s.name === name);
    if (choice) return <ChoiceField key={name} spec={choice} value={inputs[choice.name]} onChange={(v) => setInput({ [choice.name]: v })} />;
    const spec = NUMBER_SPECS.find((s) => s.name === name)!;
    return <NumberField key={name} spec={spec} text={texts[spec.name]} error={errors[spec.name]} placeholder={presetText(spec.name)} onInput={(raw) => onNumber(spec, raw)} />;
  };

  return (
    <div class="calc-inputs">
      <div class={errorCount > 0 || failed || notes.length > 0 ? 'calc-status' : 'calc-status visually-hidden'} role="status" aria-live="polite">
        <p>{announcement}</p>
        {notes.length > 0 && (
          <ul>
            {notes.map((note) => (
              <li>From the link: {note}.</li>
            ))}
          </ul>
        )}
      </div>
      {mounted && <PrintInputs inputs={inputs} groups={GROUPS} />}
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} onFocusIn={() => void load()} onPointerDown={() => void load()} aria-label="Your inputs">
        {GROUPS.map((group) => (
          <details class="calc-group" open={group.open}>
            <summary>{group.legend}</summary>
            <fieldset>
              <legend class="visually-hidden">{group.legend}</legend>
              {/* Closed groups fill in once the calculator runs: their fields do nothing without it. */}
              {group.open || mounted ? group.fields.map(field) : <p class="calc-hint">These inputs need JavaScript.</p>}
            </fieldset>
          </details>
        ))}
        <div class="calc-actions no-print">
          <button type="button" class="calc-button" onClick={reset}>
            Reset to defaults
          </button>
        </div>
        <p class="no-print">
          <a href={`${checklistPath}${engine ? engine.checklistQuery(inputs) : checklistDefaultQuery}`}>Back to the decision checklist with these answers</a>
        </p>
      </form>
    </div>
  );
}
