import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '~/lib/csv';
import { countOf, signed, usd } from '~/lib/format';
import { escapeMarkdownCell, escapeMarkdownInline, markdownRow } from '~/lib/markdown';
import { pairSlug, routes } from '~/lib/routes';

describe('CSV (every file the site writes)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('quotes per RFC 4180: %j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1+2', "'+1+2"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
  ])('guards a text cell that a spreadsheet would run as a formula: %j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers as numbers (a negative number is data, not a formula) and blanks for missing values', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(1234.5)).toBe('1234.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('joins rows with CRLF, ends with one, and puts comment lines first', () => {
    expect(
      toCsv(
        [
          ['a', 'b'],
          ['c,d', 1],
        ],
        { comment: ['as of 2026-12-01'] },
      ),
    ).toBe('# as of 2026-12-01\r\na,b\r\n"c,d",1\r\n');
  });
});

describe('Markdown escaping', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['one\ntwo', 'one two'],
    ['back\\slash', 'back\\\\slash'],
  ])('keeps one table cell one cell: %j → %j', (value, expected) => {
    expect(escapeMarkdownCell(value)).toBe(expected);
  });

  it('escapes inline markup so labels render as written', () => {
    expect(escapeMarkdownInline('*bold* [link](x) <b> `code` #1 a_b')).toBe('\\*bold\\* \\[link\\](x) \\<b\\> \\`code\\` \\#1 a\\_b');
  });

  it('builds a table row', () => {
    expect(markdownRow(['a', 'b|c'])).toBe('| a | b\\|c |');
  });
});

describe('numbers and words', () => {
  it('signs numbers with a true minus sign', () => {
    expect(signed(3)).toBe('+3');
    expect(signed(-2)).toBe('\u22122');
    expect(signed(0)).toBe('0');
  });

  it('agrees a noun with its count', () => {
    expect(countOf(1, 'replica')).toBe('1 replica');
    expect(countOf(3, 'replica')).toBe('3 replicas');
    expect(countOf(0, 'pipeline')).toBe('0 pipelines');
    expect(countOf(1, 'platform engineer')).toBe('1 platform engineer');
    expect(countOf(2, 'person', 'people')).toBe('2 people');
    expect(countOf(1500, 'user')).toBe('1,500 users');
    expect(countOf(0.25, 'FTE', 'FTE')).toBe('0.25 FTE');
  });

  it('writes dollars, whole or with cents, and refuses what a reader must never see', () => {
    expect(usd(12345.6)).toBe('$12,346');
    expect(usd(0.192, { cents: true })).toBe('$0.192');
    expect(usd(2, { cents: true })).toBe('$2.00');
    expect(() => usd(Number.NaN)).toThrow('not a displayable amount');
    expect(() => usd(-1)).toThrow('not a displayable amount');
  });
});

describe('routes', () => {
  it('gives one path per page, with a trailing slash', () => {
    expect(routes.framework('example')).toBe('/frameworks/example/');
    expect(routes.framework('example', 'migration-and-exit')).toBe('/frameworks/example/#migration-and-exit');
    expect(routes.dimension('cost-model')).toBe('/dimensions/cost-model/');
    expect(routes.guide('glossary')).toBe('/guides/glossary/');
    expect(routes.decisionScenarios()).toBe('/tools/decision-checklist/scenarios/');
    expect(routes.source('some-source')).toBe('/sources/#some-source');
    expect(routes.tool('cost-calculator')).toBe('/tools/cost-calculator/');
    expect(routes.compare(['b', 'a'])).toBe('/compare/?fw=b,a');
    expect(routes.search('scale to zero')).toBe('/search/?q=scale%20to%20zero');
  });

  it('names a pair page by both ids in alphabetical order, whichever comes first', () => {
    expect(pairSlug('zeta', 'alpha')).toBe('alpha-vs-zeta');
    expect(routes.pair('zeta', 'alpha')).toBe('/compare/alpha-vs-zeta/');
    expect(routes.pair('alpha', 'zeta')).toBe(routes.pair('zeta', 'alpha'));
  });
});
