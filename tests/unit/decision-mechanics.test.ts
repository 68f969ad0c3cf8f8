/**
 * Verdicts, ties, bars, fallback reasons, stacks and "what would change this" on tiny synthetic
 * models, where every expected value can be worked out by hand from the rules written here.
 */
import { describe, expect, it } from 'vitest';
import { decide, NOTHING_APPLIES, type Outcome } from '../../src/lib/decision/engine';
import type { DecisionModel, Question, Rule } from '../../src/lib/decision/model';

const question = (id: string, answers: string[], kind: 'one' | 'many' = 'one'): Question => ({
  id,
  key: id,
  kind,
  constraint: kind === 'many',
  legend: `${id.toUpperCase()}?`,
  answers: answers.map((a) => ({ id: a, label: a.toUpperCase() })),
  default: kind === 'one' ? [answers[0]!] : [],
});

const rule = (id: string, when: Rule['when'], points: Record<string, number>): Rule => ({
  id,
  when,
  effects: Object.entries(points).map(([framework, p]) => ({ frameworks: [framework], points: p, reason: `${id} gives ${framework} ${p}` })),
  sources: [],
});

/** a: High effort, b: Low, c: Medium; listed a, b, c (the guide's order). */
const THREE: DecisionModel = {
  questions: [question('q', ['none', 'x', 'y', 'z', 'w']), question('m', ['k1'], 'many')],
  rules: [
    rule('x', { q: ['x'] }, { a: 5, b: 1 }),
    rule('y', { q: ['y'] }, { a: 2, b: 2, c: -1 }),
    rule('z', { q: ['z'] }, { a: 4, c: 3 }),
    rule('w-for', { q: ['w'] }, { c: 6 }),
    rule('w-against', { q: ['w'] }, { c: -4 }),
  ],
  knockouts: [{ id: 'no-b', when: { m: ['k1'] }, frameworks: ['b'], reason: 'k1 rules b out', sources: [] }],
  stacks: [{ id: 'b-c', lead: 'b', partner: 'c', title: 'B + C', reason: 'they complement each other', sources: [] }],
  frameworks: [
    { id: 'a', title: 'Alpha', shortName: 'A', effort: 'high' },
    { id: 'b', title: 'Beta', shortName: 'B', effort: 'low' },
    { id: 'c', title: 'Gamma', shortName: 'C', effort: 'medium' },
  ],
  sourceTitles: {},
};

const run = (q: string, m: string[] = []) => decide(THREE, { q: [q], m });
const table = (outcome: Outcome) => outcome.ranking.map((r) => [r.framework.id, r.score, r.verdict, r.bar]);

describe('verdicts and bars', () => {
  it.each([
    // Adopt: top and ≥3 clear. Assess: 4 or more below the top, not negative.
    { q: 'x', expected: [['a', 5, 'adopt', 100], ['b', 1, 'assess', 20], ['c', 0, 'assess', 0]] },
    // A tie at the top: both Trial (margin 0); negative → Hold. Tie broken by effort: B (Low) before A (High).
    { q: 'y', expected: [['b', 2, 'trial', 100], ['a', 2, 'trial', 100], ['c', -1, 'hold', 0]] },
    // One point clear is not enough for Adopt; 3 below the top is still Trial.
    { q: 'z', expected: [['a', 4, 'trial', 100], ['c', 3, 'trial', 75], ['b', 0, 'assess', 0]] },
    // A −4 blocker means Hold even when the total is the highest.
    { q: 'w', expected: [['c', 2, 'hold', 100], ['b', 0, 'trial', 0], ['a', 0, 'trial', 0]] },
    // Nothing applies: all equal, bars at the midpoint, effort order B, C, A.
    { q: 'none', expected: [['b', 0, 'trial', 50], ['c', 0, 'trial', 50], ['a', 0, 'trial', 50]] },
  ])('q=$q', ({ q, expected }) => {
    expect(table(run(q))).toEqual(expected);
  });

  it('a knock-out puts the framework last as Ruled out, whatever its score, its bar clamped to the candidates’ range', () => {
    // Candidates: A 5, C 0 (B, ruled out, would score 1): bars span 0–5.
    expect(table(run('x', ['k1']))).toEqual([['a', 5, 'adopt', 100], ['c', 0, 'assess', 0], ['b', 1, 'ruled-out', 20]]);
    // B would score 10, above every candidate: its bar stops at 100 and A's stays full.
    const boosted = { ...THREE, rules: [...THREE.rules, rule('boost', { q: ['x'] }, { b: 9 })] };
    expect(table(decide(boosted, { q: ['x'], m: ['k1'] }))).toEqual([['a', 5, 'adopt', 100], ['c', 0, 'assess', 0], ['b', 10, 'ruled-out', 100]]);
    expect(table(run('y', ['k1']))).toEqual([['a', 2, 'adopt', 100], ['c', -1, 'hold', 0], ['b', 2, 'ruled-out', 100]]);
    expect(run('y', ['k1']).ranking[2]!.knockouts).toEqual([
      { rule: 'no-b', text: 'k1 rules b out', sources: [], causes: [{ question: 'm', legend: 'M?', answers: [{ id: 'k1', label: 'K1' }] }] },
    ]);
  });
});

