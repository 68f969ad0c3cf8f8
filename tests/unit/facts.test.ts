/**
 * One fact, one place: content/data/facts.yaml is valid, pages refer to its facts instead of typing
 * them, and the helpers that render and check facts behave as documented in content/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeIssues, frameworkSchema } from '~/lib/schema';
import { ageInDays, dollars, isReviewDue, fillFactReferences, findTypedFacts, proseForFactCheck, resolveFact } from '~/lib/facts';
import { readFacts, readKnownIds } from '~/data/content-files';
import { factSchema } from '~/lib/schema/facts';
import { readCollection, ROOT } from '../support/content';

const ids = readKnownIds(ROOT);
const facts = readFacts(ROOT);
const rawFacts = parse(readFileSync(join(ROOT, 'content/data/facts.yaml'), 'utf8')) as Array<Record<string, unknown>>;

/** Every string inside a parsed YAML value, with the path that leads to it. */
function stringsIn(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, `${path}[${index}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    // Ids are not prose: a source id may well contain a fact's words.
    return Object.entries(value)
      .filter(([key]) => !['sources', 'source', 'id', 'fact', 'price'].includes(key))
      .flatMap(([key, child]) => stringsIn(child, path ? `${path}.${key}` : key));
  }
  return [];
}

/** What readers read, file by file: article bodies, frontmatter text and the reader-facing data files. */
function readerText(): Array<{ where: string; text: string }> {
  const articles = ['frameworks', 'dimensions', 'guides'].flatMap((collection) => readCollection(collection));
  const data = [
    'glossary.yaml',
    'decision-questions.yaml',
    'decision-criteria.yaml',
    'decision-profiles.yaml',
    'decision-contradictions.yaml',
    'decision-scenarios.yaml',
    'stacks.yaml',
    'decision-seed-rules.yaml',
    'effort-profiles.yaml',
  ];
  return [
    ...articles.map((file) => ({ where: file.path, text: file.body })),
    ...articles.flatMap((file) => stringsIn(file.data).map(({ path, text }) => ({ where: `${file.path} (frontmatter ${path})`, text }))),
    ...data.flatMap((name) => stringsIn(parse(readFileSync(join(ROOT, 'content/data', name), 'utf8'))).map(({ path, text }) => ({ where: `content/data/${name} ${path}`, text }))),
  ];
}

describe('content/data/facts.yaml', () => {
  it('every entry passes the schema', () => {
    const schema = factSchema(ids);
    const problems = rawFacts.flatMap((raw, index) => {
      const result = schema.safeParse(raw);
      return result.success ? [] : describeIssues(result.error).map((line) => `entry ${index + 1} (${String(raw.id)}): ${line}`);
    });
    expect(problems).toEqual([]);
    expect(facts.size).toBe(rawFacts.length);
  });

  it('covers versions, minimum Kubernetes versions, prices and scale-to-zero support', () => {
    const kinds = new Set([...facts.values()].map((fact) => fact.kind));
    for (const kind of ['version', 'minimum-version', 'price', 'support']) expect(kinds).toContain(kind);
    expect([...facts.values()].some((fact) => fact.kind === 'support' && /scale to zero/i.test(fact.label))).toBe(true);
  });

  it("each fact's patterns catch its own text typed next to its label, so no pattern is vacuous", () => {
    const missed = [...facts.values()].filter((fact) => findTypedFacts(`${fact.label}: ${fact.text}.`, [fact]).length === 0).map((fact) => fact.id);
    expect(missed).toEqual([]);
  });

  it('a price fact shows the figure the cost calculator uses', () => {
    const prices = parse(readFileSync(join(ROOT, 'content/data/prices.yaml'), 'utf8')) as Array<{ id: string; usd: number | null }>;
    for (const raw of rawFacts.filter((r) => typeof r.price === 'string')) {
      const price = prices.find((p) => p.id === raw.price)!;
      expect(facts.get(String(raw.id))!.value).toBe(price.usd === null ? 'quote' : dollars(price.usd));
    }
  });
});

describe('no page types a stored fact by hand', () => {
  it('article bodies, frontmatter and reader-facing data render stored facts instead of repeating them', () => {
    const typed = readerText().flatMap(({ where, text }) =>
      findTypedFacts(text, facts.values()).map((found) => `${where}: "${found.match}" is fact ${found.fact}; use <Fact id="${found.fact}" /> or {fact:${found.fact}}`),
    );
    expect(typed).toEqual([]);
  });
});

describe('every {fact:…} reference is resolved', () => {
  it.each(readCollection('frameworks').map((f) => [f.id, f] as const))('%s: no field shows a raw reference after the schema', (_id, file) => {
    const parsed = frameworkSchema(ids).parse(file.data);
    expect(
      stringsIn(parsed)
        .filter(({ text }) => text.includes('{fact:'))
        .map(({ path }) => path),
    ).toEqual([]);
  });
});

describe('fact helpers', () => {
  const sample = new Map([
    [
      'k8s-min',
      resolveFact(
        {
          id: 'k8s-min',
          label: 'Minimum Kubernetes',
          kind: 'minimum-version',
          value: '1.35',
          text: 'Kubernetes 1.35 or later',
          sources: ['a'],
          asOf: new Date('2026-07-17'),
          typed: ['Kubernetes 1\\.3[45] or later'],
        },
        new Map(),
      ),
    ],
  ]);

  it('catches a hand-typed copy, old or new, and ignores the rendered component, code and link targets', () => {
    expect(findTypedFacts('Release 26.03 needs Kubernetes 1.34 or later.', sample.values())).toEqual([{ fact: 'k8s-min', match: 'Kubernetes 1.34 or later' }]);
    expect(findTypedFacts('It needs Kubernetes\n1.35 or later.', sample.values())).toHaveLength(1);
    expect(findTypedFacts('It needs <Fact id="k8s-min" />.', sample.values())).toEqual([]);
    expect(findTypedFacts('```bash\n# Kubernetes 1.35 or later\n```', sample.values())).toEqual([]);
    expect(proseForFactCheck('see [notes](/x/#kubernetes-1.35-or-later) and {fact:k8s-min}')).not.toMatch(/1\.35/);
  });

  it('fills {fact:id} with the fact text and leaves an unknown id for the schema to report', () => {
    expect(fillFactReferences('Needs {fact:k8s-min}; see {fact:nope}.', sample)).toBe('Needs Kubernetes 1.35 or later; see {fact:nope}.');
  });

  it('formats prices with cents, and more digits only when the source has them', () => {
    expect(dollars(0.1)).toBe('$0.10');
    expect(dollars(0.6)).toBe('$0.60');
    expect(dollars(0.0464)).toBe('$0.0464');
    expect(dollars(200)).toBe('$200');
    expect(dollars(1200)).toBe('$1,200');
  });

  it('a price fact reads from its price', () => {
    const price = { id: 'p', unit: 'cluster-hour', usd: 0.1, source: 'eks-pricing', asOf: new Date('2026-11-26') };
    const fact = resolveFact({ id: 'f', label: 'EKS', kind: 'price', price: 'p', typed: ['x{3}'] }, new Map([['p', price]]));
    expect(fact).toMatchObject({ text: '$0.10 per cluster-hour', sources: ['eks-pricing'], asOf: price.asOf });
    expect(() => resolveFact({ id: 'f', label: 'EKS', kind: 'price', price: 'gone', typed: ['x{3}'] }, new Map())).toThrow(/unknown price "gone"/);
  });

  it('a review is due after 120 days, not on the 120th', () => {
    expect(isReviewDue(new Date('2026-08-03'), new Date('2026-12-01'))).toBe(false);
    expect(isReviewDue(new Date('2026-08-02'), new Date('2026-12-01'))).toBe(true);
  });

  it('counts whole days for the stale report', () => {
    expect(ageInDays(new Date('2026-08-03'), new Date('2026-12-01'))).toBe(120);
    expect(ageInDays(new Date('2026-12-01'), new Date('2026-12-01'))).toBe(0);
  });
});

