import { describe, expect, it } from 'vitest';
import { coverageNote, coveredFrameworks, namedFrameworks, type CoverageData } from '../../src/lib/search/coverage';
import { relatedPages, runSearch, type EngineData, type SearchEngine } from '../../src/lib/search/results';
import { engineQuery, highlight, matchesTerm, meaningfulTerms } from '../../src/lib/search/terms';

describe('query terms', () => {
  it('keeps the words that carry the meaning', () => {
    expect(meaningfulTerms('scale to zero')).toEqual(['scale', 'zero']);
    expect(meaningfulTerms('How much does SageMaker cost?')).toEqual(['sagemaker', 'cost']);
    expect(meaningfulTerms('vertex ai versus sagemaker')).toEqual(['vertex', 'ai', 'sagemaker']);
    expect(engineQuery('lock-in')).toBe('lock-in');
    // A query of only common words is searched as typed rather than not at all.
    expect(meaningfulTerms('to be or not')).toEqual(['not']);
    expect(meaningfulTerms('to be')).toEqual(['to', 'be']);
  });

  it('matches a word and its inflections, never a longer unrelated word', () => {
    expect(matchesTerm('endpoints,', 'endpoint')).toBe(true);
    expect(matchesTerm('Deployed', 'deploy')).toBe(true);
    expect(matchesTerm('tooling', 'to')).toBe(false);
    expect(matchesTerm('today', 'to')).toBe(false);
    expect(matchesTerm('aim', 'ai')).toBe(false);
    expect(matchesTerm('AI', 'ai')).toBe(true);
    expect(matchesTerm('scalability', 'scale')).toBe(false);
  });

  it('highlights only the meaningful words', () => {
    expect(highlight('endpoints scale to zero today', ['scale', 'zero'])).toEqual([
      { text: 'endpoints ', mark: false },
      { text: 'scale', mark: true },
      { text: ' to ', mark: false },
      { text: 'zero', mark: true },
      { text: ' today', mark: false },
    ]);
  });
});

const coverage: CoverageData = {
  frameworks: coveredFrameworks([
    { title: 'Azure Machine Learning', shortName: 'Azure ML', aliases: [{ name: 'Microsoft Foundry', relation: 'related product' }], path: '/f/a/' },
    { title: 'Google Vertex AI', shortName: 'Vertex AI', aliases: [{ name: 'AI Platform', relation: 'former name' }], path: '/f/v/' },
    { title: 'Amazon SageMaker AI', shortName: 'SageMaker AI', aliases: [{ name: 'SageMaker', relation: 'former name' }], path: '/f/s/' },
    { title: 'Alpha Flow', shortName: 'Alpha', aliases: [], path: '/f/x/' },
    { title: 'Alpha Grid', shortName: 'Alpha Grid', aliases: [], path: '/f/y/' },
  ]),
  frameworksIndexPath: '/f/',
  otherTools: { title: 'Other tools', path: '/g/other/', tools: [{ name: 'Dagster', path: '/g/other/#dagster' }] },
};

describe('coverage', () => {
  it('knows the names readers use: title, short name, former names and a distinctive first word', () => {
    const [azure, vertex, , alphaFlow] = coverage.frameworks;
    expect(azure!.names).toEqual(['Azure Machine Learning', 'Azure ML', 'azure']);
    expect(vertex!.names).toEqual(['Google Vertex AI', 'Vertex AI', 'AI Platform', 'google', 'vertex']);
    // "Alpha" starts two frameworks, so on its own it names neither; a related product is not a name.
    expect(alphaFlow!.names).toEqual(['Alpha Flow', 'Alpha']);
    expect(azure!.names).not.toContain('Microsoft Foundry');
  });

  it('finds the frameworks a query names, in the order it names them', () => {
    expect(namedFrameworks('vertex ai versus sagemaker', coverage).map((f) => f.title)).toEqual(['Google Vertex AI', 'Amazon SageMaker AI']);
    expect(namedFrameworks('metaflow vs azure', coverage).map((f) => f.title)).toEqual(['Azure Machine Learning']);
    expect(namedFrameworks('registry', coverage)).toEqual([]);
  });

  it('says whether a tool is covered, listed as not covered, or unknown', () => {
    expect(coverageNote('SageMaker pricing', coverage).kind).toBe('covered');
    expect(coverageNote('dagster', coverage)).toEqual({ kind: 'not-covered', tool: 'Dagster', path: '/g/other/#dagster', listTitle: 'Other tools' });
    const unknown = coverageNote('ZenML', coverage);
    expect(unknown.kind).toBe('unknown');
    if (unknown.kind === 'unknown') expect(unknown.otherTools?.path).toBe('/g/other/');
  });
});

