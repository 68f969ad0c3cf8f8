/**
 * The outcome as a Markdown decision record a team can paste into a wiki or a pull request: the
 * date, the answers, the ranking with verdicts, every term behind every score, what was ruled out,
 * contradictions, ties, what would change the result, questions to ask next, combinations and the
 * sources. Plain text only; nothing here is rendered as HTML.
 */
import { isoDay, signed, usd } from '../format';
import { escapeMarkdownInline } from '../markdown';
import { VERDICT_LABELS, type Cause, type Outcome } from './engine';
import { answerLabel, type Answers, type DecisionModel } from './model';

/** Markdown-significant characters in labels are escaped so the record renders as written. */
const escape = escapeMarkdownInline;

function because(causes: Cause[]): string {
  if (causes.length === 0) return '';
  return ` (because: ${causes.map((c) => c.answers.map((a) => escape(a.label)).join(', ')).join('; ')})`;
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
  lines.push(`# Decision record: MLOps framework shortlist`, '', `Date: ${isoDay(options.date)}  `, `Checklist: ${options.link}`, '');
  lines.push('## Answers', '');
  for (const question of model.questions) {
    const picked = answers[question.id] ?? [];
    const text = picked.length ? picked.map((id) => escape(answerLabel(question, id))).join(', ') : 'not answered';
    lines.push(`- ${escape(question.legend)} ${text}`);
  }
  if (outcome.contradictions.length) lines.push('', '## Answers that pull against each other', '', ...outcome.contradictions.map((t) => `- ${escape(t)}`));
  const ranked = outcome.ranking.filter((r) => r.verdict !== 'ruled-out');
  const excluded = outcome.ranking.filter((r) => r.verdict === 'ruled-out');
  lines.push('', '## Ranking', '', '| # | Option | Score | Verdict | Likely cost |', '| --- | --- | --- | --- | --- |');
  for (const entry of ranked) {
    const quotes = entry.cost?.quotes.length ? `; + ${entry.cost.quotes.join('; + ')}` : '';
    const cost = entry.cost
      ? `${usd(entry.cost.monthly)} a month, ${usd(entry.cost.oneTime)} one-time${quotes}${entry.cost.incomplete ? ' (cost incomplete)' : ''}`
      : 'not estimated';
    lines.push(`| ${entry.rank} | ${escape(entry.framework.title)} | ${signed(entry.score)} | ${VERDICT_LABELS[entry.verdict]} | ${escape(cost)} |`);
  }
  if (excluded.length) lines.push('', '## Ruled out', '', ...excluded.map((entry) => `- ${escape(entry.framework.title)}: ${entry.ruledOut.map((r) => escape(r.text)).join(' ')}`));
  lines.push('', '## Every point', '', 'Each score is the sum of the terms listed under it.', '');
  const cited = new Set<string>();
  for (const entry of outcome.ranking) {
    lines.push(`### ${escape(entry.framework.title)}: ${signed(entry.score)}`, '');
    for (const item of entry.ruledOut) {
      lines.push(`- Ruled out: ${escape(item.text)}${because(item.causes)}`);
      item.sources.forEach((id) => cited.add(id));
    }
    for (const term of [...entry.terms, ...entry.notes]) {
      const points = term.points === 0 ? 'note' : signed(term.points);
      lines.push(`- ${points}, ${escape(term.label)}: ${escape(term.text)}${because(term.causes)}`);
      term.sources.forEach((id) => cited.add(id));
    }
    if (entry.terms.length === 0 && entry.ruledOut.length === 0) lines.push('- No answer counts for or against it.');
    lines.push('');
  }
  if (outcome.ties.length) lines.push('## Ties', '', ...outcome.ties.map((t) => `- ${escape(t.text)}`), '');
  if (outcome.changes.length) lines.push('## What would change this', '', ...outcome.changes.map((c) => `- ${escape(c.text)}`), '');
  const shortlist = outcome.ranking.filter((r) => r.questions.length > 0);
  if (shortlist.length) {
    lines.push('## Questions to ask next', '');
    for (const entry of shortlist) lines.push(`### ${escape(entry.framework.title)}`, '', ...entry.questions.map((q) => `- ${escape(q)}`), '');
  }
  lines.push('## Sources', '');
  for (const id of cited) lines.push(`- [${escape(model.sourceTitles[id] ?? id)}](${options.sourcesPage}#${id})`);
  lines.push('', 'A starting point, not a verdict: confirm the leader with a small proof of concept.', '');
  return lines.join('\n');
}
