import { describe, expect, it } from 'vitest';
import type { CoverageData } from '~/lib/search/coverage';
import { questionIntent } from '~/lib/search/intent';
import { runSearch, type EngineData, type SearchEngine } from '~/lib/search/results';
import { editDistance, suggestQuery, vocabulary } from '~/lib/search/suggest';

const known = vocabulary(['Kubeflow', 'MLflow', 'Metaflow', 'Amazon SageMaker AI', 'SageMaker', 'Google Vertex AI', 'Experiment tracking', 'Cost and effort calculator']);

describe('editDistance', () => {
  it('counts inserts, deletes, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('kubeflw', 'kubeflow')).toBe(1); // one letter left out
    expect(editDistance('metaflwo', 'metaflow')).toBe(1); // two letters swapped
    expect(editDistance('sagemkr', 'sagemaker')).toBe(2);
    expect(editDistance('mlflow', 'metaflow')).toBe(3); // l→e, then insert t and a
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('suggestQuery', () => {
  it('corrects a misspelled name to the guide’s spelling', () => {
    expect(suggestQuery('kubeflw', known)).toBe('Kubeflow');
    expect(suggestQuery('mlfow', known)).toBe('MLflow');
    expect(suggestQuery('experiment trackng', known)).toBe('Experiment tracking');
    expect(suggestQuery('cost calculater', known)).toBe('Cost calculator');
  });

  it('keeps common words and writes known words the guide’s way', () => {
    expect(suggestQuery('vertx ai vs sagemaker', known)).toBe('Vertex AI vs SageMaker');
  });

  it('suggests nothing when every word is known, too short or too far from any name', () => {
    expect(suggestQuery('kubeflow vs mlflow', known)).toBeUndefined();
    expect(suggestQuery('egress', known)).toBeUndefined();
    expect(suggestQuery('mlf', known)).toBeUndefined(); // under four letters
    expect(suggestQuery('kbflw', known)).toBeUndefined(); // three edits from Kubeflow
  });
});

describe('questionIntent', () => {
  it('reads cost and setup questions', () => {
    expect(questionIntent('how much does kubeflow cost', true)).toBe('cost');
    expect(questionIntent('Databricks pricing', true)).toBe('cost');
    expect(questionIntent('how long to set up mlflow', true)).toBe('setup');
    expect(questionIntent('how hard is kubeflow to install', true)).toBe('setup');
  });

  it('leaves topic searches alone', () => {
    expect(questionIntent('hidden costs', false)).toBeUndefined();
    expect(questionIntent('DBU pricing', false)).toBeUndefined();
    expect(questionIntent('feature set for kubeflow', true)).toBeUndefined();
    expect(questionIntent('how does tracing work', false)).toBeUndefined();
  });
});

/** An engine that, like Pagefind, also matches near spellings: a word sharing its first four letters with a term. */
function nearEngine(pages: EngineData[]): SearchEngine {
  const near = (word: string, term: string) => word.toLowerCase().slice(0, 4) === term.slice(0, 4);
  return {
    async search(term, options = {}) {
      const terms = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const filtered = pages.filter((page) =>
        Object.entries(options.filters ?? {}).every(([key, value]) => typeof value === 'string' && (page.filters[key] ?? []).includes(value)),
      );
      const keep = filtered.filter((page) => terms.every((t) => `${page.meta.title} ${page.content}`.split(/\s+/).some((word) => near(word, t))));
      return { results: keep.map((data) => ({ id: data.url, score: 1, data: async () => data })) };
    },
  };
}

const page = (url: string, title: string, content: string, type = 'Dimension', framework: string[] = []): EngineData => ({
  url,
  meta: { title },
  content,
  locations: [0],
  anchors: [],
  filters: { type: [type], framework },
});

const pages = [
  page('/d/scale/', 'Scalability', 'Kubernetes clusters grow with the work.'),
  page('/f/kubeflow/', 'Kubeflow', 'Kubeflow runs pipelines on Kubernetes.', 'Framework', ['Kubeflow']),
  page('/t/calc/', 'Cost and effort calculator', 'What each framework would cost a team, Kubeflow included.', 'Tool'),
];
const searchCoverage: CoverageData = {
  frameworks: [{ title: 'Kubeflow', names: ['Kubeflow'], path: '/f/kubeflow/' }],
  frameworksIndexPath: '/f/',
  otherTools: null,
  vocabulary: ['Kubeflow', 'Scalability', 'Cost and effort calculator'],
  answers: { cost: { title: 'Cost and effort calculator', path: '/t/calc/' } },
};

describe('the search pipeline forgives', () => {
  it('searches for the corrected name when no page holds the word as typed, and says so', async () => {
    const outcome = await runSearch(nearEngine(pages), 'kubeflw', { coverage: searchCoverage });
    expect(outcome.suggestion).toBe('Kubeflow');
    expect(outcome.query).toBe('kubeflw');
    expect(outcome.hits[0]!.url).toBe('/f/kubeflow/');
  });

  it('suggests nothing when a page holds the words as typed', async () => {
    const outcome = await runSearch(nearEngine(pages), 'kubernetes', { coverage: searchCoverage });
    expect(outcome.suggestion).toBeUndefined();
    expect(outcome.hits.map((h) => h.url)).toContain('/d/scale/');
  });

  it('leads a cost question with the page that answers it', async () => {
    const outcome = await runSearch(nearEngine(pages), 'how much does kubeflow cost', { coverage: searchCoverage });
    expect(outcome.hits[0]!.url).toBe('/t/calc/');
  });
});
