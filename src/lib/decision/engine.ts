/**
 * The decision engine: answers in, every option ranked out. An option covers the scope the team
 * picked (src/lib/options): one framework, a stack whose members together cover it, or a framework
 * that covers part of it, with its gap. Each criterion (decision-criteria.yaml) gives each option at
 * most one term, a sentence with its points; an option's score is the sum of its terms, and every
 * term is returned, so the page can show every point. A criterion declares the scopes it counts
 * under; under another scope it gives no term. Hard requirements and must-have capabilities rule an
 * option out when any member fails them, naming the member and why. Nothing here names a framework:
 * levels come from each framework's profile and frontmatter, stacks from content/data/stacks.yaml.
 * Pure and deterministic.
 */
import { optionsForScope, type Option } from '../options';
import type { CapabilityId, SupportLevel } from '../vocabulary';
import { answerLabel, answeredCount, holds, type Answers, type Criterion, type DecisionModel, type Fit, type FrameworkInfo, type Profile, type Question } from './model';
import type { Verdict } from './verdict';

export { VERDICT_LABELS, type Verdict } from './verdict';

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

export const VERDICT_MARGIN = 3;

/** Likely cost of one framework (or an option: the sum of its members) for these answers, from the cost calculator's model. */
export interface CostFigure {
  /** The monthly run rate once running (infrastructure, fees and people), without one-time costs. */
  monthly: number;
  /** One-time costs: setup, learning, migration. */
  oneTime: number;
  /** Over the horizon: run rate × months + one-time + expected exit. */
  total: number;
  years: number;
  /** Lines priced only by quote, kept out of the figures (“W&B seats”). */
  quotes: readonly string[];
  /** True when the platform fee itself is a quote: the figure is incomplete and never called cheapest. */
  incomplete: boolean;
}
export type CostTable = Readonly<Record<string, CostFigure>>;

export interface DecideOptions {
  /** The calculator's likely cost per framework for a set of answers; without it, cost and budget terms are left out. */
  costs?: ((answers: Answers) => CostTable) | undefined;
}

