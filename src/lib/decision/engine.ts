/**
 * The decision engine: answers in, every framework ranked out. Each criterion (decision-criteria.yaml)
 * gives each framework at most one term, a sentence with its points; a framework's score is the sum
 * of its terms, and every term is returned, so the page can show every point. Hard requirements and
 * must-have capabilities rule frameworks out, naming why. Nothing here names a framework: levels come
 * from each framework's profile and frontmatter. Pure and deterministic.
 */
import type { CapabilityId, SupportLevel } from '../vocabulary';
import { answerLabel, answeredCount, holds, type Answers, type Criterion, type DecisionModel, type Fit, type FrameworkInfo, type Profile, type Question } from './model';

/** The answers behind a term: one entry per question that shaped it. */
export interface Cause {
  question: string;
  legend: string;
  answers: Array<{ id: string; label: string }>;
}

export interface Term {
  criterion: string;
  label: string;
  points: number;
  /** 2 when a ticked priority doubles this criterion, else 1 (already included in points). */
  weight: number;
  text: string;
  causes: Cause[];
  sources: readonly string[];
}

export interface RuledOut {
  requirement: string;
  text: string;
  causes: Cause[];
  sources: readonly string[];
}

export type Verdict = 'best-fit' | 'contender' | 'possible' | 'poor-fit' | 'ruled-out' | 'unranked';

/** Verdict words a reader understands without a legend. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  'best-fit': 'Best fit',
  contender: 'Close contender',
  possible: 'Possible, further behind',
  'poor-fit': 'Poor fit for your answers',
  'ruled-out': 'Ruled out',
  unranked: 'Not ranked yet',
};

export const VERDICT_MARGIN = 3;

/** Likely cost of one framework for these answers, from the cost calculator's model. */
export interface CostFigure {
  monthly: number;
  total: number;
  years: number;
}
export type CostTable = Readonly<Record<string, CostFigure>>;

export interface DecideOptions {
  /** The calculator's likely cost per framework for a set of answers; without it, cost and budget terms are left out. */
  costs?: ((answers: Answers) => CostTable) | undefined;
}

export interface Ranked {
  framework: FrameworkInfo;
  rank: number;
  score: number;
  verdict: Verdict;
  /** Every scored term, strongest first; their points add up to `score`. */
  terms: Term[];
  /** Terms worth 0 points: considered, shown, not scored. */
  notes: Term[];
  ruledOut: RuledOut[];
  /** Bar geometry in percent of the track: zero line, and the bar from→to (to the left of zero when negative). */
  bar: { zero: number; from: number; to: number };
  cost?: CostFigure | undefined;
  /** What to settle with the vendor or in a proof of concept, for a shortlisted framework. */
  questions: string[];
}

export interface TieNote {
  kind: 'tie' | 'close';
  frameworks: string[];
  text: string;
}

export interface AnswerChange {
  question: string;
  to: readonly string[];
  text: string;
}

export interface WhatWouldChange {
  leader: FrameworkInfo;
  changes: AnswerChange[];
  /** Points the new leader gains from the change. */
  gain: number;
  text: string;
}

export interface StackSuggestion {
  id: string;
  title: string;
  reason: string;
  sources: readonly string[];
}

/** The ranking and everything shown beside it at once; "what would change this" and the questions to ask come from insights.ts. */
export interface Ranking {
  answered: number;
  ranking: Ranked[];
  stacks: StackSuggestion[];
  contradictions: string[];
  /** Why a picked answer moves no framework, when that depends on the data (a must-have every framework has). */
  answerNotes: Array<{ question: string; answer: string; text: string }>;
}

export interface Outcome extends Ranking {
  ties: TieNote[];
  changes: WhatWouldChange[];
}

export const NATIVE: ReadonlySet<SupportLevel> = new Set(['native', 'managed-add-on']);

function causeOf(question: Question | undefined, ids: readonly string[]): Cause[] {
  if (!question || ids.length === 0) return [];
  return [{ question: question.id, legend: question.legend, answers: ids.map((id) => ({ id, label: answerLabel(question, id) })) }];
}

/** The level a fit gives for an answer: the answer's own level, else the general one; the first matching `when` overrides. */
export function resolveLevel(fit: Fit | undefined, answers: Answers, answerId?: string): string | undefined {
  if (!fit) return undefined;
  let level = (answerId !== undefined ? fit.levels?.[answerId] : undefined) ?? fit.level;
  for (const override of fit.when ?? []) {
    if (!holds(override.if, answers)) continue;
    level = (answerId !== undefined ? override.levels?.[answerId] : undefined) ?? override.level ?? level;
    break;
  }
  return level;
}

