/**
 * What the ranking means next: the smallest change a team could make that puts another framework
 * first (only if that framework gains from the change itself), and the questions to settle with
 * each shortlisted framework's vendor or in a proof of concept. Kept apart from the engine so the
 * page can draw the ranking first and load this a moment later; decide() joins both.
 */
import {
  effectiveAnswers,
  NATIVE,
  neededCapabilities,
  order,
  rank,
  resolveLevel,
  scoreAll,
  type AnswerChange,
  type DecideOptions,
  type Outcome,
  type Ranked,
  type Ranking,
  type Scored,
  type TieNote,
  type WhatWouldChange,
} from './engine';
import { answerLabel, answeredCount, holds, type Answers, type DecisionModel } from './model';

/** What to ask next for a shortlisted framework: from its weak or compliance terms, capability gaps in scope, and its profile. */
function questionsFor(model: DecisionModel, entry: Pick<Scored, 'framework' | 'profile' | 'terms' | 'notes'>, answers: Answers): string[] {
  const asked: string[] = [];
  for (const term of [...entry.terms, ...entry.notes]) {
    const criterion = model.criteria.find((c) => c.id === term.criterion)!;
    if (criterion.kind === 'programmes') {
      for (const programme of answers[criterion.question!] ?? []) {
        const ask = criterion.levels?.[resolveLevel(entry.profile?.fits[criterion.id], answers, programme) ?? '']?.ask;
        const label = answerLabel(
          model.questions.find((q) => q.id === criterion.question)!,
          programme,
        );
        if (ask) asked.push(ask.replaceAll('{programme}', label));
      }
    } else if (criterion.kind === 'answer-level' && term.points < 0) {
      const picked = answers[criterion.question!]?.[0];
      const ask = criterion.levels?.[resolveLevel(entry.profile?.fits[criterion.id], answers, picked) ?? '']?.ask;
      if (ask) asked.push(ask);
    } else if (criterion.kind === 'matrix' && term.points <= 0) {
      const ask = criterion.levels?.[resolveLevel(entry.profile?.fits[criterion.id], answers) ?? '']?.ask;
      if (ask) asked.push(ask);
    } else if ((criterion.kind === 'capabilities' || criterion.kind === 'coverage') && criterion.ask) {
      for (const id of neededCapabilities(criterion, answers)) {
        const capability = entry.framework.capabilities[id];
        if (!NATIVE.has(capability.level)) asked.push(criterion.ask.replaceAll('{capability}', model.labels.capabilities[id].toLowerCase()).replaceAll('{note}', capability.note));
      }
    }
  }
  for (const q of entry.profile?.questions ?? []) if (holds(q.when, answers)) asked.push(q.text);
  return [...new Set(asked)];
}

/** Every single-answer change to a question the team could decide to change. */
function singleChanges(model: DecisionModel, answers: Answers): AnswerChange[] {
  const changes: AnswerChange[] = [];
  for (const question of model.questions.filter((q) => q.changeable)) {
    const current = answers[question.id] ?? [];
    const ids = question.answers.map((a) => a.id);
    for (const answer of question.answers) {
      if (question.kind === 'one') {
        if (current[0] === answer.id) continue;
        changes.push({ question: question.id, to: [answer.id], text: `you answered “${answer.label}” to “${question.legend}”` });
      } else {
        const ticked = current.includes(answer.id);
        const to = ticked ? current.filter((id) => id !== answer.id) : ids.filter((id) => id === answer.id || current.includes(id));
        changes.push({ question: question.id, to, text: `you ${ticked ? 'unticked' : 'ticked'} “${answer.label}” under “${question.legend}”` });
      }
    }
  }
  return changes;
}

const MAX_CHANGES = 3;

