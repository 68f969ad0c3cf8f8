/**
 * Issue 22 in the built site: repository links in both builds (REPO_URL set for the sub-path build,
 * unset for the root build), the page date labelled "Updated" or "Last reviewed", citation markers that
 * stay plain links to /sources/ and have an entry on the page to preview, and quotes on /sources/.
 */
import { describe, expect, it } from 'vitest';
import { BUILDS, TEST_REPO_URL } from '../support/builds.mjs';
import { readPages } from '../support/dist';
import { readCollection, readSources } from '../support/content';
import { readData } from '../support/decision';

const sub = readPages(BUILDS.sub.outDir, BUILDS.sub.base);
const root = readPages(BUILDS.root.outDir, BUILDS.root.base);
const at = (pages: typeof sub, base: string, path: string) => pages.find((p) => p.url === `${base}${path}`)!;

describe('"Report an error" and "Edit this page" (REPO_URL)', () => {
  it('with REPO_URL set, every page has a report link naming the page, in its footer', () => {
    const missing = sub.filter((p) => !p.doc.querySelector('footer a[data-repo-link="report"]')?.getAttribute('href')?.startsWith(`${TEST_REPO_URL}/issues/new?title=`));
    expect(missing.map((p) => p.url)).toEqual([]);
    const mlflow = at(sub, BUILDS.sub.base, 'frameworks/mlflow/').doc.querySelector('a[data-repo-link="report"]')!.getAttribute('href')!;
    expect(mlflow).toBe(`${TEST_REPO_URL}/issues/new?title=${encodeURIComponent(`Error on MLflow (${BUILDS.sub.base}frameworks/mlflow/)`)}`);
  });

  it('links an article to its source file in the web editor, and /about/ to its page file', () => {
    const edit = (path: string) => at(sub, BUILDS.sub.base, path).doc.querySelector('a[data-repo-link="edit"]')?.getAttribute('href');
    expect(edit('frameworks/kubeflow/')).toBe(`${TEST_REPO_URL}/edit/main/content/frameworks/kubeflow.mdx`);
    expect(edit('dimensions/llmops/')).toBe(`${TEST_REPO_URL}/edit/main/content/dimensions/llmops.mdx`);
    expect(edit('guides/other-tools/')).toBe(`${TEST_REPO_URL}/edit/main/content/guides/other-tools.mdx`);
    expect(edit('about/')).toBe(`${TEST_REPO_URL}/edit/main/src/pages/about.astro`);
    expect(edit('sources/')).toBeUndefined();
  });

  it('without REPO_URL, no page shows either link and /about/ says why', () => {
    expect(root.filter((p) => p.doc.querySelector('[data-repo-link]')).map((p) => p.url)).toEqual([]);
    expect(at(root, '/', 'about/').doc.querySelector('#corrections + ul')!.text).toContain('built without a repository address');
    expect(at(sub, BUILDS.sub.base, 'about/').doc.querySelector('#corrections + ul a')!.getAttribute('href')).toBe(TEST_REPO_URL);
  });
});

describe('/about/ editorial transparency', () => {
  it('says who maintains the guide, how it is funded, its conflicts of interest and how corrections work', () => {
    const doc = at(sub, BUILDS.sub.base, 'about/').doc;
    const text = doc.querySelector('main')!.text.replace(/\s+/g, ' ');
    expect(doc.querySelector('#who-maintains-it')).not.toBeNull();
    expect(doc.querySelector('#corrections')).not.toBeNull();
    expect(text).toContain('independent, open documentation project maintained by its contributors');
    expect(text).toContain('It has no funding');
    expect(text).toContain('Conflicts of interest.');
  });
});

describe('page dates', () => {
  // Worked out here from the content itself (each article's lastReviewed and the dates that
  // content/data/changes.yaml logs for its path), not from src/lib/changes.ts, whose pure rule
  // tests/unit/trust.test.ts pins with hand-made changes; so the expectation follows the content as
  // corrections are logged, and a page that renders the wrong line fails.
  const day = (value: unknown) => new Date(String(value)).toISOString().slice(0, 10);
  const changes = readData('changes.yaml') as Array<{ date: unknown; pages: string[] }>;
  const articles = (['frameworks', 'dimensions', 'guides'] as const).flatMap((collection) =>
    readCollection(collection)
      .filter((file) => file.data.draft !== true && file.data.lastReviewed !== undefined)
      .map((file) => ({ path: `/${collection}/${file.id}/`, reviewed: day(file.data.lastReviewed) })),
  );

  it.each(articles.map((a) => [a.path, a] as const))('%s says "Updated" when a logged change is newer than its review, else "Last reviewed"', (path, article) => {
    const latest = changes
      .filter((c) => c.pages.includes(path))
      .map((c) => day(c.date))
      .sort()
      .at(-1);
    const line = at(sub, BUILDS.sub.base, path.slice(1)).doc.querySelector('[data-page-date]')!;
    const dates = line.querySelectorAll('time').map((t) => t.getAttribute('datetime'));
    if (latest !== undefined && latest > article.reviewed) {
      expect(line.getAttribute('data-page-date')).toBe('updated');
      expect(dates).toEqual([latest, article.reviewed]);
    } else {
      expect(line.getAttribute('data-page-date')).toBe('reviewed');
      expect(dates[0]).toBe(article.reviewed);
      expect(line.text.trim()).toMatch(/^Last reviewed /);
    }
  });

  // Every framework, dimension and guide article carries a review date (the schemas require it).
  it('covers every article', () => {
    const published = (['frameworks', 'dimensions', 'guides'] as const).flatMap((collection) => readCollection(collection).filter((file) => file.data.draft !== true));
    expect(articles.length).toBe(published.length);
    expect(articles.filter((a) => a.path.startsWith('/dimensions/'))).toHaveLength(20);
  });
});

describe('citation markers and quotes', () => {
  it('every marker is a plain link to its entry on /sources/, and on a framework page each has an entry to preview', () => {
    const doc = at(sub, BUILDS.sub.base, 'frameworks/databricks/').doc;
    const markers = doc.querySelectorAll('.cite a');
    expect(markers.length).toBeGreaterThan(50);
    const listed = new Set(doc.querySelectorAll('.source-list li strong').map((s) => s.text));
    for (const a of markers) {
      expect(a.getAttribute('href')).toMatch(new RegExp(`^${BUILDS.sub.base}sources/#[a-z0-9-]+$`));
      // The preview finds the entry by the number both show.
      expect(listed.has(`[${a.text.replace(/\D/g, '')}]`), a.getAttribute('href')!).toBe(true);
    }
  });

  it('shows each stored quote with its source on /sources/ and in the page list', () => {
    const quoted = readSources().filter((s) => typeof s.quote === 'string');
    expect(quoted.length).toBeGreaterThan(20);
    const sources = at(sub, BUILDS.sub.base, 'sources/').doc;
    for (const s of quoted) expect(sources.querySelector(`li[id="${String(s.id)}"] q.source-quote`)?.text, String(s.id)).toBe(String(s.quote));
    const url = String(readSources().find((s) => s.id === 'sagemaker-scale-to-zero')!.url);
    const entry = at(sub, BUILDS.sub.base, 'dimensions/hidden-costs/')
      .doc.querySelectorAll('.source-list li')
      .find((li) => li.querySelector(`a[href="${url}"]`))!;
    expect(entry.querySelector('q')!.text).toBe('An endpoint can scale to and from zero instances only if it hosts inference components.');
  });
});
