import { describe, expect, it } from 'vitest';
import { dimensionSchema, frameworkSchema, guideSchema, sourceSchema } from '~/lib/schema';
import { readKnownIds } from '~/data/content-files';
import { sourceIdsInBody } from '~/lib/citations';
import { readCollection, readSources, ROOT } from '../support/content';
import { problems } from '../support/problems';

const ids = readKnownIds(ROOT);

describe('the real content satisfies its schemas', () => {
  it.each(readCollection('frameworks').map((f) => [f.path, f] as const))('%s', (_path, file) => {
    expect(problems(frameworkSchema(ids), file.data)).toEqual([]);
  });
  it.each(readCollection('dimensions').map((f) => [f.path, f] as const))('%s', (_path, file) => {
    expect(problems(dimensionSchema(), file.data)).toEqual([]);
  });
  it.each(readCollection('guides').map((f) => [f.path, f] as const))('%s', (_path, file) => {
    expect(problems(guideSchema(ids), file.data)).toEqual([]);
  });
  it('content/data/sources.yaml', () => {
    const found = readSources().flatMap((source, index) => problems(sourceSchema(), source).map((line) => `entry ${index + 1}: ${line}`));
    expect(found).toEqual([]);
  });
  it('every <Cite ids="…"> in an article body names a known source', () => {
    const unknown = ['frameworks', 'dimensions', 'guides'].flatMap((collection) =>
      readCollection(collection).flatMap((file) =>
        sourceIdsInBody(file.body)
          .filter((id) => !ids.sources.has(id))
          .map((id) => `${file.path}: ${id}`),
      ),
    );
    expect(unknown).toEqual([]);
  });
});
