/**
 * The current rows of every framework (src/lib/compare/current.ts), gathered from the data the tools
 * already read: framework frontmatter, effort profiles and the cost model's estimate at the
 * calculator's default inputs (the reference team), the checklist's profiles and the attestation
 * matrix. Built once per build; compare, pair pages, dimension tables, the home matrix and the open
 * data all read it.
 */
import { getCollection } from 'astro:content';
import { currentCells, runsIn, type CurrentCell, type CurrentRowId, type Fit, type HostingMode } from '../lib/compare/current';
import { keyAttestations } from '../lib/compare/attestations';
import { costBand, licenceClass } from '../lib/compare/matrix';
import type { SupportLevel } from '../lib/vocabulary';
import { DEFAULT_INPUTS, type CostInputs } from '../lib/cost/inputs';
import { calculatorResult } from '../lib/cost/result';
import { queryFromInputs } from '../lib/cost/url';
import { HOSTING_MODES } from '../lib/cost/words';
import { formatRange } from '../lib/cost/present';
import type { FrameworkEstimate } from '../lib/cost/types';
import { routes } from '../lib/routes';
import { getAttestations } from './attestations';
import { getCostData } from './cost';
import { getFrameworks } from './frameworks';
import { oncePerBuild } from './once';
import { withBase } from './site-base';

export type CurrentRows = Record<CurrentRowId, CurrentCell>;

/**
 * The calculator's reference team: its default inputs, with platforms on another cloud than the
 * default's priced too (flagged as moves there), so every framework has a figure to compare.
 */
const REFERENCE_INPUTS: CostInputs = { ...DEFAULT_INPUTS, includeMoves: 'yes' };

/** The calculator's link with the reference team's inputs, so its figures are the ones the cell shows. */
export const referenceCalculatorHref = () => withBase(`${routes.tool('cost-calculator')}${queryFromInputs(REFERENCE_INPUTS)}`);

/** One framework's row in the compact matrix (home page, /frameworks/): the same facts as its current rows. */
export interface MatrixRow {
  id: string;
  title: string;
  kind: 'open-source' | 'managed-service';
  licence: ReturnType<typeof licenceClass>;
  clouds: string[];
  /** The likely monthly run rate at the reference team (USD), its band and its text; absent when not priced. */
  cost?: { likely: number; band: ReturnType<typeof costBand>; text: string } | undefined;
  attestations: ReturnType<typeof keyAttestations>;
  levels: Record<string, SupportLevel>;
  sources: string[];
}

/** Framework id → its current rows. */
export const getCurrentRows = async (): Promise<Map<string, CurrentRows>> => new Map([...(await gather()).entries()].map(([id, g]) => [id, g.rows]));

/** The compact matrix's rows, in the guide's order of frameworks. */
export const getMatrixRows = async (): Promise<MatrixRow[]> => [...(await gather()).values()].map((g) => g.matrix);

const gather = oncePerBuild(async (): Promise<Map<string, { rows: CurrentRows; matrix: MatrixRow }>> => {
  const [frameworks, cost, profiles, attestations] = await Promise.all([getFrameworks(), getCostData(), getCollection('decisionProfiles'), getAttestations()]);
  // The reference team as the calculator prices it, then once per hosting mode for its operations hours.
  const reference = calculatorResult(cost, REFERENCE_INPUTS).estimates;
  const byMode = HOSTING_MODES.flatMap((hosting) => calculatorResult(cost, { ...REFERENCE_INPUTS, hosting }).estimates);
  const estimateFor = (id: string, mode: string): FrameworkEstimate | undefined => byMode.find((e) => e.id === id && e.hosting === mode);
  const href = referenceCalculatorHref();
  return new Map(
    frameworks.map((entry) => {
      const { data } = entry;
      const profile = cost.profiles.find((p) => p.framework === entry.id);
      const estimate = reference.find((e) => e.id === entry.id);
      const checklist = profiles.find((p) => p.id === entry.id)?.data as Record<string, Fit | undefined> | undefined;
      const mine = attestations.filter((row) => row.framework === entry.id);
      const rows = currentCells({
        kind: data.kind,
        license: data.license,
        inOneMinute: data.inOneMinute,
        capabilities: data.capabilities,
        modes: (profile?.hosting ?? []).map((h, index) => ({
          mode: h.mode as HostingMode,
          setupWeeks: h.setupWeeks,
          exitWeeks: h.exitWeeks,
          opsHoursMonthly: estimateFor(entry.id, h.mode)?.opsHoursMonthly ?? 0,
          sources: [...new Set([...h.evidence.flatMap((e) => e.sources), ...(index === 0 ? profile!.evidence.flatMap((e) => e.sources) : [])])],
        })),
        cost: estimate && {
          mode: estimate.hosting as HostingMode,
          monthly: formatRange(estimate.monthly),
          oneTime: formatRange(estimate.oneTime),
          quoted: estimate.notInTotal.map((line) => line.label).join('; '),
          href,
          sources: [...new Set(estimate.lines.flatMap((line) => (line.price ? [line.price.source] : [])))],
        },
        checklist: { cloud: checklist?.cloud, kubernetes: checklist?.kubernetes, exit: checklist?.exit, team: checklist?.team },
        attestations: mine,
        fallbackSources: data.license.sources,
      });
      const matrix: MatrixRow = {
        id: entry.id,
        title: data.shortName,
        kind: data.kind,
        licence: licenceClass(data.license.text),
        clouds: runsIn(checklist?.cloud),
        cost: estimate && { likely: estimate.monthly.likely, band: costBand(estimate.monthly.likely), text: formatRange(estimate.monthly) },
        attestations: keyAttestations(mine),
        levels: Object.fromEntries(Object.entries(data.capabilities).map(([id, cell]) => [id, cell.level])),
        sources: [...new Set([...data.license.sources, ...rows.hosting.sources, ...rows.cost.sources, ...rows.compliance.sources])],
      };
      return [entry.id, { rows, matrix }];
    }),
  );
});

/** Every source a framework's current rows cite. */
export function currentSourceIds(rows: CurrentRows): string[] {
  return [...new Set(Object.values(rows).flatMap((cell) => cell.sources))];
}
