/**
 * The decision checklist's model, assembled from plain parsed lists. The build (src/data/decision.ts,
 * from collections) and the disk reader (src/data/content-files.ts, for tests and scripts) both call
 * this, so what the tests check is what ships.
 */
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
}

/**
 * Profiles come in the guide's order of frameworks; a framework without a profile is not ranked
 * (a unit test requires one for each).
 */
export function assembleDecisionModel(parts: DecisionParts): DecisionModel {
  const criteria = [...parts.criteria];
  const byFramework = new Map(parts.profiles.map((row) => [row.framework, row]));
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