/** The criterion's sentence, then the profile's note (its note for this answer, when it has one). */
function withNote(text: string, fit: Fit | undefined, answerId?: string): string {
  const note = (answerId !== undefined ? fit?.notes?.[answerId] : undefined) ?? fit?.note;
  return note ? `${text} ${note}` : text;
}

interface Context {
  model: DecisionModel;
  answers: Answers;
  question: (id: string | undefined) => Question | undefined;
  costs?: CostTable | undefined;
}

function weightOf(criterion: Criterion, answers: Answers): number {
  return criterion.priority && (answers.priorities ?? []).includes(criterion.priority) ? 2 : 1;
}

function priorityCause(context: Context, criterion: Criterion): Cause[] {
  if (!criterion.priority || !(context.answers.priorities ?? []).includes(criterion.priority)) return [];
  return causeOf(context.question('priorities'), [criterion.priority]);
}

function capabilityPhrase(model: DecisionModel, framework: FrameworkInfo, id: CapabilityId): string {
  return `${model.labels.capabilities[id]} (${model.labels.supportLevels[framework.capabilities[id].level].toLowerCase()})`;
}

/** The capabilities a capabilities-criterion needs for the current answer. */
export function neededCapabilities(criterion: Criterion | undefined, answers: Answers): CapabilityId[] {
  const answer = criterion?.question ? answers[criterion.question]?.[0] : undefined;
  return (answer && criterion?.capabilities?.[answer]) || [];
}

