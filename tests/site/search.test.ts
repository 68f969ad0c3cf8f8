import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS } from '../support/builds.mjs';
import { openSearch, type NodeSearch } from '../support/pagefind';

const { base, outDir } = BUILDS.sub;
let search: NodeSearch;

beforeAll(async () => {
  search = await openSearch(outDir, base);
});
afterAll(async () => {
  await search.close();
});

const top = async (term: string, count = 1) => (await search.search(term)).slice(0, count).map((r) => r.url);

describe('search over the built index (under /field-guide/)', () => {
  it.each([
    ['MLflow', 'mlflow'],
    ['Kubeflow', 'kubeflow'],
    ['SageMaker AI', 'sagemaker'],
    ['Azure Machine Learning', 'azure-ml'],
    ['Vertex AI', 'vertex-ai'],
    ['Metaflow', 'metaflow'],
  ])('"%s" returns its framework page first', async (term, id) => {
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
  ])('"%s" lands on the pair page first', async (term, path) => {
    expect(await top(term)).toEqual([`${base}${path}`]);
  });

  it('filters by page type, and every result URL carries the base path', async () => {
    const filters = await search.filters();
    expect(filters.type?.Framework).toBe(6);
    expect(filters.type?.Dimension).toBe(17);
    expect(filters.type?.Comparison).toBe(16);
    const results = await search.search('cost', { type: 'Dimension' });
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.url).toMatch(new RegExp(`^${base}dimensions/[a-z-]+/$`));
  });

  it('filters by framework', async () => {
    const filters = await search.filters();
    expect(Object.keys(filters.framework ?? {})).toEqual(
      expect.arrayContaining(['MLflow', 'Kubeflow', 'Amazon SageMaker AI', 'Azure Machine Learning', 'Google Vertex AI', 'Metaflow']),
    );
  });
});
