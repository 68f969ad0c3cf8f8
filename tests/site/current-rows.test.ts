/**
 * Every framework on every comparing surface: no empty cell on /compare/, on any pair page, in the
 * home matrix or in the attestation matrix; a cell is filled and cites a source, or says why not.
 * The exports (CSV, JSON, Markdown) say what the screen says. The classic comparison is on /about/
 * only, with its six rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { OpenData } from '~/lib/open-data/schema';
import { CAPABILITY_IDS } from '~/lib/vocabulary';
import { pairSlugs, publishedFrameworks, ROOT } from '../support/content';
import { BUILDS } from '../support/builds.mjs';
import { builtSite, type BuiltPage } from '../support/dist';
import { parseCsv } from '../support/csv';

const { base, outDir } = BUILDS.sub;
const { pages, page, read } = builtSite(outDir, base);
const FRAMEWORKS = publishedFrameworks();
const PAIRS = pairSlugs(FRAMEWORKS.map((f) => f.id));
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The rows of content/data/attestations.yaml, read from disk: what the matrix must show. */
const ATTESTATIONS = parse(readFileSync(join(ROOT, 'content/data/attestations.yaml'), 'utf8')) as Array<{
  id: string;
  framework: string;
  form: string;
  cells?: Record<string, { status: string; scope: string }>;
}>;

type Cell = BuiltPage['doc'];
/** A cell is filled when it has words and, for a current row, a citation to /sources/. */
function problem(cell: Cell, where: string, needsSource: boolean): string[] {
  const text = squash(cell.text);
  const issues: string[] = [];
  if (text.length < 3 && !cell.querySelector('.level')) issues.push(`${where}: empty`);
  if (/not in the classic comparison/i.test(text)) issues.push(`${where}: "${text.slice(0, 60)}"`);
  if (needsSource && !cell.querySelector(`.cite a[href^="${base}sources/#"]`)) issues.push(`${where}: no source`);
  return issues;
}

/** Every body cell of a comparison table, with whether it is a current row (which must cite). */
function compareProblems(table: Cell, label: string): string[] {
  let section = '';
  return table.querySelectorAll('tbody tr').flatMap((tr) => {
    if (tr.classList.contains('compare-section-row')) {
      section = squash(tr.text);
      return [];
    }
    const row = squash(tr.querySelector('th')!.text);
    return tr.querySelectorAll('td').flatMap((td, i) => problem(td, `${label} ${row} [${i}]`, section === 'The current picture'));
  });
}

