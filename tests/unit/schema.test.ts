import { describe, expect, it } from 'vitest';
import { dimensionSchema, frameworkSchema, glossaryTermSchema, inFileOrder, sourceSchema, withPosition } from '~/lib/schema';
import { readKnownIds } from '~/data/content-files';
import { readCollection, ROOT } from '../support/content';
import { problems } from '../support/problems';

const ids = readKnownIds(ROOT);
// Any real framework will do as the base of the broken samples: the first one on disk.
const base = readCollection('frameworks')[0]!;
const valid = () => structuredClone(base.data) as Record<string, any>;

describe('schemas reject broken content with messages that name the field', () => {
  it('accepts a real framework’s frontmatter (the base of the broken samples below)', () => {
    expect(problems(frameworkSchema(ids), valid())).toEqual([]);
  });

  it('a missing required field', () => {
    const data = valid();
    delete data.license;
    expect(problems(frameworkSchema(ids), data)).toEqual([expect.stringMatching(/^license: /)]);
  });

  it('an unknown enum value', () => {
    const data = valid();
    data.kind = 'proprietary';
    data.capabilities['model-registry'].level = 'yes';
    const found = problems(frameworkSchema(ids), data);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^kind: .*"open-source"/);
    expect(found[1]).toMatch(/^capabilities\.model-registry\.level: .*"native"/);
  });

  it('an unknown source id, anywhere', () => {
    const data = valid();
    data.latestVersion.sources = ['no-such-source-typo'];
    data.useCases[0].sources.push('nowhere');
    expect(problems(frameworkSchema(ids), data)).toEqual([
      'latestVersion.sources.0: unknown source id "no-such-source-typo": add it to content/data/sources.yaml or fix the spelling',
      `useCases.0.sources.${data.useCases[0].sources.length - 1}: unknown source id "nowhere": add it to content/data/sources.yaml or fix the spelling`,
    ]);
  });

  it('an empty citation list, an empty text and an unexpected field', () => {
    const data = valid();
    data.maintainer = { text: '  ', sources: [] };
    data.colour = 'blue';
    const found = problems(frameworkSchema(ids), data);
    expect(found).toEqual(
      expect.arrayContaining([
        'maintainer.text: text must not be empty',
        'maintainer.sources: cite at least one source id',
        expect.stringMatching(/^\(root\): Unrecognized key: "colour"/),
      ]),
    );
  });

  it('a missing capability', () => {
    const data = valid();
    delete data.capabilities.automl;
    expect(problems(frameworkSchema(ids), data)).toEqual([expect.stringMatching(/^capabilities\.automl: /)]);
  });

  it('a dimension whose table shows nothing, or names an unknown field', () => {
    const base = { title: 'Cost', description: 'A description that is long enough to pass the schema check.', order: 1, lastReviewed: '2026-12-01', group: 'cost-and-effort' };
    expect(problems(dimensionSchema(), { ...base, table: {} })).toEqual(['table: name at least one of seed, profile or capabilities']);
    expect(problems(dimensionSchema(), { ...base, table: { profile: 'price' } })).toEqual([expect.stringMatching(/^table\.profile: /)]);
  });

  it('a dimension without the date of its last full review', () => {
    const { lastReviewed: _omitted, ...undated } = {
      title: 'Cost',
      description: 'A description that is long enough to pass the schema check.',
      order: 1,
      lastReviewed: '2026-12-01',
      group: 'cost-and-effort',
      table: { seed: 'strengths' },
    };
    expect(problems(dimensionSchema(), undated)).toEqual(['lastReviewed: expected a date such as 2026-11-26']);
  });

  it('a source with a bad URL, a bad date or an unknown standing', () => {
    const source = { id: 'x-y', title: 'T', publisher: 'P', url: 'ftp://example.org', read: 'yesterday', standing: 'vendor' };
    expect(problems(sourceSchema(), source).map((p) => p.split(':')[0])).toEqual(['url', 'read', 'standing']);
    expect(problems(sourceSchema(), { ...source, id: 'Bad Id' })[0]).toBe('id: source ids are lower-case words joined by hyphens');
  });

  it('a glossary term with an unknown source', () => {
    const term = { id: 'egress', term: 'Egress', definition: 'Data leaving a cloud network, billed per GB.', sources: ['nope'] };
    expect(problems(glossaryTermSchema(ids), term)).toEqual(['sources.0: unknown source id "nope": add it to content/data/sources.yaml or fix the spelling']);
  });
});

describe('entries of a YAML list keep their place in the file', () => {
  const schema = withPosition(sourceSchema());
  const entry = (id: string, position: number) => ({
    id,
    title: id,
    publisher: 'P',
    url: `https://p.example/${id}`,
    read: '2026-11-01',
    standing: 'official',
    position,
  });

  it('checks the entry without its position and gives the position back', () => {
    const parsed = schema.parse(entry('b-source', 3));
    expect(parsed.position).toBe(3);
    expect(parsed.id).toBe('b-source');
  });

  it('reports a broken entry with the entry’s own paths, as the schema alone would', () => {
    expect(problems(schema, { ...entry('a', 0), standing: 'rumour', url: 'ftp://p.example/' })).toEqual(['url: expected an http(s) URL', expect.stringMatching(/^standing: /)]);
    expect(problems(schema, { ...entry('a', 0), position: -1 })).toEqual([expect.stringMatching(/^position: /)]);
  });

  it('sorts entries back into file order and drops the position', () => {
    const stored = [entry('c', 2), entry('a', 0), entry('b', 1)].map((e) => ({ data: schema.parse(e) }));
    expect(inFileOrder(stored).map((d) => d.id)).toEqual(['a', 'b', 'c']);
    expect(inFileOrder(stored)[0]).not.toHaveProperty('position');
  });
});
