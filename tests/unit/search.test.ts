import { describe, expect, it } from 'vitest';
import { coverageNote, coveredFrameworks, frameworkNames, namedFrameworks, readNames, type CoverageData } from '~/lib/search/coverage';
import { relatedPages, runSearch, type EngineData, type SearchEngine } from '~/lib/search/results';
import { engineQuery, highlight, matchesTerm, meaningfulTerms } from '~/lib/search/terms';

describe('query terms', () => {
  it('keeps the words that carry the meaning', () => {
    expect(meaningfulTerms('scale to zero')).toEqual(['scale', 'zero']);
    expect(meaningfulTerms('How much does SageMaker cost?')).toEqual(['sagemaker', 'cost']);
    expect(meaningfulTerms('vertex ai versus sagemaker')).toEqual(['vertex', 'ai', 'sagemaker']);
    expect(meaningfulTerms('wandb vs mlflow')).toEqual(['wandb', 'mlflow']);
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
  frameworks: coveredFrameworks(
    [
      {
        id: 'fw-a',
        title: 'Azure Machine Learning',
        shortName: 'Azure ML',
        aliases: [
          { name: 'Microsoft Foundry', relation: 'related product' },
          { name: 'Foundry Serve', relation: 'related product' },
        ],
        path: '/f/a/',
      },
      {
        id: 'fw-v',
        title: 'Google Vertex AI',
        shortName: 'Vertex AI',
        aliases: [
          { name: 'AI Platform', relation: 'former name' },
          { name: 'Vertex 2', relation: 'version scheme' },
        ],
        path: '/f/v/',
      },
      {
        id: 'fw-s',
        title: 'Amazon SageMaker AI',
        shortName: 'SageMaker AI',
        aliases: [
          { name: 'SageMaker', relation: 'former name' },
          { name: 'Hosted Ledger', relation: 'related product' },
        ],
        path: '/f/s/',
      },
      { id: 'alpha-flow', title: 'Alpha Flow', shortName: 'Alpha', aliases: [], path: '/f/x/' },
      { id: 'alpha-grid', title: 'Alpha Grid', shortName: 'Alpha Grid', aliases: [], path: '/f/y/' },
      {
        id: 'delta',
        title: 'Delta Bricks',
        shortName: 'Delta',
        aliases: [
          { name: 'Azure Delta Bricks', relation: 'related product' },
          { name: 'Hosted Ledger', relation: 'related product' },
        ],
        path: '/f/d/',
      },
      { id: 'pen-ink', title: 'Pen & Ink', shortName: 'P&I', aliases: [{ name: 'penink (Python package)', relation: 'repository' }], path: '/f/p/' },
    ],
    ['Dagster', 'Foundry Serve'],
  ),
  frameworksIndexPath: '/f/',
  otherTools: {
    title: 'Other tools',
    path: '/g/other/',
    tools: [
      { name: 'Dagster', path: '/g/other/#dagster' },
      { name: 'Foundry Serve', path: '/g/other/#foundry-serve' },
    ],
  },
};

const titles = (query: string) => namedFrameworks(query, coverage).map((f) => f.title);

describe('coverage', () => {
  it('knows the names readers use: title, short name, id, aliases and a distinctive first word', () => {
    const [azure, vertex, , alphaFlow, , delta, pen] = coverage.frameworks;
    // A related product ("Microsoft Foundry") is a name; one the page of tools not covered lists is that page's.
    expect(azure!.names).toEqual(['Azure Machine Learning', 'Azure ML', 'fw-a', 'Microsoft Foundry', 'azure']);
    // A version scheme is not a name.
    expect(vertex!.names).toEqual(['Google Vertex AI', 'Vertex AI', 'fw-v', 'AI Platform', 'google', 'vertex']);
    // "Alpha" starts two frameworks, so on its own it names neither.
    expect(alphaFlow!.names).toEqual(['Alpha Flow', 'Alpha', 'alpha-flow']);
    // "Hosted Ledger" is claimed by two frameworks, so it names neither; a bracketed gloss is dropped.
    expect(delta!.names).toEqual(['Delta Bricks', 'Delta', 'Azure Delta Bricks']);
    expect(pen!.names).toEqual(['Pen & Ink', 'P&I', 'pen-ink', 'penink', 'pen']);
  });

  it('lists a framework’s own names once, without its version schemes', () => {
    expect(
      frameworkNames({
        id: 'delta',
        title: 'Delta Bricks',
        shortName: 'Delta',
        aliases: [
          { name: 'Delta 4 (2026)', relation: 'version scheme' },
          { name: 'delta bricks', relation: 'former name' },
        ],
      }),
    ).toEqual(['Delta Bricks', 'Delta']);
  });

  it('finds the frameworks a query names, in the order it names them', () => {
    expect(titles('vertex ai versus sagemaker')).toEqual(['Google Vertex AI', 'Amazon SageMaker AI']);
    expect(titles('metaflow vs azure')).toEqual(['Azure Machine Learning']);
    expect(titles('registry')).toEqual([]);
    expect(titles('fw-s vs fw-v')).toEqual(['Amazon SageMaker AI', 'Google Vertex AI']);
    // Common words between the words of a name do not matter: "&" and "and" read alike.
    expect(titles('pen and ink vs SageMaker')).toEqual(['Pen & Ink', 'Amazon SageMaker AI']);
    expect(titles('P&I or penink')).toEqual(['Pen & Ink']);
  });

  it('reads the longest name first, so a product named after two frameworks is one of them', () => {
    expect(titles('Azure Delta Bricks')).toEqual(['Delta Bricks']);
    expect(titles('azure delta bricks vs azure ml')).toEqual(['Delta Bricks', 'Azure Machine Learning']);
    expect(titles('Hosted Ledger')).toEqual([]);
  });

  it('tells a query that is only names from one that asks about something', () => {
    expect(readNames('Azure Delta Bricks', coverage)).toEqual({ frameworks: [coverage.frameworks[5]], onlyNames: true });
    expect(readNames('the fw-s', coverage).onlyNames).toBe(true);
    expect(readNames('delta vs alpha grid', coverage).onlyNames).toBe(true);
    expect(readNames('delta pricing', coverage).onlyNames).toBe(false);
    expect(readNames('pricing', coverage)).toEqual({ frameworks: [], onlyNames: false });
  });

  it('says whether a tool is covered, listed as not covered, or unknown', () => {
    expect(coverageNote('SageMaker pricing', coverage).kind).toBe('covered');
    expect(coverageNote('dagster', coverage)).toEqual({ kind: 'not-covered', tool: 'Dagster', path: '/g/other/#dagster', listTitle: 'Other tools' });
    expect(coverageNote('foundry serve', coverage)).toMatchObject({ kind: 'not-covered', tool: 'Foundry Serve' });
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
    const pair = (a: string, b: string) => page(`/compare/${a}-vs-${b}/`, `${a} vs ${b}`, `${a} and ${b} compared`, { filters: { type: ['Comparison'], framework: [a, b] } });
    const engine = fakeEngine([
      pair('Amazon SageMaker AI', 'Azure Machine Learning'),
      page('/f/v/', 'Google Vertex AI', 'Vertex AI overview', { filters: { type: ['Framework'], framework: ['Google Vertex AI'] } }),
      pair('Amazon SageMaker AI', 'Google Vertex AI'),
      pair('Azure Machine Learning', 'Google Vertex AI'),
    ]);
    const outcome = await runSearch(engine, 'vertex ai versus sagemaker', { coverage });
    expect(outcome.hits.map((h) => h.title)).toEqual(['Amazon SageMaker AI vs Google Vertex AI', 'Google Vertex AI']);
    // The pinned pair page answers the query as a whole: no section, an excerpt from its start.
    expect(outcome.hits[0]!.section).toBeUndefined();
    expect(outcome.hits[0]!.excerpt.map((s) => s.text).join('')).toBe('Amazon SageMaker AI and Google Vertex AI compared');
    expect(outcome.alsoMatched.map((h) => h.title)).toEqual(['Amazon SageMaker AI vs Azure Machine Learning', 'Azure Machine Learning vs Google Vertex AI']);
  });

  it('pins the framework page when the query is only that framework’s name, not when it asks about more', async () => {
    const pair = page('/compare/azure-delta/', 'Azure Machine Learning vs Delta Bricks', 'Azure Delta Bricks and Azure ML compared', {
      filters: { type: ['Comparison'], framework: ['Azure Machine Learning', 'Delta Bricks'] },
    });
    const delta = page('/f/d/', 'Delta Bricks', 'Delta Bricks runs on Azure as Azure Delta Bricks', { filters: { type: ['Framework'], framework: ['Delta Bricks'] } });
    const engine = fakeEngine([pair, delta]);
    expect((await runSearch(engine, 'Azure Delta Bricks', { coverage })).hits.map((h) => h.url)).toEqual(['/f/d/', '/compare/azure-delta/']);
    expect(engine.calls.at(-1)).toEqual({ term: null, filters: { type: 'Framework', framework: 'Delta Bricks' } });
    // A name with a topic is a question for Pagefind's ranking, not a pinned page.
    const calls = engine.calls.length;
    await runSearch(engine, 'delta pricing', { coverage });
    expect(engine.calls.length).toBe(calls + 1);
    // A reader's own filter is kept: nothing is pinned past it.
    await runSearch(engine, 'Delta', { coverage, filters: { type: 'Comparison' } });
    expect(engine.calls.length).toBe(calls + 2);
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
