/**
 * The outcome as a Markdown decision record a team can paste into a wiki or a pull request: the
 * date, the answers, the ranking with verdicts and reasons, knock-outs, ties, what would change the
 * result, suggested stacks and the sources. Plain text only; nothing here is rendered as HTML.
 */
import { isoDay, signed } from '../format';
import { escapeMarkdownInline } from '../markdown';
import { VERDICT_LABELS, type Outcome, type Reason } from './engine';
import { answerLabel, type Answers, type DecisionModel } from './model';

/** Markdown-significant characters in labels are escaped so the record renders as written. */
const escape = escapeMarkdownInline;


function because(reason: Pick<Reason, 'causes'>): string {
  if (reason.causes.length === 0) return '';
  return ` (because: ${reason.causes.map((c) => c.answers.map((a) => escape(a.label)).join(', ')).join('; ')})`;
}

export interface RecordOptions {
  date: Date;
  /** Absolute address of the checklist with these answers, so the record links back to the live result. */
  link: string;
  /** Absolute address of the sources page; each source links to its entry there. */
  sourcesPage: string;
}

export function decisionRecord(model: DecisionModel, answers: Answers, outcome: Outcome, options: RecordOptions): string {
  const lines: string[] = [];
  const day = isoDay(options.date);
  lines.push(`# Decision record: MLOps framework shortlist`, '', `Date: ${day}  `, `Checklist: ${options.link}`, '');
  lines.push('## Answers', '');
  for (const question of model.questions) {
    const picked = answers[question.id] ?? [];
    const text = picked.length ? picked.map((id) => escape(answerLabel(question, id))).join(', ') : 'none';
    lines.push(`- ${escape(question.legend)} ${text}`);
  }
  lines.push('', '## Ranking', '', '| # | Framework | Score | Verdict |', '| --- | --- | --- | --- |');
  for (const entry of outcome.ranking) {
    lines.push(`| ${entry.rank} | ${escape(entry.framework.title)} | ${entry.score} | ${VERDICT_LABELS[entry.verdict]} |`);
  }
  lines.push('', '## Reasons', '');
  const cited = new Set<string>();
  for (const entry of outcome.ranking) {
    lines.push(`### ${escape(entry.framework.title)}`, '');
    for (const knockout of entry.knockouts) {
      lines.push(`- Ruled out: ${escape(knockout.text)}${because(knockout)}`);
      knockout.sources.forEach((id) => cited.add(id));
    }
    for (const reason of [...entry.for, ...entry.against, ...entry.cautions]) {
      const points = reason.points === 0 ? 'note' : signed(reason.points);
      lines.push(`- ${points}: ${escape(reason.text)}${because(reason)}`);
      reason.sources.forEach((id) => cited.add(id));
    }
    lines.push('');
  }
  if (outcome.ties.length) lines.push('## Ties', '', ...outcome.ties.map((t) => `- ${escape(t.text)}`), '');
  if (outcome.changes.length) lines.push('## What would change this', '', ...outcome.changes.map((c) => `- ${escape(c.text)}`), '');
  if (outcome.stacks.length) {
    lines.push('## Suggested combinations', '', ...outcome.stacks.map((s) => `- ${escape(s.title)}: ${escape(s.reason)}`), '');
    outcome.stacks.forEach((s) => s.sources.forEach((id) => cited.add(id)));
  }
  lines.push('## Sources', '');
  for (const id of cited) lines.push(`- [${escape(model.sourceTitles[id] ?? id)}](${options.sourcesPage}#${id})`);
  lines.push('', 'A starting point, not a verdict: confirm the leader with a small proof of concept.', '');
  return lines.join('\n');
}