export interface Ranked {
  /** The option as a framework: the framework itself, or the stack with its members' best levels. */
  framework: FrameworkInfo;
  /** What the option is: its kind, members (with their part in the scope) and gaps. */
  option: Option;
  /** The member frameworks, in member order (one for a single framework). */
  members: FrameworkInfo[];
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

/** The ranking and everything shown beside it at once; "what would change this" and the questions to ask come from insights.ts. */
export interface Ranking {
  answered: number;
  /** Candidates first (covering options, then partial ones), ruled-out options last. */
  ranking: Ranked[];
  /** Criteria that count for no option under the chosen scope, with why. */
  gated: Array<{ criterion: string; label: string; question?: string | undefined; reason: string }>;
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
  /** Per option id: the sum of its members' costs. */
  costs?: CostTable | undefined;
}

/** The scope answer, when one is picked. */
const scopeOf = (answers: Answers) => answers.scope?.[0];

/** False when the criterion counts only under other scopes than the one picked. */
export function appliesToScope(criterion: Criterion, answers: Answers): boolean {
  const scope = scopeOf(answers);
  return scope === undefined || criterion.scopes === undefined || criterion.scopes.includes(scope);
}

/**
 * The answers as the engine reads them: an answer to a question whose criteria all count only
 * under other scopes is dropped, so it moves nothing (not through a profile's `when`, nor through
 * the cost model) while that scope is picked.
 */
export function effectiveAnswers(model: DecisionModel, answers: Answers): Answers {
  if (scopeOf(answers) === undefined) return answers;
  const gated = new Set(
    model.criteria
      .filter((c) => c.question && !appliesToScope(c, answers))
      .map((c) => c.question!)
      .filter((q) => model.criteria.every((c) => c.question !== q || !appliesToScope(c, answers))),
  );
  if (gated.size === 0) return answers;
  return Object.fromEntries(Object.entries(answers).filter(([question]) => !gated.has(question)));
}

/** The coverage criterion and the capabilities the picked scope requires (empty when unanswered). */
export function scopeCapabilities(model: DecisionModel, answers: Answers): { required: CapabilityId[]; wanted: CapabilityId[] } {
  const criterion = model.criteria.find((c) => c.kind === 'coverage');
  const scope = criterion?.question ? answers[criterion.question]?.[0] : undefined;
  if (!criterion || scope === undefined) return { required: [], wanted: [] };
  return { required: criterion.capabilities?.[scope] ?? [], wanted: criterion.wanted?.[scope] ?? [] };
}

function weightOf(criterion: Criterion, answers: Answers): number {
  return criterion.priority && (answers.priorities ?? []).includes(criterion.priority) ? 2 : 1;
}

function priorityCause(context: Context, criterion: Criterion): Cause[] {
  if (!criterion.priority || !(context.answers.priorities ?? []).includes(criterion.priority)) return [];
  return causeOf(context.question('priorities'), [criterion.priority]);
}

function capabilityPhrase(model: DecisionModel, framework: FrameworkInfo, id: CapabilityId): string {
  return `${model.labels.capabilities[id]} (${levelSentence(model, framework.capabilities[id].level)})`;
}

/** A level's points and sentence: the picked scope's own reading of the level when the criterion gives one, else the level's. */
export function levelSpec(criterion: Criterion, level: string, answers: Answers): { points?: number | undefined; text: string } | undefined {
  const scope = scopeOf(answers);
  return (scope !== undefined ? criterion.scopeLevels?.[scope]?.[level] : undefined) ?? criterion.levels?.[level];
}

/** The capabilities a capabilities or coverage criterion needs for the current answer (under the picked scope). */
export function neededCapabilities(criterion: Criterion | undefined, answers: Answers): CapabilityId[] {
  const answer = criterion?.question ? answers[criterion.question]?.[0] : undefined;
  if (!answer || !criterion) return [];
  const scope = scopeOf(answers);
  const byScope = scope !== undefined ? criterion.scopeCapabilities?.[scope] : undefined;
  if (byScope) return byScope[answer] ?? [];
  return [...(criterion.capabilities?.[answer] ?? []), ...(criterion.wanted?.[answer] ?? [])];
}

/** One framework's term for one criterion, or undefined when the criterion does not apply. */
function termFor(context: Context, criterion: Criterion, framework: FrameworkInfo, profile: Profile | undefined, inStack = false): Term | undefined {
  const { answers } = context;
  const question = context.question(criterion.question);
  const picked = criterion.question ? (answers[criterion.question] ?? []) : [];
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
        return make(
          0,
          `Already counted under “${other?.legend ?? Object.keys(countedBy)[0]}”.`,
          [],
          [...causeOf(question, picked), ...causeOf(other, answers[other?.id ?? ''] ?? [])],
        );
      }
      const level = picked[0] !== undefined ? resolveLevel(fit, answers, picked[0]) : undefined;
      const spec = level ? levelSpec(criterion, level, answers) : undefined;
      return spec ? make(spec.points ?? 0, withNote(spec.text, fit, picked[0]), fit?.sources ?? []) : undefined;
    }
    case 'matrix': {
      const level = picked[0] !== undefined ? resolveLevel(fit, answers) : undefined;
      const points = level ? criterion.matrix?.[picked[0]!]?.[level] : undefined;
      if (level === undefined || points === undefined) return undefined;
      return make(points, withNote(criterion.levels?.[level]?.text ?? '', fit), fit?.sources ?? []);
    }
    case 'programmes': {
      const outside = isOutsideYourCloud(context, criterion, profile);
      const levelFor = (programme: string) => (outside && criterion.needsYourCloud?.includes(programme) ? 'outside-your-cloud' : (resolveLevel(fit, answers, programme) ?? ''));
      const levels = picked.map((programme) => ({ programme, spec: criterion.levels?.[levelFor(programme)] }));
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
    case 'coverage': {
      const needed = neededCapabilities(criterion, answers);
      if (needed.length === 0) return undefined;
      const gaps = needed.filter((id) => !NATIVE.has(framework.capabilities[id].level));
      const points = gaps.reduce((sum, id) => sum + (criterion.gapPoints?.[framework.capabilities[id].level] ?? 0), 0);
      const lower = (id: CapabilityId) => context.model.labels.capabilities[id].toLowerCase();
      const text =
        gaps.length === 0
          ? `Covers everything your scope needs: ${needed.map(lower).join(', ')}.`
          : `Leaves a gap you would fill with another tool: ${gaps.map((id) => `${lower(id)} (${levelSentence(context.model, framework.capabilities[id].level)})`).join('; ')}.`;
      return make(points, text, [...new Set(needed.flatMap((id) => framework.capabilities[id].sources))]);
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
      // A stack member's gaps are its partners' to fill, so only a framework on its own is checked.
      const missing = inStack ? [] : neededCapabilities(coverage, answers).filter((id) => ['none', 'unknown'].includes(framework.capabilities[id].level));
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
      const figure = `Likely ${own.years}-year cost for your answers: ${usd(own.total)}`;
      // Cheapest +1 … dearest −1 on a scale of ratios, as the budget counts doublings: twice the
      // cheapest costs as much here whether the dearest option is three or ten times it.
      const points = max <= min || min <= 0 ? 0 : Math.round(1 - (2 * Math.log(own.total / min)) / Math.log(max / min));
      // A figure missing its main fee is not a price: it is never called the cheapest and never gains.
      if (own.incomplete) return make(Math.min(0, points), `${figure} without its platform fee, which is priced by quote only: the cost is incomplete.`, []);
      const position = own.total === min ? 'the lowest of all' : own.total === max ? 'the highest of all' : 'between the lowest and the highest';
      return make(points, `${figure}, ${position} (from the cost calculator’s model).`, []);
    }
    case 'budget': {
      const answer = question?.answers.find((a) => a.id === picked[0]);
      const own = context.costs?.[framework.id];
      if (!answer?.max || !own) return undefined;
      const monthly = `${usd(own.monthly)} a month once running`;
      if (own.monthly <= answer.max) return make(0, `Likely ${monthly} for your answers: within your budget (${answer.label}).`, []);
      // The further over, the more it costs: `points` per doubling over the ceiling, in half steps rounded up.
      const doublings = Math.log2(own.monthly / answer.max);
      const points = Math.max(criterion.maxPenalty ?? -6, (criterion.points ?? 0) * Math.max(0.5, Math.ceil(doublings * 2) / 2));
      return make(Math.round(points), `Likely ${monthly} for your answers, ${Math.round((own.monthly / answer.max) * 10) / 10} times your budget (${answer.label}).`, []);
    }
  }
}

