/**
 * Issue 22 (trust): a page's date says whether it was reviewed or updated; "Report an error" and
 * "Edit this page" come from REPO_URL; a citation of a volatile fact carries a short quote.
 */
import { describe, expect, it } from 'vitest';
import { pageDate } from '~/lib/changes';
import { factsWithoutQuote, wordCount, QUOTE_MAX_WORDS } from '~/lib/citations';
import { parseRepoUrl, repoLinks } from '~/lib/repo-links';
import { sourceSchema } from '~/lib/schema/source';
import { describeIssues } from '~/lib/schema';
import { readFacts } from '~/data/content-files';
import { readSources, ROOT } from '../support/content';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('a page date: the later of the last full review and the latest logged change', () => {
  const changes = [
    { date: day('2026-12-01'), pages: ['/frameworks/zenml/', '/guides/other-tools/'] },
    { date: day('2026-11-20'), pages: ['/frameworks/mlflow/'] },
  ];

  it('says "updated" when a change is newer than the review (the 26 November / 1 December case)', () => {
    expect(pageDate(day('2026-11-26'), changes, '/frameworks/zenml/')).toEqual({ kind: 'updated', date: day('2026-12-01'), lastReviewed: day('2026-11-26') });
  });

  it('says "reviewed" when the review is newer than every change, or on the same day', () => {
    expect(pageDate(day('2026-11-26'), changes, '/frameworks/mlflow/')).toEqual({ kind: 'reviewed', date: day('2026-11-26'), lastReviewed: day('2026-11-26') });
    expect(pageDate(day('2026-12-01'), changes, '/guides/other-tools/').kind).toBe('reviewed');
  });

  it('ignores changes to other pages', () => {
    expect(pageDate(day('2026-11-26'), changes, '/frameworks/kubeflow/').kind).toBe('reviewed');
  });
});

describe('repository links (REPO_URL)', () => {
  it('unset or blank means no links', () => {
    expect(parseRepoUrl(undefined)).toEqual({ ok: true, url: undefined });
    expect(parseRepoUrl('  ')).toEqual({ ok: true, url: undefined });
    expect(repoLinks(undefined, { title: 'MLflow', path: '/frameworks/mlflow/' })).toBeUndefined();
  });

  it('drops a trailing slash and refuses what is not an http(s) URL, naming the variable', () => {
    expect(parseRepoUrl('https://github.com/owner/guide/')).toEqual({ ok: true, url: 'https://github.com/owner/guide' });
    const bad = parseRepoUrl('github.com/owner/guide');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.message).toMatch(/^REPO_URL "github\.com\/owner\/guide" is not a URL/);
    const ssh = parseRepoUrl('ssh://git@github.com/owner/guide');
    expect(!ssh.ok && ssh.message).toMatch(/must start with https/);
  });

  it('builds the edit link from the content path and the report link with the page named', () => {
    const links = repoLinks('https://github.com/owner/guide', { title: 'MLflow', path: '/frameworks/mlflow/', sourcePath: 'content/frameworks/mlflow.mdx' });
    expect(links?.edit).toBe('https://github.com/owner/guide/edit/main/content/frameworks/mlflow.mdx');
    expect(links?.report).toBe('https://github.com/owner/guide/issues/new?title=Error%20on%20MLflow%20(%2Fframeworks%2Fmlflow%2F)');
  });

  it('a page without a single source file gets a report link but no edit link', () => {
    const links = repoLinks('https://github.com/owner/guide', { title: 'Sources', path: '/sources/' });
    expect(links?.report).toMatch(/^https:\/\/github\.com\/owner\/guide\/issues\/new\?title=/);
    expect(links?.edit).toBeUndefined();
  });
});

describe('quotes behind volatile facts', () => {
  it('counts words and caps a quote at 30', () => {
    expect(QUOTE_MAX_WORDS).toBe(30);
    expect(wordCount('  Pay-per-token workloads are HIPAA compliant. ')).toBe(5);
    const base = { id: 'x-source', title: 'T', publisher: 'P', url: 'https://example.org/', read: '2026-12-07', standing: 'official' };
    expect(sourceSchema().safeParse({ ...base, quote: 'one two three' }).success).toBe(true);
    const long = sourceSchema().safeParse({ ...base, quote: Array.from({ length: 31 }, (_, i) => `w${i}`).join(' ') });
    expect(long.success).toBe(false);
    expect(describeIssues(long.error!).join('\n')).toMatch(/at most 30 words; this one has 31/);
  });

  it('names a fact checked since quotes began none of whose sources has a quote; older facts wait for their next check', () => {
    const facts = [
      { id: 'quoted', sources: ['a', 'b'], asOf: day('2026-12-07') },
      { id: 'bare', sources: ['c'], asOf: day('2026-12-08') },
      { id: 'older', sources: ['c'], asOf: day('2026-12-06') },
    ];
    expect(factsWithoutQuote(facts, new Set(['b']))).toEqual(['bare']);
    expect(factsWithoutQuote(facts, new Set(['b']), day('2026-01-01'))).toEqual(['bare', 'older']);
  });

  it('every stored fact checked since 7 December 2026 cites at least one source with a quote', () => {
    const quoted = new Set(
      readSources()
        .filter((s) => typeof s.quote === 'string')
        .map((s) => String(s.id)),
    );
    expect(factsWithoutQuote(readFacts(ROOT).values(), quoted)).toEqual([]);
  });
});
