/**
 * The decision engine: answers in, a ranking of every framework out, with the reasons behind each
 * score, the knock-outs that ruled frameworks out, ties and how they were broken, the smallest
 * change of answers that would put another framework first, and complementary stacks.
 * Pure and deterministic: the same answers always give the same outcome.
 */
import { EFFORT_LABELS, EFFORT_LEVELS } from '../vocabulary';
import { answerLabel, type Answers, type DecisionModel, type FrameworkInfo, type Question } from './model';

/** The answers that made a rule fire: one entry per question in its condition. */
export interface Cause {
  question: string;
  legend: string;
  answers: Array<{ id: string; label: string }>;
}

export interface Reason {
  rule: string;
  /** Positive for, negative against, 0 for a caution that is shown but not scored. */
  points: number;
  text: string;
  causes: Cause[];
  sources: readonly string[];
}

export interface KnockoutReason {
  rule: string;
  text: string;
  causes: Cause[];
  sources: readonly string[];
}

/** The Radar vocabulary, plus "ruled out" for a framework a hard requirement excludes. */
export type Verdict = 'adopt' | 'trial' | 'assess' | 'hold' | 'ruled-out';

export const VERDICT_LABELS: Record<Verdict, string> = {
  adopt: 'Adopt',
  trial: 'Trial',
  assess: 'Assess',
  hold: 'Hold for your profile',
  'ruled-out': 'Ruled out',
};

export const VERDICT_MEANINGS: Record<Verdict, string> = {
  adopt: 'the top score, at least 3 points clear of the next',
  trial: 'within 3 points of the top score',
  assess: 'lower, but nothing in your answers counts against it overall',
  hold: 'a negative total, or one answer that counts heavily (4 points or more) against it',
  'ruled-out': 'a hard requirement excludes it',
};

/** A points change at least this large against a framework is a blocker: the verdict is Hold. */
export const BLOCKER_POINTS = -4;
/** Top-score margin for Adopt, and the distance from the top for Trial. */
export const VERDICT_MARGIN = 3;

export interface Ranked {
  framework: FrameworkInfo;
  /** 1-based position in the ranking. */
  rank: number;
  score: number;
  /** 0–100: the score's position between the lowest and highest candidate's score. */
  bar: number;
  verdict: Verdict;
  /** Every scored reason, strongest first. */
  reasons: Reason[];
  /** The top 3 reasons for and the top 2 against. */
  for: Reason[];
  against: Reason[];
  cautions: Reason[];
  knockouts: KnockoutReason[];
}

/** Frameworks with equal scores (ordered by a tie-break), or one point apart (kept in score order). */
export interface TieNote {
  kind: 'tie' | 'close';
  frameworks: string[];
  text: string;
}

export interface AnswerChange {
  question: string;
  /** The answers after the change. */
  to: readonly string[];
  text: string;
}

export interface WhatWouldChange {
  leader: FrameworkInfo;
  changes: AnswerChange[];
  text: string;
}

export interface StackSuggestion {
  id: string;
  title: string;
  reason: string;
  sources: readonly string[];
}

export interface Outcome {
  ranking: Ranked[];
  ties: TieNote[];
  /** The smallest changes of answers that put another framework first (one per new leader, at most three). */
  changes: WhatWouldChange[];
  stacks: StackSuggestion[];
}

/** Shown for a framework no rule touched, so every framework has at least one reason. */
export const NOTHING_APPLIES = 'None of your answers speaks for or against it, so its score stays at 0.';

function causesOf(when: Readonly<Record<string, readonly string[]>>, answers: Answers, questions: readonly Question[]): Cause[] | undefined {
  const causes: Cause[] = [];
  for (const [questionId, accepted] of Object.entries(when)) {
    const question = questions.find((q) => q.id === questionId);
    const matched = (answers[questionId] ?? []).filter((answer) => accepted.includes(answer));
    if (!question || matched.length === 0) return undefined;
    causes.push({ question: questionId, legend: question.legend, answers: matched.map((id) => ({ id, label: answerLabel(question, id) })) });
  }
  return causes;
}

interface Scored {
  framework: FrameworkInfo;
  score: number;
  reasons: Reason[];
  cautions: Reason[];
  knockouts: KnockoutReason[];
}