/** A sum of dollars as readers see it. */
const usd = (n: number) => `${Math.round(n).toLocaleString('en-US')} USD`;

/** A support level as a phrase: “built in”, “through an integration”… never the level's code. */
export function levelSentence(model: DecisionModel, level: SupportLevel): string {
  return LEVEL_PHRASES[level] ?? model.labels.supportLevels[level].toLowerCase();
}
const LEVEL_PHRASES: Record<SupportLevel, string> = {
  native: 'built in',
  'managed-add-on': 'a paid add-on from the same vendor',
  'via-integration': 'only by connecting another tool',
  partial: 'only in part',
  none: 'not offered',
  unknown: 'not confirmed by any public source we found',
};

/** True when the option's cloud level for the team's cloud says it runs only outside that cloud. */
function isOutsideYourCloud(context: Context, criterion: Criterion, profile: Profile | undefined): boolean {
  const cloud = context.model.criteria.find((c) => c.id === 'cloud');
  const answer = cloud?.question ? context.answers[cloud.question]?.[0] : undefined;
  if (!cloud || answer === undefined || !criterion.outsideLevels) return false;
  return criterion.outsideLevels.includes(resolveLevel(profile?.fits[cloud.id], context.answers, answer) ?? '');
}

/** Why one framework fails the team's hard requirements: its own limits, and unattested programmes under "attested". */
function ruledOutFor(context: Context, profile: Profile | undefined): RuledOut[] {
  const { answers } = context;
  const out: RuledOut[] = [];
  const musts = context.question('musts');
  for (const must of answers.musts ?? []) {
    const limit = profile?.hardLimits[must];
    if (limit && !(limit.unless && holds(limit.unless, answers)) && (!limit.onlyIf || holds(limit.onlyIf, answers))) {
      out.push({ requirement: must, text: limit.reason, causes: causeOf(musts, [must]), sources: limit.sources });
    }
  }
  // "Covered by a provider's attestation" is checked programme by programme: a level the compliance
  // criterion marks unattested (the team would carry or authorise the controls) fails it.
  const compliance = context.model.criteria.find((c) => c.kind === 'programmes');
  if ((answers.musts ?? []).includes('attested') && compliance?.question && !out.some((r) => r.requirement === 'attested')) {
    const programmes = context.question(compliance.question);
    for (const programme of answers[compliance.question] ?? []) {
      const level = resolveLevel(profile?.fits[compliance.id], answers, programme);
      const spec = level ? compliance.levels?.[level] : undefined;
      if (!spec?.unattested) continue;
      out.push({
        requirement: 'attested',
        text: `${answerLabel(programmes!, programme)}: ${spec.text} ${profile?.fits[compliance.id]?.note ?? ''}`.trim(),
        causes: [...causeOf(musts, ['attested']), ...causeOf(programmes, [programme])],
        sources: profile?.fits[compliance.id]?.sources ?? [],
      });
    }
  }
  // A level marked `move` (a service that runs only in another provider's cloud) takes the option out
  // of the ranking: it is not an alternative for a team on one cloud, only a move to a second one, so it
  // is listed apart with the reason, as the cost calculator shows such options only when asked.
  for (const criterion of context.model.criteria) {
    if (!criterion.question || !criterion.levels) continue;
    for (const answer of answers[criterion.question] ?? []) {
      const level = resolveLevel(profile?.fits[criterion.id], answers, answer);
      const spec = level ? criterion.levels[level] : undefined;
      if (!spec?.move) continue;
      out.push({
        requirement: 'move',
        text: `${spec.text} ${spec.move}`,
        causes: causeOf(context.question(criterion.question), [answer]),
        sources: profile?.fits[criterion.id]?.sources ?? [],
      });
    }
  }
  return out;
}

