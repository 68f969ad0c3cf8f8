import { describe, expect, it } from 'vitest';
import { BUILDS } from '../support/builds.mjs';
import { readCollection } from '../support/content';
import { searchForFile } from '../support/pagefind';

const { base } = BUILDS.sub;
const { search } = searchForFile();

const frameworks = readCollection('frameworks').map((f) => ({ id: f.id, title: String(f.data.title) }));
const guides = readCollection('guides').map((g) => ({ id: g.id, frameworks: (g.data.frameworks as string[] | undefined) ?? [] }));
const top = async (term: string, count = 1) => (await search.run(term)).hits.slice(0, count).map((r) => r.url);

describe('search over the built index (under /field-guide/)', () => {
  it.each(frameworks.map((f) => [f.title, f.id]))('"%s" returns its framework page first', async (term, id) => {
    expect(await top(term)).toEqual([`${base}frameworks/${id}/`]);
  });

  it.each([
    ['Amazon SageMaker', 'sagemaker'],
    ['Gemini Enterprise Agent Platform', 'vertex-ai'],
    ['Agent Platform Pipelines', 'vertex-ai'],
    ['Microsoft Foundry', 'azure-ml'],
    ['Azure AI Foundry', 'azure-ml'],
    ['Kubeflow 26.03', 'kubeflow'],
    ['Outerbounds', 'metaflow'],
  ])('the former or alternative name "%s" finds the right page in the top three', async (term, id) => {
    expect(await top(term, 3)).toContain(`${base}frameworks/${id}/`);
  });

  it.each([
    ['HIPAA', 'dimensions/security-compliance/'],
    ['FedRAMP', 'dimensions/security-compliance/'],
    ['egress', 'dimensions/hidden-costs/'],
    ['idle endpoints', 'dimensions/hidden-costs/'],
    ['Kubernetes', 'frameworks/kubeflow/'],
    ['experiment tracking', 'dimensions/experiment-tracking/'],
    ['model registry', 'dimensions/model-registry/'],
    ['lock-in', 'dimensions/portability-lock-in/'],
    ['Netflix', 'frameworks/metaflow/'],
    ['Spotify', 'frameworks/kubeflow/'],
    ['PayPal', 'frameworks/vertex-ai/'],
    ['Kubeflow Hub', 'frameworks/kubeflow/'],
    ['glossary', 'guides/glossary/'],
  ])('a reader searching "%s" finds %s in the top three', async (term, path) => {
    expect(await top(term, 3)).toContain(`${base}${path}`);
  });

  it.each([
    ['mlflow vs kubeflow', 'compare/kubeflow-vs-mlflow/'],
    ['Kubeflow vs MLflow', 'compare/kubeflow-vs-mlflow/'],
    ['SageMaker vs Vertex AI', 'compare/sagemaker-vs-vertex-ai/'],
    ['metaflow vs azure', 'compare/azure-ml-vs-metaflow/'],
    ['vertex ai versus sagemaker', 'compare/sagemaker-vs-vertex-ai/'],
  ])('"%s" lands on the pair page first', async (term, path) => {
    expect(await top(term)).toEqual([`${base}${path}`]);
  });

  it('every name of a framework, as its aliases list them, returns its framework page first', async () => {
    const misses: string[] = [];
    for (const framework of search.coverage.frameworks) {
      for (const name of framework.names) {
        const [first] = await top(name);
        if (first !== framework.path) misses.push(`"${name}" → ${first ?? '(nothing)'}, not ${framework.path}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('"X vs Y" by ids, short names or any names finds the pair page first, whichever way round', async () => {
    const byTitle = new Map(search.coverage.frameworks.map((f) => [f.title, f]));
    const entries = readCollection('frameworks');
    const misses: string[] = [];
    for (const [i, a] of entries.entries()) {
      for (const b of entries.slice(i + 1)) {
        const [x, y] = [a, b].sort((p, q) => p.id.localeCompare(q.id));
        const expected = `${base}compare/${x!.id}-vs-${y!.id}/`;
        // The last name each lists (often a former or product name) stands for "any of its names".
        const lastName = (e: typeof a) => byTitle.get(String(e.data.title))!.names.at(-1)!;
        for (const query of [`${a.id} vs ${b.id}`, `${b.data.shortName} vs ${a.data.shortName}`, `${lastName(a)} or ${lastName(b)}`]) {
          const [first] = await top(query);
          if (first !== expected) misses.push(`"${query}" → ${first ?? '(nothing)'}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('common words are neither searched for nor highlighted on their own', async () => {
    const outcome = await search.run('scale to zero');
    const marked = outcome.hits.flatMap((hit) => hit.excerpt.filter((s) => s.mark).flatMap((s) => s.text.toLowerCase().split(/\s+/)));
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word).toMatch(/^(scale|zero)/);
  });

  it('results link to the matching section of a page, with a short excerpt', async () => {
    const outcome = await search.run('canary release');
    const hit = outcome.hits.find((h) => h.url === `${base}guides/glossary/`);
    expect(hit?.section?.url).toBe(`${base}guides/glossary/#canary-release`);
    expect(hit?.section?.title).toBe('Canary release');
    for (const h of outcome.hits)
      expect(
        h.excerpt
          .map((s) => s.text)
          .join('')
          .split(/\s+/).length,
      ).toBeLessThanOrEqual(30);
  });

  it('near-duplicate pair pages are folded into one group under the best of them', async () => {
    const outcome = await search.run(frameworks[0]!.title);
    const pairsInList = outcome.hits.filter((h) => h.type === 'Comparison' && h.frameworks.length === 2);
    expect(pairsInList.length).toBeLessThanOrEqual(1);
    expect(outcome.alsoMatched.length).toBeGreaterThan(0);
    for (const folded of outcome.alsoMatched) expect(folded.url).toMatch(new RegExp(`^${base}compare/[a-z0-9-]+-vs-[a-z0-9-]+/$`));
  });

  it('filters by page type, and every result URL carries the base path', async () => {
    const filters = await search.filters();
    const pairs = (frameworks.length * (frameworks.length - 1)) / 2;
    expect(filters.type?.Framework).toBe(frameworks.length);
    expect(filters.type?.Dimension).toBe(readCollection('dimensions').length);
    expect(filters.type?.Comparison).toBe(pairs + 1);
    const outcome = await search.run('cost', { type: 'Dimension' });
    expect(outcome.hits.length).toBeGreaterThan(0);
    for (const hit of outcome.hits) expect(hit.url).toMatch(new RegExp(`^${base}dimensions/[a-z-]+/$`));
  });

  it('the framework filter means "about this framework": its page, its pair pages and the guides about it', async () => {
    const filters = await search.filters();
    for (const framework of frameworks) {
      const aboutIt = 1 + (frameworks.length - 1) + guides.filter((g) => g.frameworks.includes(framework.id)).length;
      expect(filters.framework?.[framework.title], framework.title).toBe(aboutIt);
      const outcome = await search.run('cost', { framework: framework.title });
      for (const hit of outcome.hits) expect(hit.frameworks, hit.url).toContain(framework.title);
    }
  });
});
