/** The editorial data: the capability rubric, the changes log and its feed, and the usual combinations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { atomFeed, changeAnchor, changesFor, newestFirst, type Change } from '../../src/lib/changes';
import { changeSchema, combinationListSchema, describeIssues, findCombination, rubricSchema } from '../../src/lib/schema';
import { readKnownIds } from '../../src/data/content-files';
import { SUPPORT_LEVEL_LABELS, type SupportLevel } from '../../src/lib/vocabulary';
import { readCollection, ROOT } from '../support/content';

const ids = readKnownIds(ROOT);
const yaml = (name: string) => parse(readFileSync(join(ROOT, 'content/data', name), 'utf8')) as unknown;
const problems = (result: { success: boolean; error?: unknown }) => (result.success ? [] : describeIssues(result.error as never));

describe('capability rubric', () => {
  it('content/data/capability-rubric.yaml defines every level and a native criterion for every capability', () => {
    expect(problems(rubricSchema().safeParse(yaml('capability-rubric.yaml')))).toEqual([]);
  });

  it('rejects a rubric that leaves a level or capability out, or lists one twice', () => {
    const rubric = structuredClone(yaml('capability-rubric.yaml')) as { levels: Array<{ level: string }>; capabilities: Array<{ capability: string }> };
    rubric.levels = rubric.levels.filter((l) => l.level !== 'unknown');
    rubric.capabilities.push(rubric.capabilities[0]!);
    const found = problems(rubricSchema().safeParse(rubric));
    expect(found).toContain('levels: support level "unknown" has no entry');
    expect(found).toContain(`capabilities: capability "${rubric.capabilities[0]!.capability}" is listed 2 times`);
  });
});

describe('changes log', () => {
  const schema = changeSchema(ids);
  const entries = yaml('changes.yaml') as Array<Record<string, unknown>>;

  it('every entry in content/data/changes.yaml is valid, and each names a page that exists', () => {
    expect(entries.flatMap((entry, index) => problems(schema.safeParse(entry)).map((p) => `entry ${index + 1}: ${p}`))).toEqual([]);
    const frameworks = new Set(readCollection('frameworks').map((f) => `/frameworks/${f.id}/`));
    const dimensions = new Set(readCollection('dimensions').map((d) => `/dimensions/${d.id}/`));
    const guides = new Set(readCollection('guides').map((g) => `/guides/${g.id}/`));
    const known = (path: string) => frameworks.has(path) || dimensions.has(path) || guides.has(path) || path.startsWith('/tools/');
    expect(entries.flatMap((e) => (e.pages as string[]).filter((p) => !known(p)))).toEqual([]);
  });

  it('starts with this review: each of the issue corrections and every re-rating of a published cell are logged', () => {
    const facts = entries.map((e) => e.fact).filter(Boolean);
    for (const fact of ['outerbounds-anaconda', 'kubeflow-min-kubernetes', 'vertex-ai-scale-to-zero', 'azure-ml-dod-il6', 'sagemaker-model-monitor-closed', 'kserve-llminferenceservice-since', 'kubeflow-model-registry-version', 'gcp-egress-price']) {
      expect(facts).toContain(fact);
    }
    // Later re-ratings join these; none of this review's may go missing.
    expect(entries.filter((e) => e.capability).map((e) => `${e.what}: ${e.old} → ${e.new}`)).toEqual(
      expect.arrayContaining([
        // From the independent read (check-a): Metaflow's docs describe no supported serving handover.
        'Metaflow, model serving rating: Via integration → None',
        'MLflow, model serving rating: Native → Partial',
        'SageMaker AI, GenAI and LLM tooling rating: Native → Managed add-on',
      ]),
    );
  });

  it('every re-rating moves a cell between two levels, and the latest for a cell is what its page says now', () => {
    const labels = new Set(Object.values(SUPPORT_LEVEL_LABELS));
    const levels = new Map(readCollection('frameworks').map((f) => [`/frameworks/${f.id}/`, f.data.capabilities as Record<string, { level: SupportLevel }>]));
    const latest = new Map<string, string>();
    for (const entry of newestFirst(entries.map((e) => ({ ...e, date: new Date(String(e.date)) })))) {
      if (!entry.capability) continue;
      const page = (entry.pages as string[]).find((p) => levels.has(p));
      expect(page, entry.what as string).toBeDefined();
      expect([entry.old, entry.new].filter((label) => labels.has(label as string)), entry.what as string).toHaveLength(2);
      expect(entry.new, entry.what as string).not.toBe(entry.old);
      const cell = `${page} ${String(entry.capability)}`;
      if (!latest.has(cell)) latest.set(cell, entry.new as string);
    }
    for (const [cell, label] of latest) {
      const [page, capability] = cell.split(' ') as [string, string];
      expect(SUPPORT_LEVEL_LABELS[levels.get(page)![capability]!.level], cell).toBe(label);
    }
  });

  it('names the field of a broken entry', () => {
    const bad = { date: '2026-12-01', pages: ['frameworks/kubeflow', '/frameworks/nowhere/'], fact: 'no-such-fact', what: 'x', old: 'a', new: 'b', sources: ['eks-pricing'] };
    expect(problems(schema.safeParse(bad))).toEqual([
      'pages.0: write a site path such as /frameworks/kubeflow/ (root-relative, trailing slash)',
      'fact: unknown fact id "no-such-fact": add it to content/data/facts.yaml or fix the spelling',
    ]);
  });

  const change = (date: string, what: string, pages = ['/frameworks/a/']): Change => ({ date: new Date(date), pages, what, old: 'old', new: 'new', sources: ['s'] });

  it('a page shows its latest three changes, newest first', () => {
    const log = [change('2026-01-05', 'one'), change('2026-03-01', 'two'), change('2026-02-01', 'other page', ['/frameworks/b/']), change('2026-06-01', 'three'), change('2026-04-01', 'four')];
    expect(changesFor(log, '/frameworks/a/').map((c) => c.what)).toEqual(['three', 'four', 'two']);
    expect(changesFor(log, '/frameworks/none/')).toEqual([]);
    expect(newestFirst([change('2026-01-01', 'a'), change('2026-01-01', 'b')]).map((c) => c.what)).toEqual(['a', 'b']);
  });

  it('anchors are the day and the subject in words', () => {
    expect(changeAnchor(change('2026-12-01', 'SageMaker Model Monitor availability'))).toBe('2026-12-01-sagemaker-model-monitor-availability');
  });

  it('the Atom feed has one entry per change, escaped, newest first, with absolute links', () => {
    const feed = atomFeed([change('2026-11-01', 'Older'), change('2026-12-01', 'Fees & "limits" <now>')], {
      title: 'Changes',
      feedUrl: 'https://example.org/guide/changes.xml',
      pageUrl: 'https://example.org/guide/changes/',
      sourceUrl: (id) => `https://example.org/guide/sources/#${id}`,
    });
    expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(feed.match(/<entry>/g)).toHaveLength(2);
    expect(feed.indexOf('Fees &amp; &quot;limits&quot; &lt;now&gt;')).toBeLessThan(feed.indexOf('Older'));
    expect(feed).toContain('<updated>2026-12-01T00:00:00Z</updated>');
    expect(feed).toContain('<link href="https://example.org/guide/changes/#2026-11-01-older"/>');
    expect(feed).toContain('<link rel="related" href="https://example.org/guide/sources/#s"/>');
    expect(feed).not.toContain("<now>");
    expect(feed).not.toMatch(/<title>[^<]*"[^<]*<\/title>/);
  });
});

describe('combinations', () => {
  it('content/data/combinations.yaml is valid and covers the pairs the issue names', () => {
    const list = yaml('combinations.yaml');
    expect(problems(combinationListSchema(ids).safeParse(list))).toEqual([]);
    const pairs = (list as Array<{ lead: string; partner: string }>).map((c) => [c.lead, c.partner].sort().join('+'));
    expect(pairs).toEqual(expect.arrayContaining(['kubeflow+mlflow', 'metaflow+mlflow', 'mlflow+sagemaker', 'kubeflow+vertex-ai']));
  });

  it('rejects a pair listed twice (in either order), a pair of one and an unknown framework', () => {
    const one = { lead: 'kubeflow', partner: 'mlflow', summary: 'Kubeflow runs pipelines; MLflow tracks them.', leadRole: 'Runs the pipelines on Kubernetes.', partnerRole: 'Tracks experiments and models.', sources: ['kubeflow-mlflow-kep'] };
    const found = problems(
      combinationListSchema(ids).safeParse([one, { ...one, lead: 'mlflow', partner: 'kubeflow' }, { ...one, lead: 'mlflow', partner: 'mlflow' }, { ...one, partner: 'nowhere' }]),
    );
    expect(found).toEqual([
      '2.partner: a combination needs two different frameworks',
      '3.partner: unknown framework id "nowhere": add it to content/frameworks/ or fix the spelling',
      '1.partner: kubeflow + mlflow is listed twice',
    ]);
  });

  it('finds a combination whichever way round the pair comes, with each role', () => {
    const list = [{ lead: 'a', partner: 'b', summary: 's', leadRole: 'role of a', partnerRole: 'role of b', sources: ['x'] }];
    expect(findCombination(list, 'b', 'a')).toEqual({ summary: 's', sources: ['x'], roles: { a: 'role of a', b: 'role of b' } });
    expect(findCombination(list, 'a', 'c')).toBeUndefined();
  });
});