/** Must-have capabilities the option (its members together) does not have itself. */
function missingNeeds(context: Context, option: FrameworkInfo): RuledOut[] {
  return ((context.answers.needs ?? []) as CapabilityId[]).flatMap((need) => {
    const capability = option.capabilities[need];
    if (!capability || NATIVE.has(capability.level)) return [];
    return [
      {
        requirement: need,
        text: `It does not have ${context.model.labels.capabilities[need].toLowerCase()} itself (${levelSentence(context.model, capability.level)}): ${capability.note}`,
        causes: causeOf(context.question('needs'), [need]),
        sources: capability.sources,
      },
    ];
  });
}

export interface Scored {
  framework: FrameworkInfo;
  option: Option;
  members: FrameworkInfo[];
  profile?: Profile | undefined;
  score: number;
  terms: Term[];
  notes: Term[];
  ruledOut: RuledOut[];
  /** 0 when the option covers every capability the scope requires, 1 when it leaves a gap. */
  tier: number;
  /** Its place in the guide's order of frameworks (stacks after every framework). */
  position: number;
}

/** Support levels from most to least: the order of the level labels the model carries (the vocabulary's), so the browser needs no vocabulary module. */
const levelRank = (model: DecisionModel) => new Map((Object.keys(model.labels.supportLevels) as SupportLevel[]).map((level, index) => [level, index]));

/** A stack as one framework: its title, and for each capability the best level any member has. */
function stackAsFramework(model: DecisionModel, option: Option, title: string, members: FrameworkInfo[]): FrameworkInfo {
  const rankOf = levelRank(model);
  const capabilities = Object.fromEntries(
    Object.keys(members[0]!.capabilities).map((id) => {
      const best = [...members].sort((a, b) => rankOf.get(a.capabilities[id as CapabilityId].level)! - rankOf.get(b.capabilities[id as CapabilityId].level)!)[0]!;
      return [id, best.capabilities[id as CapabilityId]];
    }),
  ) as unknown as FrameworkInfo['capabilities'];
  const kind = members.every((m) => m.kind === 'open-source') ? 'open-source' : 'managed-service';
  return { id: option.id, title, shortName: title, kind, kindSources: members.flatMap((m) => m.kindSources), capabilities };
}

/** Criteria whose term a stack computes on itself (its members together) rather than taking its weakest member's. */
const OWN_TERM_KINDS = new Set<Criterion['kind']>(['coverage', 'capabilities', 'cost', 'budget']);

