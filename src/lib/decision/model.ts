/**
 * The decision checklist's model as plain data: questions, criteria, each framework's profile and
 * the facts the engine derives terms from (kind, capability levels), contradictions and stacks.
 * Pages build it at build time and hand it to the island, so the browser never reads content/.
 */
import type { CapabilityId, FrameworkKind, SupportLevel } from '../vocabulary';
import type { DecisionContradictionData, DecisionCriterionData, DecisionQuestionData, FitData } from '../schema/decision';
import type { StackData } from '../schema/stacks';

export type Question = DecisionQuestionData;
export type Criterion = DecisionCriterionData;
export type Contradiction = DecisionContradictionData;
export type Stack = StackData;
export type Fit = FitData;

export interface HardLimit {
  reason: string;
  unless?: Record<string, string[]>;
  /** The limit applies only when these answers hold. */
  onlyIf?: Record<string, string[]>;
  sources: string[];
}

/** One framework's profile: a fit per profiled criterion, hard limits and questions to ask. */
export interface Profile {
  framework: string;
  fits: Record<string, Fit>;
  hardLimits: Record<string, HardLimit>;
  questions: Array<{ when: Record<string, string[]>; text: string }>;
}

export interface FrameworkInfo {
  id: string;
  title: string;
  shortName: string;
  kind: FrameworkKind;
  /** Sources of its licence, which back the managed-or-open-source term. */
  kindSources: readonly string[];
  capabilities: Readonly<Record<CapabilityId, { level: SupportLevel; note: string; sources: readonly string[] }>>;
}

export interface DecisionModel {
  /** In display order. */
  questions: readonly Question[];
  criteria: readonly Criterion[];
  /** One per framework that has a decision profile, in the guide's display order. */
  profiles: readonly Profile[];
  frameworks: readonly FrameworkInfo[];
  contradictions: readonly Contradiction[];
  stacks: readonly Stack[];
  /** Titles of every source the model cites, by id, for terms and the exported record. */
  sourceTitles: Readonly<Record<string, string>>;
  /** Words for capabilities and support levels, carried in the data so the browser needs no vocabulary module. */
  labels: { capabilities: Readonly<Record<CapabilityId, string>>; supportLevels: Readonly<Record<SupportLevel, string>> };
}

/** Question id → the answer ids picked. A question with no entry (or an empty one) is unanswered. */
export type Answers = Readonly<Record<string, readonly string[]>>;

export function answerLabel(question: Question, answerId: string): string {
  return question.answers.find((a) => a.id === answerId)?.label ?? answerId;
}

/** True when, for every question the condition names, one of its answers is picked (all of them with `every`). */
export function holds(condition: Readonly<Record<string, readonly string[]>>, answers: Answers, every = false): boolean {
  return Object.entries(condition).every(([question, accepted]) => {
    const picked = answers[question] ?? [];
    return every ? accepted.every((a) => picked.includes(a)) : accepted.some((a) => picked.includes(a));
  });
}

export function answeredCount(answers: Answers, questions: readonly Question[]): number {
  return questions.filter((q) => (answers[q.id] ?? []).length > 0).length;
}

/** Every source id the decision data cites, in first-cited order. */
export function citedSourceIds(data: Pick<DecisionModel, 'profiles' | 'stacks' | 'frameworks'>): string[] {
  const ids: string[] = [];
  for (const profile of data.profiles) {
    for (const fit of Object.values(profile.fits)) ids.push(...fit.sources);
    for (const limit of Object.values(profile.hardLimits)) ids.push(...limit.sources);
  }
  for (const framework of data.frameworks) {
    ids.push(...framework.kindSources);
    for (const capability of Object.values(framework.capabilities)) ids.push(...capability.sources);
  }
  for (const stack of data.stacks) ids.push(...stack.sources);
  return [...new Set(ids)];
}

/** A parsed profile row (criterion ids at the top level, as editors write them) as a Profile. */
export function toProfile(row: Record<string, unknown>, criteria: readonly Criterion[]): Profile {
  const fits: Record<string, Fit> = {};
  for (const criterion of criteria) {
    const fit = row[criterion.id];
    if (fit) fits[criterion.id] = fit as Fit;
  }
  return {
    framework: String(row.framework),
    fits,
    hardLimits: (row.hardLimits ?? {}) as Record<string, HardLimit>,
    questions: (row.questions ?? []) as Profile['questions'],
  };
}

/** Questions with generated answers (answersFrom) filled in from the vocabulary, so every reader sees the same list. */
export function expandQuestions(questions: readonly Question[], labels: { capabilities: Readonly<Record<string, string>> }): Question[] {
  return questions.map((q) => (q.answersFrom ? { ...q, answers: Object.entries(labels[q.answersFrom]).map(([id, label]) => ({ id, label })) } : q));
}

/** What the engine needs of a framework's frontmatter. */
export function decisionFramework(
  id: string,
  data: { title: string; shortName: string; kind: FrameworkKind; license: { sources: readonly string[] }; capabilities: FrameworkInfo['capabilities'] },
): FrameworkInfo {
  const capabilities = Object.fromEntries(
    Object.entries(data.capabilities).map(([key, c]) => [key, { level: c.level, note: c.note, sources: c.sources }]),
  ) as unknown as FrameworkInfo['capabilities'];
  return { id, title: data.title, shortName: data.shortName, kind: data.kind, kindSources: data.license.sources, capabilities };
}
