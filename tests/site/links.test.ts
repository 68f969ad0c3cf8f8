import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { BUILDS } from '../support/builds.mjs';
import { publishedCollection, publishedFrameworks } from '../support/content';
import { fileForUrl, readPages } from '../support/dist';

const FRAMEWORK_IDS = publishedFrameworks().map((f) => f.id);
const DIMENSION_IDS = publishedCollection('dimensions').map((d) => d.id);

describe.each(Object.entries(BUILDS))('links in the %s build', (_name, { base, outDir }) => {
  const pages = readPages(outDir, base);
  const idsByFile = new Map<string, Set<string>>();
  const idsIn = (file: string): Set<string> => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = new Set(
        parse(readFileSync(file, 'utf8'))
          .querySelectorAll('[id]')
          .map((el) => el.id),
      );
      idsByFile.set(file, ids);
    }
    return ids;
  };

  it('builds every route of the URL map', () => {
    const urls = new Set(pages.map((p) => p.url));
    const expected = [
      '',
      'frameworks/',
      ...FRAMEWORK_IDS.map((id) => `frameworks/${id}/`),
      'dimensions/',
      ...DIMENSION_IDS.map((id) => `dimensions/${id}/`),
      'compare/',
      'tools/',
      'guides/',
      'sources/',
      'search/',
      '404.html',
    ];
    expect(expected.filter((path) => !urls.has(`${base}${path}`))).toEqual([]);
    // Every dimension page plus the index, and nothing else under /dimensions/.
    expect(pages.filter((p) => p.url.startsWith(`${base}dimensions/`)).length).toBe(DIMENSION_IDS.length + 1);
    expect(fileForUrl(outDir, base, `${base}robots.txt`)).toBeDefined();
    expect(fileForUrl(outDir, base, `${base}sitemap-index.xml`)).toBeDefined();
  });

  it('every internal link, asset and #fragment resolves, and nothing escapes the base path', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const refs = [
        ...page.doc.querySelectorAll('a[href]').map((el) => el.getAttribute('href')!),
        ...page.doc.querySelectorAll('link[href]').map((el) => el.getAttribute('href')!),
        ...page.doc.querySelectorAll('script[src], img[src]').map((el) => el.getAttribute('src')!),
        ...page.doc.querySelectorAll('[data-bundle]').map((el) => `${el.getAttribute('data-bundle')}pagefind.js`),
      ];
      for (const ref of refs) {
        // The build's SITE_URL (the default, http://localhost:4321) is this site: check those links too.
        const local = ref.replace(/^http:\/\/localhost:4321/, '');
        if (/^(https?:|mailto:)/.test(local)) continue;
        const target = new URL(local, `http://site.test${page.url}`);
        if (target.host !== 'site.test') {
          broken.push(`${page.url}: ${ref} (absolute link to another host)`);
          continue;
        }
        const file = fileForUrl(outDir, base, target.pathname);
        if (!file) {
          broken.push(`${page.url}: ${ref} (no such file under ${base})`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith('.html') && !idsIn(file).has(fragment)) {
          broken.push(`${page.url}: ${ref} (no element with id "${fragment}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('robots.txt and the sitemap point at this host and base', () => {
    const robots = readFileSync(fileForUrl(outDir, base, `${base}robots.txt`)!, 'utf8');
    expect(robots).toContain(`Sitemap: http://localhost:4321${base}sitemap-index.xml`);
    const sitemap = readFileSync(fileForUrl(outDir, base, `${base}sitemap-0.xml`)!, 'utf8');
    for (const id of FRAMEWORK_IDS) expect(sitemap).toContain(`<loc>http://localhost:4321${base}frameworks/${id}/</loc>`);
    expect(sitemap).not.toContain('404');
  });
});
