import { describe, expect, it } from 'vitest';
import { describeIssues, dimensionSchema, frameworkSchema, guideSchema, sourceSchema } from '../../src/lib/schema';
import { readKnownIds } from '../../src/lib/known-ids';
import { citedInBody, readCollection, readSources, ROOT } from '../support/content';

const ids = readKnownIds(ROOT);

describe('the real content satisfies its schemas', () => {
  it.each(readCollection('frameworks').map((f) => [f.path, f] as const))('%s', (_path, file) => {
    const result = frameworkSchema(ids).safeParse(file.data);
    expect(result.success ? [] : describeIssues(result.error)).toEqual([]);
  });
  it.each(readCollection('dimensions').map((f) => [f.path, f] as const))('%s', (_path, file) => {
    const result = dimensionSchema().safeParse(file.data);
    expect(result.success ? [] : describeIssues(result.error)).toEqual([]);
  });
  it.each(readCollection('guides').map((f) => [f.path, f] as const))('%s', (_path, file) => {
    const result = guideSchema(ids).safeParse(file.data);
    expect(result.success ? [] : describeIssues(result.error)).toEqual([]);
  });
  it('content/data/sources.yaml', () => {
    const problems = readSources().flatMap((source, index) => {
      const result = sourceSchema().safeParse(source);
      return result.success ? [] : describeIssues(result.error).map((line) => `entry ${index + 1}: ${line}`);
    });
    expect(problems).toEqual([]);
  });
  it('every <Cite ids="…"> in an article body names a known source', () => {
    const unknown = ['frameworks', 'dimensions', 'guides'].flatMap((collection) =>
      readCollection(collection).flatMap((file) =>
        citedInBody(file.body)
          .filter((id) => !ids.sources.has(id))
          .map((id) => `${file.path}: ${id}`),
      ),
    );
    expect(unknown).toEqual([]);
  });
});