/** A tiny engine: pages in a fixed order, all matching every query, filtered like Pagefind. */
function fakeEngine(pages: EngineData[]): SearchEngine & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    async search(term, options = {}) {
      calls.push({ term, filters: options.filters });
      const keep = pages.filter((page) =>
        Object.entries(options.filters ?? {}).every(([key, value]) => {
          const values = page.filters[key] ?? [];
          return typeof value === 'string' ? values.includes(value) : value.all.every((v) => values.includes(v));
        }),
      );
      return { results: keep.map((data, index) => ({ id: data.url, score: 10 - index, data: async () => data })) };
    },
  };
}

function page(url: string, title: string, content: string, extra: Partial<EngineData> = {}): EngineData {
  const pageWords = content.split(/\s+/);
  const locations = pageWords.flatMap((word, index) => (/scale|zero|vertex|sagemaker/i.test(word) ? [index] : []));
  return { url, meta: { title }, content, locations, anchors: [], filters: { type: ['Guide'] }, ...extra };
}

describe('the search pipeline', () => {
  it('puts the page whose heading is the query above pages that only mention it, and links to that heading', async () => {
    const engine = fakeEngine([
      page('/a/', 'Hidden costs', 'Idle endpoints cost money unless they scale to zero at night.'),
      page('/g/', 'Glossary', 'Autoscaling Adds replicas. Scale to zero Removing every replica when idle so nothing is billed.', {
        anchors: [
          { element: 'dt', id: 'autoscaling', text: 'Autoscaling', location: 0 },
          { element: 'dt', id: 'scale-to-zero', text: 'Scale to zeroAlso: scale-to-zero', location: 3 },
        ],
      }),
    ]);
    const outcome = await runSearch(engine, 'scale to zero');
    expect(outcome.hits.map((h) => h.url)).toEqual(['/g/', '/a/']);
    expect(outcome.hits[0]!.section).toEqual({ title: 'Scale to zero', url: '/g/#scale-to-zero' });
    expect(engine.calls[0]).toEqual({ term: 'scale zero', filters: {} });
  });

  it('pins the pair page when a query names two frameworks, and folds the other pair pages', async () => {
    const pair = (a: string, b: string) =>
      page(`/compare/${a}-vs-${b}/`, `${a} vs ${b}`, `${a} and ${b} compared`, { filters: { type: ['Comparison'], framework: [a, b] } });
    const engine = fakeEngine([
      pair('Amazon SageMaker AI', 'Azure Machine Learning'),
      page('/f/v/', 'Google Vertex AI', 'Vertex AI overview', { filters: { type: ['Framework'], framework: ['Google Vertex AI'] } }),
      pair('Amazon SageMaker AI', 'Google Vertex AI'),
      pair('Azure Machine Learning', 'Google Vertex AI'),
    ]);
    const outcome = await runSearch(engine, 'vertex ai versus sagemaker', { coverage });
    expect(outcome.hits.map((h) => h.title)).toEqual(['Amazon SageMaker AI vs Google Vertex AI', 'Google Vertex AI']);
    expect(outcome.alsoMatched.map((h) => h.title)).toEqual(['Amazon SageMaker AI vs Azure Machine Learning', 'Azure Machine Learning vs Google Vertex AI']);
  });

  it('lifts a dimension page past up to two tool or guide pages, never past a framework page', async () => {
    const typed = (url: string, type: string) => page(url, url, 'about scale here', { filters: { type: [type] } });
    const engine = fakeEngine([typed('/t/', 'Tool'), typed('/g/', 'Guide'), typed('/c/', 'Tool'), typed('/d/', 'Dimension'), typed('/f/', 'Framework'), typed('/e/', 'Dimension')]);
    const outcome = await runSearch(engine, 'scale');
    expect(outcome.hits.map((h) => h.url)).toEqual(['/t/', '/d/', '/g/', '/c/', '/f/', '/e/']);
  });

  it('keeps each excerpt short, with a mark on each meaningful word only', async () => {
    const long = `${'filler '.repeat(40)}endpoints scale to zero only when asked ${'more '.repeat(40)}`;
    const outcome = await runSearch(fakeEngine([page('/p/', 'Serving', long)]), 'scale to zero');
    // 26 words from 6 before the match: five fillers, "endpoints", the six matched words, fourteen more.
    const excerpt = outcome.hits[0]!.excerpt;
    expect(excerpt.filter((s) => s.mark).map((s) => s.text)).toEqual(['scale', 'zero']);
    expect(excerpt.map((s) => s.text).join('')).toBe(`… ${'filler '.repeat(5)}endpoints scale to zero only when asked ${'more '.repeat(14).trim()} …`);
  });

  it('returns nothing for an empty query, and related pages only when shortening a long word changes it', async () => {
    const engine = fakeEngine([page('/k/', 'Kubeflow', 'Kubeflow runs on Kubernetes')]);
    expect((await runSearch(engine, '   ')).hits).toEqual([]);
    expect(await relatedPages(engine, 'ai')).toEqual([]);
    const related = await relatedPages(engine, 'kubeflw');
    expect(related.map((h) => h.url)).toEqual(['/k/']);
    expect(engine.calls.at(-1)).toEqual({ term: 'kube', filters: {} });
  });
});