describe('the fact schema rejects broken entries with messages that name the field', () => {
  const schema = factSchema(ids);
  const problems = (value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? [] : describeIssues(result.error);
  };
  const valid = { id: 'x-fact', label: 'A fact', kind: 'version', value: '1.0', sources: ['eks-pricing'], asOf: '2026-12-01', typed: ['\\b1\\.0\\b'] };

  it('accepts a complete entry', () => expect(problems(valid)).toEqual([]));
  it('needs a value or a price, not both', () => {
    expect(problems({ ...valid, price: 'aws-kubernetes-control-plane' })).toContain('value: give either a value or a price id, not both or neither');
    const { value: _value, ...noValue } = valid;
    expect(problems(noValue)).toContain('value: give either a value or a price id, not both or neither');
  });
  it('names an unknown source, price or framework', () => {
    expect(problems({ ...valid, sources: ['nowhere'] })).toEqual(['sources.0: unknown source id "nowhere": add it to content/data/sources.yaml or fix the spelling']);
    expect(problems({ id: 'p', label: 'P', kind: 'price', price: 'nope', typed: ['abc'] })).toEqual([
      'price: unknown price id "nope": add it to content/data/prices.yaml or fix the spelling',
    ]);
  });
  it('rejects a pattern that does not compile and an empty pattern list', () => {
    expect(problems({ ...valid, typed: ['(unclosed'] })).toEqual(['typed.0: not a valid regular expression: (unclosed']);
    expect(problems({ ...valid, typed: [] })).toEqual(['typed: give at least one pattern that catches a hand-typed copy']);
  });
});

describe('frontmatter refers to facts', () => {
  const kubeflow = () => structuredClone(readCollection('frameworks').find((f) => f.id === 'kubeflow')!.data) as Record<string, any>;

  it('{fact:id} in a cited statement becomes the fact text, and the fact sources join its citations', () => {
    const data = kubeflow();
    data.profile.infrastructureFit = { text: 'Needs {fact:kubeflow-min-kubernetes}.', sources: ['kubeflow-26-03-release'] };
    const parsed = frameworkSchema(ids).parse(data);
    expect(parsed.profile.infrastructureFit.text).toBe(`Needs ${facts.get('kubeflow-min-kubernetes')!.text}.`);
    expect(parsed.profile.infrastructureFit.sources).toEqual(['kubeflow-26-03-release', ...facts.get('kubeflow-min-kubernetes')!.sources]);
  });

  it('latestVersion: { fact } shows a stored version with its date and sources', () => {
    const data = kubeflow();
    data.latestVersion = { fact: 'kubeflow-version' };
    const fact = facts.get('kubeflow-version')!;
    expect(frameworkSchema(ids).parse(data).latestVersion).toEqual({ value: fact.text, asOf: fact.asOf, sources: fact.sources });
  });

  it('an unknown fact id is named, with where to add it', () => {
    const data = kubeflow();
    data.capabilities['model-serving'].note = 'Serves on {fact:no-such-fact}.';
    data.latestVersion = { fact: 'no-such-version' };
    const result = frameworkSchema(ids).safeParse(data);
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!)).toEqual(
      expect.arrayContaining([
        'capabilities.model-serving.note: unknown fact id "no-such-fact": add it to content/data/facts.yaml or fix the spelling',
        'latestVersion.fact: unknown fact id "no-such-version": add it to content/data/facts.yaml or fix the spelling',
      ]),
    );
  });
});
