/**
 * Everything below the summary: the summary table, unit costs, the cash flow by year, one framework's line items, the charts, LLM
 * serving, the sensitivity and saved inputs beside the current ones. The page renders it at build time for the default
 * inputs (the view without JavaScript); the calculator renders it live into the same place once
 * its model has loaded (on the first edit, when the reader scrolls here, or at once for a link that
 * carries inputs), so this code stays out of the page's first JavaScript.
 */
import { useState } from 'preact/hooks';
import type { GenaiEstimate } from '~/lib/cost/genai';
import type { CostInputs } from '~/lib/cost/inputs';
import type { CostData, FrameworkEstimate } from '~/lib/cost/types';
import { BreakdownChart, CumulativeChart } from './Charts';
import { CashFlow, UnitCosts } from './Finance';
import { Fragility } from './Fragility';
import { GenaiPanel } from './GenaiPanel';
import { LineItems } from './LineItems';
import { InputsCompare } from './InputsCompare';
import { SummaryTable } from './SummaryTable';

export interface DetailsProps {
  data: CostData;
  inputs: CostInputs;
  a: CostInputs | null;
  estimates: FrameworkEstimate[];
  genai: GenaiEstimate | null;
  pricesAsOf: string;
  sourcesPath: string;
  /** withBase() of the calculator's data page (effort profiles, prices). */
  dataPath: string;
  /** The framework whose line items show; the summary's links set it. */
  detail: string;
  onDetail: (id: string) => void;
  /** False for the build-time view: no charts or buttons that need JavaScript. */
  live: boolean;
  onSaveA: () => void;
  onRestoreA: () => void;
  onClearA: () => void;
  onDownload: (kind: 'csv' | 'json') => void;
}

export function Details(props: DetailsProps) {
  const { data, inputs, estimates, live } = props;
  const years = inputs.horizonYears;
  const detailEstimate = estimates.find((e) => e.id === props.detail) ?? estimates[0]!;
  // One root element: rendering the live view into the build-time markup then diffs inside it and
  // drops what the new inputs no longer show (top-level leftovers would stay on the page).
  return (
    <div class="calc-details">
      <SummaryTable estimates={estimates} years={years} pricesAsOf={props.pricesAsOf} />
      {live && (
        <div class="calc-actions no-print">
          <button type="button" class="calc-button" onClick={() => props.onDownload('csv')}>
            Download CSV
          </button>
          <button type="button" class="calc-button" onClick={() => props.onDownload('json')}>
            Download JSON
          </button>
        </div>
      )}
      <UnitCosts estimates={estimates} inputs={inputs} />
      <CashFlow estimates={estimates} detail={detailEstimate} years={years} />
      <LineItems
        estimate={detailEstimate}
        estimates={estimates}
        years={years}
        sourcesPath={props.sourcesPath}
        sourceTitles={props.data.sourceTitles}
        dataPath={props.dataPath}
        live={live}
        onSelect={props.onDetail}
      />
      {/* Print keeps the figures finance reads (two A4 pages); charts and what-ifs are for the screen. */}
      <div class="no-print">
        <BreakdownChart estimates={estimates} years={years} drawn={live} />
        <CumulativeChart estimates={estimates} years={years} drawn={live} />
        {live && <Fragility data={data} inputs={inputs} estimates={estimates} />}
        {live && <InputsCompare data={data} a={props.a} b={inputs} onSave={props.onSaveA} onRestore={props.onRestoreA} onClear={props.onClearA} />}
      </div>
      {props.genai && <GenaiPanel genai={props.genai} sourcesPath={props.sourcesPath} />}
    </div>
  );
}

/** The build-time view, with its own line-item choice (a select that works once the calculator is live). */
export function StaticDetails(props: Omit<DetailsProps, 'live' | 'detail' | 'onDetail' | 'onSaveA' | 'onRestoreA' | 'onClearA' | 'onDownload' | 'a'>) {
  const [detail, setDetail] = useState(props.estimates[0]?.id ?? '');
  const noop = () => undefined;
  return <Details {...props} a={null} detail={detail} onDetail={setDetail} live={false} onSaveA={noop} onRestoreA={noop} onClearA={noop} onDownload={noop} />;
}
