/**
 * The decision checklist's model, assembled from plain parsed lists. The build (src/data/decision.ts,
 * from collections) and the disk reader (src/data/content-files.ts, for tests and scripts) both call
 * this, so what the tests check is what ships.
 */
import { bestCell, CHECKLIST_PROGRAMMES, checklistComplianceLevel, rowsOf, type AttestationRow, type ChecklistProgramme } from '../compare/attestations';
import { citedSourceIds, decisionFramework, expandQuestions, toProfile, type DecisionModel } from '../decision/model';
import type { DecisionContradictionData, DecisionCriterionData, DecisionQuestionData } from '../schema/decision';
import type { StackData } from '../schema/stacks';
import { CAPABILITY_LABELS, SUPPORT_LEVEL_LABELS } from '../vocabulary';

export interface DecisionParts {
  /** Each list in the order editors wrote it. */
  questions: readonly DecisionQuestionData[];
  criteria: readonly DecisionCriterionData[];
  contradictions: readonly DecisionContradictionData[];
  stacks: readonly StackData[];
  /** One parsed row per framework (criterion ids at the top level), in any order. */
  profiles: ReadonlyArray<Record<string, unknown> & { framework: string }>;
  /** The published frameworks, in display order (see inDisplayOrder). */
  frameworks: ReadonlyArray<{ id: string; data: Parameters<typeof decisionFramework>[1] }>;
  /** Source id → title, for the sources the model cites. */
  sourceTitles: ReadonlyMap<string, string>;
  /** The attestation matrix (content/data/attestations.yaml): the compliance criterion's levels come from it. */
  attestations: readonly AttestationRow[];
}

/**
 * A profile row with its programmes criterion's levels derived from the framework's attestation rows,
 * one per checklist programme, and the deciding cells' sources added to the note's, so the checklist
 * scores and cites exactly what the attestation matrix shows.
 */
function withAttestedLevels(row: Record<string, unknown> & { framework: string }, criteria: readonly DecisionCriterionData[], attestations: readonly AttestationRow[]) {
  const rows = rowsOf(attestations, row.framework);
  const out: Record<string, unknown> & { framework: string } = { ...row };
  for (const criterion of criteria.filter((c) => c.kind === 'programmes')) {
    const fit = (row[criterion.id] ?? {}) as { note?: string; sources?: string[] };
    const programmes = Object.keys(CHECKLIST_PROGRAMMES) as ChecklistProgramme[];
    // The cell that decides a level is cited; where none does, the self-hosted row that does.
    const selfHosted = rows.filter((r) => !r.cells).flatMap((r) => r.sources ?? []);
    const cellSources = programmes.flatMap((p) => {
      const cell = bestCell(rows, CHECKLIST_PROGRAMMES[p]);
      return cell && cell.status !== 'not-found' ? cell.sources : selfHosted;
    });
    out[criterion.id] = {
      ...fit,
      levels: Object.fromEntries(programmes.map((p) => [p, checklistComplianceLevel(rows, p)])),
      sources: [...new Set([...(fit.sources ?? []), ...cellSources])],
    };
  }
  return out;
}

/**
 * Profiles come in the guide's order of frameworks; a framework without a profile is not ranked
 * (a unit test requires one for each).
 */
export function assembleDecisionModel(parts: DecisionParts): DecisionModel {
  const criteria = [...parts.criteria];
  const byFramework = new Map(parts.profiles.map((row) => [row.framework, withAttestedLevels(row, criteria, parts.attestations)]));
  const cited = {
    profiles: parts.frameworks.filter((f) => byFramework.has(f.id)).map((f) => toProfile(byFramework.get(f.id)!, criteria)),
    frameworks: parts.frameworks.map((f) => decisionFramework(f.id, f.data)),
    stacks: [...parts.stacks],
  };
  return {
    ...cited,
    questions: expandQuestions(parts.questions, { capabilities: CAPABILITY_LABELS }),
    criteria,
    contradictions: [...parts.contradictions],
    sourceTitles: Object.fromEntries(citedSourceIds(cited).map((id) => [id, parts.sourceTitles.get(id) ?? id])),
    labels: { capabilities: CAPABILITY_LABELS, supportLevels: SUPPORT_LEVEL_LABELS },
  };
}