function scoreAll(model: DecisionModel, answers: Answers): Scored[] {
  const scored = new Map<string, Scored>(
    model.frameworks.map((framework) => [framework.id, { framework, score: 0, reasons: [], cautions: [], knockouts: [] }]),
  );
  for (const rule of model.rules) {
    const causes = causesOf(rule.when, answers, model.questions);
    if (!causes) continue;
    for (const effect of rule.effects) {
      for (const id of effect.frameworks) {
        const entry = scored.get(id);
        if (!entry) continue;
        const reason: Reason = { rule: rule.id, points: effect.points, text: effect.reason, causes, sources: rule.sources };
        if (effect.points === 0) {
          entry.cautions.push(reason);
        } else {
          entry.score += effect.points;
          entry.reasons.push(reason);
        }
      }
    }
  }
  for (const knockout of model.knockouts) {
    const causes = causesOf(knockout.when, answers, model.questions);
    if (!causes) continue;
    for (const id of knockout.frameworks) {
      scored.get(id)?.knockouts.push({ rule: knockout.id, text: knockout.reason, causes, sources: knockout.sources });
    }
  }
  return [...scored.values()];
}

const effortRank = (framework: FrameworkInfo) => EFFORT_LEVELS.indexOf(framework.effort);

/**
 * Candidates first, by score; equal scores by the original article's effort rating (lower first),
 * then by the guide's usual order. Ruled-out frameworks last, in the same order.
 */
function order(model: DecisionModel, scored: Scored[]): Scored[] {
  const position = new Map(model.frameworks.map((f, index) => [f.id, index]));
  return [...scored].sort(
    (a, b) =>
      Number(a.knockouts.length > 0) - Number(b.knockouts.length > 0) ||
      b.score - a.score ||
      effortRank(a.framework) - effortRank(b.framework) ||
      position.get(a.framework.id)! - position.get(b.framework.id)!,
  );
}

function verdictOf(entry: Scored, top: number, runnerUp: number | undefined): Verdict {
  if (entry.knockouts.length > 0) return 'ruled-out';
  if (entry.score < 0 || entry.reasons.some((r) => r.points <= BLOCKER_POINTS)) return 'hold';
  if (entry.score === top && (runnerUp === undefined || top - runnerUp >= VERDICT_MARGIN)) return 'adopt';
  if (top - entry.score <= VERDICT_MARGIN) return 'trial';
  return 'assess';
}

const byStrength = (a: Reason, b: Reason) => Math.abs(b.points) - Math.abs(a.points);

function tieNotes(ranked: Ranked[]): TieNote[] {
  const candidates = ranked.filter((r) => r.verdict !== 'ruled-out');
  const notes: TieNote[] = [];
  let start = 0;
  while (start < candidates.length) {
    let end = start + 1;
    while (end < candidates.length && candidates[end]!.score === candidates[start]!.score) end += 1;
    const group = candidates.slice(start, end);
    if (group.length > 1) {
      const efforts = new Set(group.map((r) => r.framework.effort));
      const names = group.map((r) => `${r.framework.shortName} (${EFFORT_LABELS[r.framework.effort]} effort)`);
      const breaker =
        efforts.size === group.length
          ? 'lower classic implementation-effort rating goes first'
          : efforts.size === 1
            ? 'they share an effort rating, so they keep the guide’s usual order'
            : 'lower classic implementation-effort rating goes first, then the guide’s usual order';
      notes.push({
        kind: 'tie',
        frameworks: group.map((r) => r.framework.id),
        text: `Tied at ${group[0]!.score} points: ${names.join(', ')}. Tie-break: ${breaker}.`,
      });
    }
    // A one-point gap matters only for first place, where it decides the recommendation.
    const next = candidates[end];
    if (start === 0 && next && group[0]!.score - next.score === 1) {
      notes.push({
        kind: 'close',
        frameworks: [group[group.length - 1]!.framework.id, next.framework.id],
        text: `${group[group.length - 1]!.framework.shortName} leads ${next.framework.shortName} by a single point: treat them as equally good fits and let a proof of concept decide.`,
      });
    }
    start = end;
  }
  return notes;
}

/** Every single-answer change: another answer for a pick-one question, one box ticked or unticked for a multi-select one. */
function singleChanges(model: DecisionModel, answers: Answers): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const question of model.questions) {
    const current = answers[question.id] ?? question.default;
    for (const answer of question.answers) {
      if (question.kind === 'one') {
        if (current[0] === answer.id) continue;
        changes.push({ question: question.id, to: [answer.id], text: `you answered “${answer.label}” to “${question.legend}”` });
      } else {
        const ticked = current.includes(answer.id);
        const to = ticked ? current.filter((id) => id !== answer.id) : question.answers.map((a) => a.id).filter((id) => id === answer.id || current.includes(id));
        changes.push({ question: question.id, to, text: `you ${ticked ? 'unticked' : 'ticked'} “${answer.label}” under “${question.legend}”` });
      }
    }
  }
  return changes;
}