/** One framework's term for one criterion, or undefined when the criterion does not apply. */
function termFor(context: Context, criterion: Criterion, framework: FrameworkInfo, profile: Profile | undefined): Term | undefined {
  const { answers } = context;
  const question = context.question(criterion.question);
  const picked = criterion.question ? answers[criterion.question] ?? [] : [];
  const weight = weightOf(criterion, answers);
  const fit = profile?.fits[criterion.id];
  const make = (points: number, text: string, sources: readonly string[], causes = causeOf(question, picked)): Term => ({
    criterion: criterion.id,
    label: criterion.label,
    points: points * weight,
    weight,
    text,
    causes: [...causes, ...priorityCause(context, criterion)],
    sources,
  });
  switch (criterion.kind) {
    case 'answer-level': {
      // An answer another question already counts (on-premises data beside “our own data centre”) is shown once, at 0.
      const countedBy = picked[0] !== undefined ? criterion.countedBy?.[picked[0]] : undefined;
      if (countedBy && holds(countedBy, answers)) {
        const other = context.question(Object.keys(countedBy)[0]);
        return make(0, `Already counted under “${other?.legend ?? Object.keys(countedBy)[0]}”.`, [], [...causeOf(question, picked), ...causeOf(other, answers[other?.id ?? ''] ?? [])]);
      }
      const level = picked[0] !== undefined ? resolveLevel(fit, answers, picked[0]) : undefined;
      const spec = level ? criterion.levels?.[level] : undefined;
      return spec ? make(spec.points ?? 0, withNote(spec.text, fit, picked[0]), fit?.sources ?? []) : undefined;
    }
    case 'matrix': {
      const level = picked[0] !== undefined ? resolveLevel(fit, answers) : undefined;
      const points = level ? criterion.matrix?.[picked[0]!]?.[level] : undefined;
      if (level === undefined || points === undefined) return undefined;
      return make(points, withNote(criterion.levels?.[level]?.text ?? '', fit), fit?.sources ?? []);
    }
    case 'programmes': {
      const levels = picked.map((programme) => ({ programme, spec: criterion.levels?.[resolveLevel(fit, answers, programme) ?? ''] }));
      const known = levels.filter((l) => l.spec);
      if (known.length === 0) return undefined;
      const weakest = Math.min(...known.map((l) => l.spec!.points ?? 0));
      const text = known.map((l) => `${answerLabel(question!, l.programme)}: ${l.spec!.text}`).join(' ');
      const scope = known.length > 1 ? ' The weakest programme counts.' : '';
      return make(weakest, withNote(`${text}${scope}`, fit), fit?.sources ?? []);
    }
    case 'kind': {
      const points = picked[0] !== undefined ? criterion.matrix?.[picked[0]]?.[framework.kind] : undefined;
      if (points === undefined) return undefined;
      return make(points, criterion.levels?.[framework.kind]?.text ?? framework.kind, framework.kindSources);
    }
    case 'capabilities': {
      const needed = neededCapabilities(criterion, answers);
      if (needed.length === 0) return undefined;
      const values = needed.map((id) => criterion.values?.[framework.capabilities[id].level] ?? 0);
      const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
      const points = Math.round((criterion.maxPoints ?? 1) * mean);
      const text = `${points > 0 ? 'Covers' : 'Falls short on'} what you need: ${needed.map((id) => capabilityPhrase(context.model, framework, id)).join(', ')}.`;
      return make(points, text, [...new Set(needed.flatMap((id) => framework.capabilities[id].sources))]);
    }
    case 'priority-level': {
      const ticked = criterion.priority !== undefined && (answers.priorities ?? []).includes(criterion.priority);
      const also = criterion.alsoWhen !== undefined && holds(criterion.alsoWhen, answers);
      if (!ticked && !also) return undefined;
      const level = resolveLevel(fit, answers);
      const spec = level ? criterion.levels?.[level] : undefined;
      if (!spec) return undefined;
      let points = spec.points ?? 0;
      let text = withNote(spec.text, fit);
      const coverage = criterion.needsCoverageOf ? context.model.criteria.find((c) => c.question === criterion.needsCoverageOf) : undefined;
      const missing = neededCapabilities(coverage, answers).filter((id) => ['none', 'unknown'].includes(framework.capabilities[id].level));
      if (missing.length > 0 && points > 0) {
        points = 0;
        text = `${text} It lacks ${missing.map((id) => context.model.labels.capabilities[id].toLowerCase()).join(' and ')}, which your scope needs, so this counts for nothing here.`;
      }
      const causes = [...(also ? causeOf(context.question(Object.keys(criterion.alsoWhen!)[0]), Object.values(criterion.alsoWhen!)[0]!) : [])];
      const extra = criterion.needsCoverageOf && missing.length > 0 ? causeOf(context.question(criterion.needsCoverageOf), answers[criterion.needsCoverageOf] ?? []) : [];
      return make(points, text, fit?.sources ?? [], [...causes, ...extra]);
    }
    case 'cost': {
      const ticked = criterion.priority !== undefined && (answers.priorities ?? []).includes(criterion.priority);
      const own = context.costs?.[framework.id];
      if (!ticked || !own) return undefined;
      const totals = Object.values(context.costs!).map((c) => c.total);
      const [min, max] = [Math.min(...totals), Math.max(...totals)];
      const points = max === min ? 0 : Math.round(1 - (2 * (own.total - min)) / (max - min));
      const position = own.total === min ? 'the lowest of all' : own.total === max ? 'the highest of all' : 'between the lowest and the highest';
      return make(points, `Likely ${own.years}-year cost for your answers: ${Math.round(own.total).toLocaleString('en-US')} USD, ${position} (from the cost calculator’s model).`, []);
    }
    case 'budget': {
      const answer = question?.answers.find((a) => a.id === picked[0]);
      const own = context.costs?.[framework.id];
      if (!answer?.max || !own) return undefined;
      const monthly = `${Math.round(own.monthly).toLocaleString('en-US')} USD a month`;
      return own.monthly > answer.max
        ? make(criterion.points ?? 0, `Likely ${monthly} for your answers, above your budget (${answer.label}).`, [])
        : make(0, `Likely ${monthly} for your answers: within your budget (${answer.label}).`, []);
    }
  }
}

function ruledOutFor(context: Context, framework: FrameworkInfo, profile: Profile | undefined): RuledOut[] {
  const { answers } = context;
  const out: RuledOut[] = [];
  for (const must of answers.musts ?? []) {
    const limit = profile?.hardLimits[must];
    if (limit && !(limit.unless && holds(limit.unless, answers))) {
      out.push({ requirement: must, text: limit.reason, causes: causeOf(context.question('musts'), [must]), sources: limit.sources });
    }
  }
  for (const need of (answers.needs ?? []) as CapabilityId[]) {
    const capability = framework.capabilities[need];
    if (!capability || NATIVE.has(capability.level)) continue;
    out.push({
      requirement: need,
      text: `It does not have ${context.model.labels.capabilities[need].toLowerCase()} itself (${context.model.labels.supportLevels[capability.level].toLowerCase()}): ${capability.note}`,
      causes: causeOf(context.question('needs'), [need]),
      sources: capability.sources,
    });
  }
  return out;
}

export interface Scored {
  framework: FrameworkInfo;
  profile?: Profile | undefined;
  score: number;
  terms: Term[];
  notes: Term[];
  ruledOut: RuledOut[];
}

