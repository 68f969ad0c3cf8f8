import { describe, expect, it } from 'vitest';
import { questionIntent } from '../../src/lib/search/intent';
import { editDistance, suggestQuery, vocabulary } from '../../src/lib/search/suggest';

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
