/** The editorial layer in the built site: the framework page outline, plain labels, /about/, /changes/ and its feed. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse } from 'node-html-parser';
import { BUILDS } from '../support/builds.mjs';
import { publishedFrameworks, ROOT } from '../support/content';
import { readPages } from '../support/dist';
import { CAPABILITY_IDS } from '~/lib/vocabulary';

const { base, outDir } = BUILDS.sub;
const pages = readPages(outDir, base);
const page = (path: string) => pages.find((p) => p.url === `${base}${path}`)!;
const changes = parseYaml(readFileSync(join(ROOT, 'content/data/changes.yaml'), 'utf8')) as Array<{ pages: string[]; what: string }>;

describe('framework pages', () => {
  it.each(publishedFrameworks().map((f) => f.id))('%s opens with "In one minute", shows its latest changes and ends with names and history', (id) => {
    const doc = page(`frameworks/${id}/`).doc;
    const h2s = doc.querySelectorAll('main h2').map((h) => h.text.trim());
    expect(h2s[0]).toBe('In one minute');
    expect(h2s.indexOf('Names and history')).toBe(h2s.indexOf('Sources cited on this page') - 1);
    const box = doc.querySelector('.one-minute')!;
    expect(box.querySelectorAll('dt').map((dt) => dt.text)).toEqual([
      'What it is today',
      'Best for',
      'Avoid if',
      'How it is priced',
      'Lock-in and exit',
      'Changed in the last 12 months',
    ]);
    expect(box.querySelectorAll('li time').length).toBeGreaterThan(0);
    const expected = changes.filter((c) => c.pages.includes(`/frameworks/${id}/`)).length;
    expect(doc.querySelectorAll('.recent-changes li').length).toBe(Math.min(3, expected));
    // No classic-rating block (the classic comparison lives on /about/ only); the page links to its current rows on compare.
    expect(doc.querySelector('#classic-rating')).toBeNull();
    const compared = doc
      .querySelectorAll('.facts dt')
      .find((dt) => dt.text === 'Compared')!
      .nextElementSibling!.querySelector('a')!
      .getAttribute('href')!;
    expect(compared).toMatch(new RegExp(`^${base}compare/\\?fw=${id},[a-z-]+$`));
  });
});

describe('reader pages', () => {
  it('never mention "the seed", "the original article" or "the original comparison"', () => {
    const found = pages.flatMap((p) => {
      const text = p.doc.querySelector('main')?.text ?? '';
      return [...text.matchAll(/the seed\b|original article|original comparison/gi)].map((m) => `${p.url}: ${m[0]}`);
    });
    expect(found).toEqual([]);
  });
});

describe('/about/ and /changes/', () => {
  it('/about/ has the classic comparison, the standings and a rubric row for every capability', () => {
    const doc = page('about/').doc;
    for (const id of ['who-it-is-for', 'classic-comparison', 'how-facts-are-checked', 'standings', 'capability-rubric']) expect(doc.querySelector(`#${id}`), id).not.toBeNull();
    expect(doc.querySelectorAll('[id^="rubric-"]').map((dt) => dt.id.slice('rubric-'.length))).toEqual([...CAPABILITY_IDS]);
  });

  it('/changes/ lists every change with an anchor, and the Atom feed carries the same entries with absolute links', () => {
    expect(page('changes/').doc.querySelectorAll('.change-list > li[id]').length).toBe(changes.length);
    const feed = parse(readFileSync(join(outDir, 'changes.xml'), 'utf8'));
    const entries = feed.querySelectorAll('entry');
    expect(entries.length).toBe(changes.length);
    expect(entries.map((e) => e.querySelector('title')!.text)).toEqual(expect.arrayContaining(changes.map((c) => c.what)));
    for (const entry of entries) expect(entry.querySelector('link')!.getAttribute('href')).toMatch(new RegExp(`^https?://[^/]+${base}changes/#\\d{4}-\\d{2}-\\d{2}-`));
  });
});
