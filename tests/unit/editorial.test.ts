/** The editorial data: the capability rubric, the changes log and its feed, and the usual combinations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { atomFeed, changeAnchor, changesFor, newestFirst, type Change } from '~/lib/changes';
import { changeSchema, combinationsOf, describeIssues, findCombination, rubricSchema, stackListSchema, type StackData } from '~/lib/schema';
import { readChanges, readKnownIds } from '~/data/content-files';
import { SUPPORT_LEVEL_LABELS, type SupportLevel } from '~/lib/vocabulary';
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
    for (const fact of [
      'outerbounds-anaconda',
      'kubeflow-min-kubernetes',
      'vertex-ai-scale-to-zero',
      'azure-ml-dod-il6',
      'sagemaker-model-monitor-closed',
      'kserve-llminferenceservice-since',
      'kubeflow-model-registry-version',
      'gcp-egress-price',
    ]) {
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
    // The log as the site shows it: checked by its schema, newest first.
    for (const entry of readChanges(ROOT)) {
      if (!entry.capability) continue;
      const page = entry.pages.find((p) => levels.has(p));
      expect(page, entry.what).toBeDefined();
      expect(
        [entry.old, entry.new].filter((label) => labels.has(label)),
        entry.what,
      ).toHaveLength(2);
      expect(entry.new, entry.what).not.toBe(entry.old);
      const cell = `${page} ${entry.capability}`;
      if (!latest.has(cell)) latest.set(cell, entry.new);
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
    const log = [
      change('2026-01-05', 'one'),
      change('2026-03-01', 'two'),
      change('2026-02-01', 'other page', ['/frameworks/b/']),
      change('2026-06-01', 'three'),
      change('2026-04-01', 'four'),
    ];
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
    expect(feed).not.toContain('<now>');
    expect(feed).not.toMatch(/<title>[^<]*"[^<]*<\/title>/);
  });
});

describe('combinations', () => {
  it('the two-member stacks of content/data/stacks.yaml are valid and cover the pairs the issue names', () => {
    const list = yaml('stacks.yaml');
    expect(problems(stackListSchema(ids).safeParse(list))).toEqual([]);
    const pairs = combinationsOf(list as StackData[]).map((c) => [c.lead, c.partner].sort().join('+'));
    expect(pairs).toEqual(expect.arrayContaining(['kubeflow+mlflow', 'metaflow+mlflow', 'mlflow+sagemaker', 'kubeflow+vertex-ai']));
  });

  it('rejects a set of members listed twice (in any order), a member twice and an unknown framework', () => {
    const member = (framework: string) => ({ framework, role: 'Runs the pipelines on Kubernetes.', covers: ['pipeline-orchestration'], runs: 'Your team.' });
    const one = {
      id: 'a',
      title: 'A',
      members: [member('kubeflow'), member('mlflow')],
      connection: 'Steps log with the MLflow client.',
      summary: 'Kubeflow runs pipelines; MLflow tracks them.',
      sources: ['kubeflow-mlflow-kep'],
    };
    const found = problems(
      stackListSchema(ids).safeParse([
        one,
        { ...one, id: 'b', members: [member('mlflow'), member('kubeflow')] },
        { ...one, id: 'c', members: [member('mlflow'), member('mlflow')] },
        { ...one, id: 'd', members: [member('kubeflow'), member('nowhere')] },
      ]),
    );
    expect(found).toEqual([
      '2.members.1.framework: mlflow is a member twice',
      '3.members.1.framework: unknown framework id "nowhere": add it to content/frameworks/ or fix the spelling',
      '1.members: kubeflow + mlflow is listed twice',
    ]);
  });

  it('a two-member stack is a combination: the first member leads, with each role', () => {
    const stack = {
      id: 'x',
      title: 'X',
      members: [
        { framework: 'a', role: 'role of a', covers: [], runs: '' },
        { framework: 'b', role: 'role of b', covers: [], runs: '' },
      ],
      connection: '',
      summary: 's',
      sources: ['x'],
    } as unknown as StackData;
    expect(combinationsOf([stack])).toEqual([{ lead: 'a', partner: 'b', summary: 's', leadRole: 'role of a', partnerRole: 'role of b', sources: ['x'] }]);
  });

  it('finds a combination whichever way round the pair comes, with each role', () => {
    const list = [{ lead: 'a', partner: 'b', summary: 's', leadRole: 'role of a', partnerRole: 'role of b', sources: ['x'] }];
    expect(findCombination(list, 'b', 'a')).toEqual({ summary: 's', sources: ['x'], roles: { a: 'role of a', b: 'role of b' } });
    expect(findCombination(list, 'a', 'c')).toBeUndefined();
  });
});
