/**
 * Runs the team archetypes of content/data/decision-scenarios.yaml through the engine: the live
 * leader, whether the scenario accepts it, whether every framework it expects ruled out is, and
 * whether any it calls implausible reaches the top three. The scenarios page and its test read the
 * same verdicts.
 */
import { rank, type DecideOptions, type Ranked, type Ranking } from './engine';
import type { Answers, DecisionModel } from './model';

export interface ScenarioInput {
  id: string;
  answers: Answers;
  leaders: { frameworks: readonly string[] };
  ruledOut?: { frameworks: readonly string[] } | undefined;
  implausible?: { frameworks: readonly string[] } | undefined;
}

export interface ScenarioResult {
  /**
   * The engine's ranking, without the insights decide() adds to it (questions to ask, ties, what
   * would change the result): neither the page nor the test shows them, and "what would change"
   * re-scores every single-answer change with its own cost table, most of the build's time for
   * this one page (6.5 of 14 s of CPU for the whole site, measured 2026-12-07).
   */
  outcome: Ranking;
  leader: string;
  matches: boolean;
  /** Frameworks the scenario expects ruled out that the engine kept. */
  notRuledOut: string[];
  /** Options among the first three not ruled out that are, or have as a member, a framework the scenario calls implausible. */
  implausibleInTop: string[];
}

/** How many of the options not ruled out a scenario's implausible list is checked against. */
export const IMPLAUSIBLE_TOP = 3;

export function runScenario(model: DecisionModel, scenario: ScenarioInput, options: DecideOptions = {}): ScenarioResult {
  const outcome = rank(model, scenario.answers, options);
  const first = outcome.ranking[0]!;
  const notRuledOut = (scenario.ruledOut?.frameworks ?? []).filter((id) => (outcome.ranking.find((r) => r.framework.id === id)?.ruledOut.length ?? 0) === 0);
  const implausible = scenario.implausible?.frameworks ?? [];
  const implausibleInTop = outcome.ranking
    .filter((r) => r.ruledOut.length === 0)
    .slice(0, IMPLAUSIBLE_TOP)
    .filter((r) => involves(r, implausible))
    .map((r) => r.framework.id);
  const matches = acceptsLeader(scenario.leaders.frameworks, first) && first.ruledOut.length === 0 && notRuledOut.length === 0 && implausibleInTop.length === 0;
  return { outcome, leader: first.framework.id, matches, notRuledOut, implausibleInTop };
}

/** Whether an option is one of these frameworks or a stack with one of them as a member. */
function involves(option: Pick<Ranked, 'framework' | 'option'>, frameworks: readonly string[]): boolean {
  return frameworks.includes(option.framework.id) || (option.option.kind === 'stack' && option.option.members.some((m) => frameworks.includes(m.framework)));
}

/**
 * Whether a scenario's accepted leaders include this option: a single framework by its id; a stack
 * by its own id or by any member's, since a scenario written as "Kubeflow" for a pipelines team
 * accepts Kubeflow with the tracker a stack pairs it with.
 */
export function acceptsLeader(leaders: readonly string[], option: Pick<Ranked, 'framework' | 'option'>): boolean {
  return involves(option, leaders);
}