const MAX_CHANGES = 3;

/** Who would lead after a change, and by how many points over the next candidate. */
function leaderAfter(model: DecisionModel, answers: Answers): { id: string; margin: number } {
  const ordered = order(model, scoreAll(model, answers));
  return { id: ordered[0]!.framework.id, margin: ordered[0]!.score - (ordered[1]?.score ?? ordered[0]!.score) };
}

/**
 * Single-answer changes first; pairs only when no single answer moves the top. Among changes of
 * the same size, those that give the new leader the clearest lead come first, so a change that
 * only wins a tie-break is offered last. One suggestion per new leader.
 */
function whatWouldChange(model: DecisionModel, answers: Answers, leader: string): WhatWouldChange[] {
  const byId = new Map(model.frameworks.map((f) => [f.id, f]));
  const singles = singleChanges(model, answers);
  const apply = (changes: AnswerChange[]): Answers => ({ ...answers, ...Object.fromEntries(changes.map((c) => [c.question, c.to])) });
  let candidates = singles.map((change) => ({ changes: [change], ...leaderAfter(model, apply([change])) }));
  if (!candidates.some((c) => c.id !== leader)) {
    candidates = singles.flatMap((first, i) =>
      singles
        .slice(i + 1)
        .filter((second) => second.question !== first.question)
        .map((second) => ({ changes: [first, second], ...leaderAfter(model, apply([first, second])) })),
    );
  }
  const found = new Map<string, AnswerChange[]>();
  for (const candidate of candidates.filter((c) => c.id !== leader).sort((a, b) => b.margin - a.margin)) {
    if (!found.has(candidate.id) && found.size < MAX_CHANGES) found.set(candidate.id, candidate.changes);
  }
  return [...found].map(([id, changes]) => ({
    leader: byId.get(id)!,
    changes,
    text: `If ${changes.map((c) => c.text).join(' and ')}, ${byId.get(id)!.title} would rank first.`,
  }));
}

export function decide(model: DecisionModel, answers: Answers): Outcome {
  const ordered = order(model, scoreAll(model, answers));
  const candidates = ordered.filter((s) => s.knockouts.length === 0);
  const top = candidates[0]?.score ?? 0;
  const runnerUp = candidates[1]?.score;
  // Bars compare the candidates; a ruled-out framework's bar is clamped to their range, so a high
  // score that cannot be chosen does not shrink everyone else's bar.
  const scores = (candidates.length > 0 ? candidates : ordered).map((s) => s.score);
  const [min, max] = [Math.min(...scores), Math.max(...scores)];
  const barOf = (score: number) => (max === min ? 50 : Math.round(Math.min(1, Math.max(0, (score - min) / (max - min))) * 100));
  const ranking: Ranked[] = ordered.map((entry, index) => {
    const reasons = [...entry.reasons].sort(byStrength);
    const verdict = verdictOf(entry, top, runnerUp);
    const cautions = reasons.length === 0 && entry.cautions.length === 0 && entry.knockouts.length === 0
      ? [{ rule: 'nothing-applies', points: 0, text: NOTHING_APPLIES, causes: [], sources: [] }]
      : entry.cautions;
    return {
      framework: entry.framework,
      rank: index + 1,
      score: entry.score,
      bar: barOf(entry.score),
      verdict,
      reasons,
      for: reasons.filter((r) => r.points > 0).slice(0, 3),
      against: reasons.filter((r) => r.points < 0).slice(0, 2),
      cautions,
      knockouts: entry.knockouts,
    };
  });
  const leader = ranking[0]!;
  const shown = new Set(ranking.filter((r) => r.verdict === 'adopt' || r.verdict === 'trial').map((r) => r.framework.id));
  return {
    ranking,
    ties: tieNotes(ranking),
    changes: whatWouldChange(model, answers, leader.framework.id),
    stacks: model.stacks
      .filter((stack) => shown.has(stack.lead))
      .map((stack) => ({ id: stack.id, title: stack.title, reason: stack.reason, sources: stack.sources })),
  };
}