function whatWouldChange(
  model: DecisionModel,
  answers: Answers,
  before: ReadonlyArray<Pick<Ranked, 'framework' | 'score' | 'ruledOut'>>,
  options: DecideOptions,
): WhatWouldChange[] {
  const leader = before[0];
  if (!leader || leader.ruledOut.length > 0 || answeredCount(answers, model.questions) === 0) return [];
  const was = new Map(before.map((s) => [s.framework.id, s]));
  const found = new Map<string, WhatWouldChange>();
  const candidates = singleChanges(model, answers).flatMap((change) => {
    const changed = { ...answers, [change.question]: change.to };
    const effective = effectiveAnswers(model, changed);
    const after = order(model, scoreAll(model, effective, options.costs?.(effective)), effective);
    const top = after[0]!;
    const previous = was.get(top.framework.id);
    // An option the change itself creates (a stack offered under another scope) has nothing to gain from.
    if (!previous) return [];
    // The new leader must gain from the change itself: more points, or no longer ruled out.
    const gain = top.score - previous.score;
    const unblocked = previous.ruledOut.length > 0 && top.ruledOut.length === 0;
    // And lead outright: winning only a tie-break is not "ranking first" in any sense a team would sign.
    const margin = top.score - (after.find((s) => s !== top && s.ruledOut.length === 0)?.score ?? Number.NEGATIVE_INFINITY);
    if (top.framework.id === leader.framework.id || top.ruledOut.length > 0 || (gain <= 0 && !unblocked) || margin <= 0) return [];
    return [{ change, top, gain, margin }];
  });
  candidates.sort((a, b) => b.margin - a.margin || b.gain - a.gain);
  for (const { change, top, gain } of candidates) {
    if (found.has(top.framework.id) || found.size >= MAX_CHANGES) continue;
    const why = gain > 0 ? ` (it gains ${gain} ${Math.abs(gain) === 1 ? 'point' : 'points'} from that answer)` : ' (that answer no longer rules it out)';
    found.set(top.framework.id, { leader: top.framework, changes: [change], gain, text: `If ${change.text}, ${top.framework.title} would rank first${why}.` });
  }
  return [...found.values()];
}

function tieNotes(ranked: Ranked[]): TieNote[] {
  const candidates = ranked.filter((r) => r.verdict !== 'ruled-out' && r.verdict !== 'unranked');
  const notes: TieNote[] = [];
  let start = 0;
  while (start < candidates.length) {
    let end = start + 1;
    while (end < candidates.length && candidates[end]!.score === candidates[start]!.score) end += 1;
    const group = candidates.slice(start, end);
    if (group.length > 1) {
      notes.push({
        kind: 'tie',
        frameworks: group.map((r) => r.framework.id),
        text: `Tied at ${group[0]!.score} points: ${group.map((r) => r.framework.shortName).join(', ')}. The one with the faster time to value in its profile is listed first, then the guide’s usual order.`,
      });
    }
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

const isShortlisted = (entry: Ranked, index: number, answered: number) =>
  entry.verdict === 'best-fit' || entry.verdict === 'contender' || (entry.verdict !== 'ruled-out' && index < 3 && answered > 0);

/** The ranking with its insights: questions to ask for the shortlist, and what would change the result. */
export function explain(model: DecisionModel, answers: Answers, ranking: Ranking, options: DecideOptions = {}): Outcome {
  const profiles = new Map(model.profiles.map((p) => [p.framework, p]));
  return {
    ...ranking,
    ranking: ranking.ranking.map((entry, index) =>
      isShortlisted(entry, index, ranking.answered) ? { ...entry, questions: questionsFor(model, { ...entry, profile: profiles.get(entry.framework.id) }, answers) } : entry,
    ),
    ties: ranking.answered > 0 ? tieNotes(ranking.ranking) : [],
    changes: whatWouldChange(model, answers, ranking.ranking, options),
  };
}

export function decide(model: DecisionModel, answers: Answers, options: DecideOptions = {}): Outcome {
  return explain(model, answers, rank(model, answers, options), options);
}