describe('no empty cell for any framework', () => {
  it('on /compare/ (the table without JavaScript) and on all pair pages', () => {
    const all = page('compare/').doc.querySelector('#compare-all')!;
    expect(all.querySelectorAll('thead th')).toHaveLength(FRAMEWORKS.length + 1);
    expect(all.querySelectorAll('.compare-section-row').map((tr) => squash(tr.text))).toEqual(['The current picture', 'Capabilities']);
    expect(compareProblems(all, 'compare')).toEqual([]);
    expect(PAIRS).toHaveLength(55);
    for (const slug of PAIRS) {
      const table = page(`compare/${slug}/`).doc.querySelector('#pair-table')!;
      expect(table.querySelectorAll('tbody tr:not(.compare-section-row)'), slug).toHaveLength(13 + CAPABILITY_IDS.length);
      expect(compareProblems(table, slug)).toEqual([]);
      // A phone sees the compact grid of symbols before the per-framework cards.
      const html = page(`compare/${slug}/`).html;
      expect(html.indexOf('class="compare-compact"'), slug).toBeLessThan(html.indexOf('id="pair-table"'));
    }
  });

  it('in the home matrix and the /frameworks/ matrix: every framework, every column', () => {
    for (const [path, id] of [
      ['', 'home-matrix'],
      ['frameworks/', 'frameworks-matrix'],
    ] as const) {
      const table = page(path).doc.querySelector(`#${id}`)!;
      const rows = table.querySelectorAll('tbody tr');
      expect(rows.map((tr) => tr.getAttribute('data-id'))).toEqual(FRAMEWORKS.map((f) => f.id));
      const columns = table.querySelectorAll('thead th').length;
      expect(columns).toBe(6 + CAPABILITY_IDS.length);
      for (const tr of rows) {
        const cells = tr.querySelectorAll('td');
        expect(cells, tr.getAttribute('data-id')!).toHaveLength(columns - 1);
        expect(cells.flatMap((td, i) => problem(td, `${path || 'home'} ${tr.getAttribute('data-id')} [${i}]`, false))).toEqual([]);
        // The last cell cites the sources of the row's facts; capability symbols carry their word.
        expect(tr.querySelector(`td.matrix-sources .cite a[href^="${base}sources/#"]`)).not.toBeNull();
        expect(tr.querySelectorAll('td .level .visually-hidden')).toHaveLength(CAPABILITY_IDS.length);
      }
      // Without JavaScript the filters stay hidden and the table is whole.
      expect(page(path).doc.querySelector(`form[data-matrix-filters="${id}"]`)!.hasAttribute('hidden')).toBe(true);
    }
    expect(page('').doc.querySelector('#overview + p')!.text).not.toMatch(/classic|not rated/i);
  });

  it('in the attestation matrix: each hosted cell has a status, scope, date and source; each self-hosted row says “your environment’s attestations”', () => {
    const doc = page('dimensions/security-compliance/').doc;
    const rows = doc.querySelectorAll('#attestation-matrix tbody tr');
    expect(rows.map((tr) => tr.getAttribute('id'))).toEqual(ATTESTATIONS.map((row) => `attest-${row.id}`));
    expect(new Set(rows.map((tr) => tr.getAttribute('data-framework')))).toEqual(new Set(FRAMEWORKS.map((f) => f.id)));
    for (const [index, tr] of rows.entries()) {
      const data = ATTESTATIONS[index]!;
      if (data.form === 'self-hosted') {
        expect(squash(tr.querySelector('td')!.text), data.id).toMatch(/^Your environment’s attestations in every column\./);
        expect(problem(tr.querySelector('td')!, data.id, true)).toEqual([]);
        continue;
      }
      const cells = tr.querySelectorAll('td');
      expect(cells, data.id).toHaveLength(9);
      for (const td of cells) {
        const programme = td.getAttribute('data-programme')!;
        expect(td.querySelector('.attest')!.classList.contains(`attest-${data.cells![programme]!.status}`), `${data.id} ${programme}`).toBe(true);
        expect(squash(td.querySelector('.attest-scope')!.text), `${data.id} ${programme}`).toBe(squash(data.cells![programme]!.scope));
        expect(td.querySelector('.attest-date time')!.getAttribute('datetime'), `${data.id} ${programme}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(problem(td, `${data.id} ${programme}`, true)).toEqual([]);
      }
    }
  });
});

describe('exports match the screen', () => {
  const json = JSON.parse(read('data/frameworks.json')) as OpenData;

  it('the open data’s current rows are the text of the compare table’s cells', () => {
    const table = page('compare/').doc.querySelector('#compare-all')!;
    const current = table.querySelectorAll('tbody')[0]!.querySelectorAll('tr:not(.compare-section-row)');
    expect(current.length).toBeGreaterThan(4);
    const order = json.frameworks.map((f) => f.id);
    expect(order).toEqual(FRAMEWORKS.map((f) => f.id));
    for (const tr of current) {
      tr.querySelectorAll('td').forEach((td, column) => {
        const framework = json.frameworks[column]!;
        const cell = Object.values(framework.current).find((c) => squash(td.text).startsWith(squash(c.text)));
        expect(cell, `${framework.id} ${squash(tr.querySelector('th')!.text)}`).toBeDefined();
      });
    }
  });

  it('the attestation CSV and JSON hold every cell of the matrix on screen', () => {
    const [header = [], ...csv] = parseCsv(read('data/attestations.csv').replace(/^#.*\r\n/, ''));
    const published = JSON.parse(read('data/attestations.json')) as Pick<OpenData, 'attestations'>;
    expect(published.attestations).toEqual(json.attestations);
    const rows = page('dimensions/security-compliance/').doc.querySelectorAll('#attestation-matrix tbody tr');
    expect(csv).toHaveLength(rows.length);
    rows.forEach((tr, index) => {
      const row = csv[index]!;
      expect(row[0]).toBe(tr.getAttribute('data-framework'));
      for (const td of tr.querySelectorAll('td[data-programme]')) {
        const programme = td.getAttribute('data-programme')!.replaceAll('-', '_');
        expect(row[header.indexOf(programme)], `${row[0]} ${programme}`).toBe(squash(td.querySelector('.attest')!.text).replace(/^\S+ /, ''));
        expect(row[header.indexOf(`${programme}_scope`)]).toBe(squash(td.querySelector('.attest-scope')!.text));
        expect(row[header.indexOf(`${programme}_as_of`)]).toBe(td.querySelector('time')!.getAttribute('datetime'));
      }
      if (tr.getAttribute('data-form') === 'self-hosted') expect(row[3]).toBe('Your environment’s attestations');
    });
    const page_ = page('dimensions/security-compliance/').doc;
    expect(page_.querySelectorAll('.attestations-downloads a').map((a) => a.getAttribute('href'))).toEqual([
      `${base}data/attestations.csv`,
      `${base}data/attestations.json`,
      `${base}data/frameworks.json`,
    ]);
  });

  it('each framework’s Markdown lists its current rows', () => {
    for (const framework of json.frameworks) {
      const markdown = read(`data/frameworks/${framework.id}.md`);
      expect(markdown, framework.id).toContain(`- Cost at the reference team: ${framework.current.cost.text}`);
      // The generated part (everything before the article's own prose) carries no classic-comparison
      // row: the article may still say, in its own words, what the classic comparison claimed.
      const generated = markdown.split('\n## What it is today')[0]!;
      expect(generated, framework.id).not.toMatch(/classic comparison/i);
    }
  });
});

describe('the classic comparison', () => {
  it('is one labelled section on /about/ with a row for each of the six it rated, and nowhere an empty row', () => {
    const about = page('about/').doc;
    expect(about.querySelector('#classic-comparison')!.text).toBe('The classic six-framework comparison');
    const rated = FRAMEWORKS.filter((f) => f.data.seed).map((f) => f.id);
    expect(rated).toHaveLength(6);
    const rows = about.querySelectorAll('#classic-table tbody tr');
    expect(rows.map((tr) => tr.querySelector('th a')!.getAttribute('href'))).toEqual(rated.map((id) => `${base}frameworks/${id}/`));
    for (const tr of rows) expect(tr.querySelectorAll('td').every((td) => squash(td.text).length > 2)).toBe(true);
    for (const p of pages) {
      // The calculator's data page explains the effort bands, naming the phrase on purpose.
      if (p.url.endsWith('/cost-calculator/data/')) continue;
      expect(p.doc.querySelector('main')?.text ?? '', p.url).not.toContain('Not in the classic comparison');
    }
  });

  it('dimension pages no longer point at a classic column', () => {
    for (const p of pages.filter((p) => /\/dimensions\/[a-z-]+\/$/.test(p.url))) {
      expect(p.doc.querySelector('main')!.text, p.url).not.toMatch(/first column after the name gives the\s+classic rating/);
      expect(
        p.doc.querySelectorAll('main thead th').map((th) => th.text),
        p.url,
      ).not.toContain('Classic rating');
    }
  });

  it('llmops summaries are generated from the capability cells', () => {
    const doc = page('dimensions/llmops/').doc;
    const summaries = doc.querySelectorAll('.capability-summary');
    expect(summaries.map((s) => s.getAttribute('data-capabilities'))).toEqual(['llm-tracing llm-evaluation prompt-registry', 'distributed-training model-serving']);
    // Metaflow serves no models (its model-serving cell is "none"), so it is never said to cover the model half.
    const levels = (id: string) => (FRAMEWORKS.find((f) => f.id === id)!.data as any).capabilities;
    expect(levels('metaflow')['model-serving'].level).toBe('none');
    const modelHalf = squash(summaries[1]!.text);
    expect(modelHalf).toMatch(/Metaflow[^;]*cover part of it/);
  });
});