/** A stack's term for a member-read criterion: the member the criterion's `stack` rule picks, named. */
function memberTerm(
  criterion: Criterion,
  terms: Array<{ member: FrameworkInfo; term: Term | undefined; level: string | undefined; provides: readonly CapabilityId[] }>,
): Term | undefined {
  const all = terms.filter((t): t is { member: FrameworkInfo; term: Term; level: string | undefined; provides: readonly CapabilityId[] } => t.term !== undefined);
  // A criterion about one job (how jobs reach the machines) is the term of the member that does that job in this option.
  const doers = criterion.stackBy !== undefined ? all.filter((t) => t.provides.includes(criterion.stackBy!)) : [];
  const present = doers.length > 0 ? doers : all;
  if (present.length === 0) return undefined;
  const rule = criterion.stack ?? 'weakest';
  // Each member is a tool the team runs: the points every member loses add up, named member by member.
  const burdens = rule === 'each' ? present.filter((t) => t.term.points < 0) : [];
  if (burdens.length > 1) {
    return {
      ...burdens[0]!.term,
      points: burdens.reduce((sum, t) => sum + t.term.points, 0),
      text: `Each of them is yours to run, so the burdens add up. ${burdens.map((t) => `${t.member.shortName}: ${t.term.text}`).join(' ')}`,
      sources: [...new Set(burdens.flatMap((t) => t.term.sources))],
    };
  }
  const demand = (level: string | undefined) => {
    const index = Object.keys(criterion.levels ?? {}).indexOf(level ?? '');
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  const picked = present.reduce((a, b) => {
    if (rule === 'strongest') return b.term.points > a.term.points ? b : a;
    if (rule === 'most-demanding' || rule === 'each') return demand(b.level) < demand(a.level) ? b : a;
    return b.term.points < a.term.points ? b : a;
  });
  const why = { weakest: 'its weakest part here', strongest: 'the member that does this', 'most-demanding': 'the most demanding part here', each: 'the most demanding part here' }[
    rule
  ];
  return { ...picked.term, text: `${picked.member.shortName}, ${why}: ${picked.term.text}` };
}

/** The option costs: each framework's figure, and a stack's the sum of its members' (quotes named by member). */
function optionCosts(options: ReadonlyArray<{ option: Option; members: FrameworkInfo[] }>, costs: CostTable | undefined): CostTable | undefined {
  if (!costs) return undefined;
  const table: Record<string, CostFigure> = {};
  for (const { option, members } of options) {
    const figures = members.map((m) => ({ member: m, figure: costs[m.id] }));
    if (figures.some((f) => !f.figure)) continue;
    table[option.id] = {
      monthly: figures.reduce((sum, f) => sum + f.figure!.monthly, 0),
      oneTime: figures.reduce((sum, f) => sum + f.figure!.oneTime, 0),
      total: figures.reduce((sum, f) => sum + f.figure!.total, 0),
      years: figures[0]!.figure!.years,
      quotes: figures.flatMap((f) => f.figure!.quotes.map((q) => (members.length > 1 ? `${f.member.shortName} ${q}` : q))),
      incomplete: figures.some((f) => f.figure!.incomplete),
    };
  }
  return table;
}

/** Every option for the answers, scored; ruled-out ones included (order() puts them last). */
export function scoreAll(model: DecisionModel, picked: Answers, costs: CostTable | undefined): Scored[] {
  const answers = effectiveAnswers(model, picked);
  const byId = new Map(model.questions.map((q) => [q.id, q]));
  const profiles = new Map(model.profiles.map((p) => [p.framework, p]));
  const frameworks = model.frameworks.filter((f) => profiles.has(f.id));
  const frameworkById = new Map(frameworks.map((f) => [f.id, f]));
  const { required } = scopeCapabilities(model, answers);
  const options = optionsForScope(required, frameworks, model.stacks).map((option) => ({ option, members: option.members.map((m) => frameworkById.get(m.framework)!) }));
  const context: Context = { model, answers, costs: optionCosts(options, costs), question: (id) => (id ? byId.get(id) : undefined) };
  const criteria = model.criteria.filter((c) => appliesToScope(c, answers));
  const stackTitles = new Map(model.stacks.map((s) => [s.id, s.title]));
  // A framework is a member of several stacks, and its term and its failed requirements are the same
  // in each (they read only the criterion, the framework, its profile and the answers): work each out
  // once per call. "What would change this" scores every option for dozens of answer sets, so this
  // halves the terms it computes. Each stack still gets its own term object (memberTerm copies).
  const memberTerms = new Map<string, { term: Term | undefined; level: string | undefined }>();
  const memberTermOf = (c: Criterion, m: FrameworkInfo) => {
    const key = `${c.id}\u0000${m.id}`;
    let known = memberTerms.get(key);
    if (!known) memberTerms.set(key, (known = { term: termFor(context, c, m, profiles.get(m.id), true), level: resolveLevel(profiles.get(m.id)?.fits[c.id], answers) }));
    return known;
  };
  const failures = new Map<string, RuledOut[]>();
  const failuresOf = (m: FrameworkInfo) => {
    let known = failures.get(m.id);
    if (!known) failures.set(m.id, (known = ruledOutFor(context, profiles.get(m.id))));
    return known;
  };
  return options.map(({ option, members }, index) => {
    const many = members.length > 1;
    const framework = many ? stackAsFramework(model, option, stackTitles.get(option.id) ?? option.id, members) : members[0]!;
    const profile = many ? undefined : profiles.get(framework.id);
    const all = criteria
      .map((c) =>
        OWN_TERM_KINDS.has(c.kind) || !many
          ? termFor(context, c, framework, profile)
          : memberTerm(
              c,
              members.map((m, i) => ({ member: m, ...memberTermOf(c, m), provides: option.members[i]!.provides })),
            ),
      )
      .filter((t): t is Term => t !== undefined);
    const terms = all.filter((t) => t.points !== 0).sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
    const ruledOut = [...members.flatMap((m) => failuresOf(m).map((r) => (many ? { ...r, text: `${m.shortName}: ${r.text}` } : r))), ...missingNeeds(context, framework)];
    return {
      framework,
      option,
      members,
      profile,
      terms,
      notes: all.filter((t) => t.points === 0),
      score: terms.reduce((sum, t) => sum + t.points, 0),
      ruledOut,
      tier: option.kind === 'partial' ? 1 : 0,
      position: index,
    };
  });
}

const TIME_ORDER = ['days', 'weeks', 'months'];

/** Candidates first, those that cover the scope before those with a gap; then by score; equal scores by the faster time to value, then the guide's order. Ruled out last. */
export function order(model: DecisionModel, scored: Scored[], answers: Answers): Scored[] {
  const profiles = new Map(model.profiles.map((p) => [p.framework, p]));
  const speed = (s: Scored) => {
    const index = Math.max(...s.members.map((m) => TIME_ORDER.indexOf(resolveLevel(profiles.get(m.id)?.fits.time, answers) ?? '')));
    return index < 0 ? TIME_ORDER.length : index;
  };
  return [...scored].sort(
    (a, b) => Number(a.ruledOut.length > 0) - Number(b.ruledOut.length > 0) || a.tier - b.tier || b.score - a.score || speed(a) - speed(b) || a.position - b.position,
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

/** Scores and ranks every option; pure and cheap enough to run on every answer. */
export function rank(model: DecisionModel, picked: Answers, options: DecideOptions = {}): Ranking {
  const answers = effectiveAnswers(model, picked);
  const costs = options.costs?.(answers);
  const scoredAll = scoreAll(model, answers, costs);
  const ordered = order(model, scoredAll, answers);
  const answered = answeredCount(picked, model.questions);
  const candidates = ordered.filter((s) => s.ruledOut.length === 0);
  const top = candidates[0]?.score ?? 0;
  const runnerUp = candidates.find((s, i) => i > 0 && s.tier === candidates[0]!.tier)?.score;
  // Bars are drawn for the candidates only: a ruled-out option has no bar to compare.
  const scores = candidates.map((s) => s.score);
  const optionCost = optionCosts(ordered, costs);
  const ranking: Ranked[] = ordered.map((entry) => {
    const index = candidates.indexOf(entry);
    // A partial option is never the best fit while an option without a gap exists.
    const verdict =
      index > 0 && entry.tier > candidates[0]!.tier && entry.ruledOut.length === 0
        ? entry.score >= 0
          ? 'possible'
          : 'poor-fit'
        : verdictOf(entry, index, top, runnerUp, answered);
    return {
      framework: entry.framework,
      option: entry.option,
      members: entry.members,
      rank: index + 1,
      score: entry.score,
      verdict: answered === 0 && verdict !== 'ruled-out' ? 'unranked' : verdict,
      terms: entry.terms,
      notes: entry.notes,
      ruledOut: entry.ruledOut,
      bar: index >= 0 ? barOf(entry.score, scores) : { zero: 0, from: 0, to: 0 },
      cost: optionCost?.[entry.option.id],
      questions: [],
    };
  });
  return {
    answered,
    ranking,
    gated: model.criteria
      .filter((c) => !appliesToScope(c, answers) && c.scopeReason)
      .map((c) => ({ criterion: c.id, label: c.label, question: c.question, reason: c.scopeReason! })),
    contradictions: model.contradictions.filter((c) => holds(c.when, answers, c.every)).map((c) => c.text),
    answerNotes: (answers.needs ?? [])
      .filter((need) => ordered.every((s) => !s.ruledOut.some((r) => r.requirement === need)))
      .map((need) => ({
        question: 'needs',
        answer: need,
        text: `Every option has ${model.labels.capabilities[need as CapabilityId].toLowerCase()} itself, so ticking it rules none out.`,
      })),
  };
}