export function scoreAll(model: DecisionModel, answers: Answers, costs: CostTable | undefined): Scored[] {
  const byId = new Map(model.questions.map((q) => [q.id, q]));
  const context: Context = { model, answers, costs, question: (id) => (id ? byId.get(id) : undefined) };
  const profiles = new Map(model.profiles.map((p) => [p.framework, p]));
  return model.frameworks
    .filter((framework) => profiles.has(framework.id))
    .map((framework) => {
      const profile = profiles.get(framework.id);
      const all = model.criteria.map((c) => termFor(context, c, framework, profile)).filter((t): t is Term => t !== undefined);
      const terms = all.filter((t) => t.points !== 0).sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
      return { framework, profile, terms, notes: all.filter((t) => t.points === 0), score: terms.reduce((sum, t) => sum + t.points, 0), ruledOut: ruledOutFor(context, framework, profile) };
    });
}

const TIME_ORDER = ['days', 'weeks', 'months'];

/** Candidates by score; equal scores by the faster time to value in the profile, then the guide's order. Ruled out last. */
export function order(model: DecisionModel, scored: Scored[], answers: Answers): Scored[] {
  const position = new Map(model.frameworks.map((f, index) => [f.id, index]));
  const speed = (s: Scored) => {
    const index = TIME_ORDER.indexOf(resolveLevel(s.profile?.fits.time, answers) ?? '');
    return index < 0 ? TIME_ORDER.length : index;
  };
  return [...scored].sort(
    (a, b) =>
      Number(a.ruledOut.length > 0) - Number(b.ruledOut.length > 0) ||
      b.score - a.score ||
      speed(a) - speed(b) ||
      position.get(a.framework.id)! - position.get(b.framework.id)!,
  );
}

function verdictOf(entry: Scored, index: number, top: number, runnerUp: number | undefined, answered: number): Verdict {
  if (entry.ruledOut.length > 0) return 'ruled-out';
  if (answered === 0) return 'unranked';
  if (index === 0 && (runnerUp === undefined || top - runnerUp >= VERDICT_MARGIN)) return 'best-fit';
  if (top - entry.score < VERDICT_MARGIN || index === 0) return 'contender';
  return entry.score >= 0 ? 'possible' : 'poor-fit';
}

/** Bars share one scale from zero: positive scores to the right of the zero line, negative to the left. */
function barOf(score: number, scores: number[]): Ranked['bar'] {
  const positive = Math.max(0, ...scores);
  const negative = Math.max(0, ...scores.map((s) => -s));
  const span = positive + negative || 1;
  const zero = (negative / span) * 100;
  const end = zero + (score / span) * 100;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { zero: round(zero), from: round(Math.min(zero, end)), to: round(Math.max(zero, end)) };
}


/** Scores and ranks every framework; pure and cheap enough to run on every answer. */
export function rank(model: DecisionModel, answers: Answers, options: DecideOptions = {}): Ranking {
  const costs = options.costs?.(answers);
  const ordered = order(model, scoreAll(model, answers, costs), answers);
  const answered = answeredCount(answers, model.questions);
  const candidates = ordered.filter((s) => s.ruledOut.length === 0);
  const top = candidates[0]?.score ?? 0;
  const runnerUp = candidates[1]?.score;
  const scores = ordered.map((s) => s.score);
  const ranking: Ranked[] = ordered.map((entry, index) => {
    const verdict = verdictOf(entry, candidates.indexOf(entry), top, runnerUp, answered);
    return {
      framework: entry.framework,
      rank: index + 1,
      score: entry.score,
      verdict,
      terms: entry.terms,
      notes: entry.notes,
      ruledOut: entry.ruledOut,
      bar: barOf(entry.score, scores),
      cost: costs?.[entry.framework.id],
      questions: [],
    };
  });
  const shown = new Set(ranking.filter((r) => r.verdict === 'best-fit' || r.verdict === 'contender').map((r) => r.framework.id));
  return {
    answered,
    ranking,
    stacks: model.stacks.filter((s) => !s.notAnOption && shown.has(s.members[0]!.framework)).map((s) => ({ id: s.id, title: s.title, reason: s.summary, sources: s.sources })),
    contradictions: model.contradictions.filter((c) => holds(c.when, answers, c.every)).map((c) => c.text),
    answerNotes: (answers.needs ?? [])
      .filter((need) => ordered.every((s) => !s.ruledOut.some((r) => r.requirement === need)))
      .map((need) => ({ question: 'needs', answer: need, text: `Every framework has ${model.labels.capabilities[need as CapabilityId].toLowerCase()} itself, so ticking it rules none out.` })),
  };
}