describe('reasons', () => {
  it('for and against, strongest first, each tied to the answer that caused it', () => {
    const c = run('w').ranking[0]!;
    expect(c.for.map((r) => r.text)).toEqual(['w-for gives c 6']);
    expect(c.against.map((r) => r.text)).toEqual(['w-against gives c -4']);
    expect(c.for[0]!.causes).toEqual([{ question: 'q', legend: 'Q?', answers: [{ id: 'w', label: 'W' }] }]);
  });

  it('a framework no rule touches says so', () => {
    expect(run('none').ranking.map((r) => r.cautions.map((c) => c.text))).toEqual([[NOTHING_APPLIES], [NOTHING_APPLIES], [NOTHING_APPLIES]]);
  });
});

describe('ties', () => {
  it.each([
    { q: 'y', notes: [{ kind: 'tie', frameworks: ['b', 'a'], text: 'Tied at 2 points: B (Low effort), A (High effort). Tie-break: lower classic implementation-effort rating goes first.' }] },
    {
      q: 'z',
      notes: [{ kind: 'close', frameworks: ['a', 'c'], text: 'A leads C by a single point: treat them as equally good fits and let a proof of concept decide.' }],
    },
    {
      q: 'none',
      notes: [{ kind: 'tie', frameworks: ['b', 'c', 'a'], text: 'Tied at 0 points: B (Low effort), C (Medium effort), A (High effort). Tie-break: lower classic implementation-effort rating goes first.' }],
    },
    { q: 'x', notes: [] },
  ])('q=$q', ({ q, notes }) => {
    expect(run(q).ties).toEqual(notes);
  });

  it('equal effort falls back to the guide’s order and says so', () => {
    const sameEffort = { ...THREE, frameworks: THREE.frameworks.map((f) => ({ ...f, effort: 'low' as const })) };
    expect(decide(sameEffort, { q: ['none'], m: [] }).ties[0]!.text).toBe(
      'Tied at 0 points: A (Low effort), B (Low effort), C (Low effort). Tie-break: they share an effort rating, so they keep the guide’s usual order.',
    );
  });
});

describe('stacks', () => {
  it('are suggested only while their lead is Adopt or Trial', () => {
    expect(run('y').stacks.map((s) => s.id)).toEqual(['b-c']);
    expect(run('x').stacks).toEqual([]);
    expect(run('y', ['k1']).stacks).toEqual([]);
  });
});

describe('what would change this', () => {
  it('single changes, clearest new lead first, one per new leader', () => {
    // From q=x (A leads): q=w → C leads by 2 (a Hold, but first); q=none and q=y → B wins a tie
    // (equal margins keep the answers' order, so "none" is offered); ticking k1 keeps A first.
    expect(run('x').changes.map((c) => [c.leader.id, c.text])).toEqual([
      ['c', 'If you answered “W” to “Q?”, Gamma would rank first.'],
      ['b', 'If you answered “NONE” to “Q?”, Beta would rank first.'],
    ]);
  });

  it('a pair of answers when no single answer moves the top', () => {
    const two: DecisionModel = {
      questions: [question('q', ['x', 'y']), question('p', ['p0', 'p1'])],
      rules: [rule('always', { q: ['x', 'y'] }, { a: 1 }), rule('both', { q: ['y'], p: ['p1'] }, { b: 5 })],
      knockouts: [],
      stacks: [],
      frameworks: [
        { id: 'a', title: 'Alpha', shortName: 'A', effort: 'low' },
        { id: 'b', title: 'Beta', shortName: 'B', effort: 'high' },
      ],
      sourceTitles: {},
    };
    expect(decide(two, { q: ['x'], p: ['p0'] }).changes.map((c) => c.text)).toEqual([
      'If you answered “Y” to “Q?” and you answered “P1” to “P?”, Beta would rank first.',
    ]);
  });
});
