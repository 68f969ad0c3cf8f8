/** The scaffold's drafts pass the schema as drafts, and the schema refuses them once published. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readKnownIds } from '~/data/content-files';
import { dimensionDraft, FRAMEWORK_HEADINGS, frameworkDraft, frameworkHeadingSlug, isFrameworkHeading, scaffoldProblem } from '~/lib/scaffold';
import { dimensionSchema, frameworkSchema, glossaryTermSchema } from '~/lib/schema';
import { CAPABILITY_IDS, PROFILE_FIELDS } from '~/lib/vocabulary';
import { readCollection, ROOT, splitFrontmatter } from '../support/content';
import { problems } from '../support/problems';

const ids = readKnownIds(ROOT);
const input = { id: 'new-thing', name: 'New Thing', order: 9, today: '2026-12-01' };
const framework = splitFrontmatter(frameworkDraft(input), 'new-thing.mdx');
const dimension = splitFrontmatter(dimensionDraft(input), 'new-thing.mdx');
const published = (data: Record<string, unknown>) => ({ ...data, draft: false });
const fieldsOf = (lines: string[]) => lines.map((line) => line.split(':')[0]);

describe('a scaffolded framework', () => {
  it('is a schema-valid draft, last in order, named as asked', () => {
    expect(problems(frameworkSchema(ids), framework.data)).toEqual([]);
    expect(framework.data).toMatchObject({ draft: true, title: 'New Thing', shortName: 'New Thing', order: 9 });
  });

  it('cannot be published with a TODO left: every value an editor must write is marked', () => {
    const fields = fieldsOf(problems(frameworkSchema(ids), published(framework.data)));
    expect(fields).toEqual(
      expect.arrayContaining([
        'description',
        'vendor',
        'website',
        ...['today', 'bestFor', 'avoidIf', 'pricing', 'lockIn'].map((key) => `inOneMinute.${key}`),
        'inOneMinute.sources.0',
        'inOneMinute.changed.0.text',
        'inOneMinute.changed.0.sources.0',
        'maintainer.text',
        'maintainer.sources.0',
        'license.text',
        'license.sources.0',
        'latestVersion.value',
        'latestVersion.sources.0',
        'seed.keyFeatures.0',
        'seed.strengths.0',
        'seed.limitations.0',
        'seed.bestFor',
        'seed.hiddenCosts.0',
        ...PROFILE_FIELDS.flatMap((f) => [`profile.${f}.text`, `profile.${f}.sources.0`]),
        ...CAPABILITY_IDS.flatMap((c) => [`capabilities.${c}.note`, `capabilities.${c}.sources.0`]),
      ]),
    );
    expect(new Set(fields).size).toBe(fields.length);
  });

  it('marks every closed-vocabulary choice with a TODO comment, since any valid value would pass', () => {
    const text = frameworkDraft(input);
    for (const field of ['kind', 'implementationEffort', 'costModel', 'complianceGroup', 'capabilities']) {
      expect(text, field).toMatch(new RegExp(`^\\s*${field}:.*# TODO: (each level is )?one of `, 'm'));
    }
    expect(text).toMatch(/^\s*- \{ date: .*# TODO: the date of the change$/m);
  });

  it('has every section heading of a framework article, in order', () => {
    const headings = [...framework.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual([...FRAMEWORK_HEADINGS]);
    // The real articles follow the same outline, so the scaffold's list cannot drift from them.
    const real = readCollection('frameworks')[0]!;
    expect([...real.body.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual([...FRAMEWORK_HEADINGS]);
  });
});

describe('a scaffolded dimension', () => {
  it('is a schema-valid draft that cannot be published with its TODOs', () => {
    expect(problems(dimensionSchema(), dimension.data)).toEqual([]);
    expect(fieldsOf(problems(dimensionSchema(), published(dimension.data)))).toEqual(['description']);
    expect(dimensionDraft(input)).toMatch(/^group: .*# TODO: one of /m);
    expect(dimensionDraft(input)).toMatch(/^# TODO: what the generated table shows/m);
  });
});

describe('the TODO guard on published content', () => {
  it('refuses a TODO anywhere in a published framework, naming the field, and accepts it in a draft', () => {
    const real = structuredClone(readCollection('frameworks')[0]!.data) as Record<string, any>;
    real.capabilities.automl.note = 'TODO: check the docs';
    expect(problems(frameworkSchema(ids), real)).toEqual(['capabilities.automl.note: still "TODO": fill it in, or keep draft: true until it is']);
    expect(problems(frameworkSchema(ids), { ...real, draft: true })).toEqual([]);
  });

  it('accepts the TODO source id only in frameworks, not as a real id elsewhere', () => {
    const real = structuredClone(readCollection('frameworks')[0]!.data) as Record<string, any>;
    real.license.sources = ['TODO'];
    expect(problems(frameworkSchema(ids), real)).toEqual(['license.sources.0: still "TODO": fill it in, or keep draft: true until it is']);
    const term = { id: 'a-term', term: 'A term', definition: 'A definition long enough to pass.', sources: ['TODO'] };
    expect(problems(glossaryTermSchema(ids), term)).toEqual(['sources.0: unknown source id "TODO": add it to content/data/sources.yaml or fix the spelling']);
  });
});

describe('scaffold arguments', () => {
  it.each([
    ['New-Thing', 'N', /not an id/],
    ['new thing', 'N', /not an id/],
    ['', 'N', /not an id/],
    ['mlops-x', '  ', /give the name/],
    ['taken', 'Taken', /already exists/],
  ])('%j %j is refused', (id, name, message) => {
    expect(scaffoldProblem(id, name, ['taken'])).toMatch(message);
  });

  it('accepts a fresh id and a name', () => {
    expect(scaffoldProblem('new-thing', 'New Thing', ['taken'])).toBeUndefined();
  });
});

describe('the scaffold script', () => {
  // Runs under plain Node (type stripping), so everything it imports must be import-free TypeScript
  // or carry its extension; a bad import fails here, before any file is written.
  it('loads under plain Node and refuses a bad id without writing anything', () => {
    const run = spawnSync(process.execPath, ['scripts/new-content.mjs', 'framework', 'Not An Id', 'X'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toContain('new:framework: "Not An Id" is not an id');
    expect(run.status).toBe(1);
  });
});

describe('framework heading anchors', () => {
  it('gives the anchors the articles are linked by', () => {
    // Written from the /frameworks/<id>/#<slug> links the content already uses (content/README.md's table).
    expect(FRAMEWORK_HEADINGS.map(frameworkHeadingSlug)).toEqual([
      'what-it-is-today',
      'architecture-and-components',
      'a-typical-workflow',
      'key-features-strengths-and-limitations',
      'best-for-and-not-for',
      'implementation-effort',
      'cost-model-and-hidden-costs',
      'security-and-compliance',
      'scalability',
      'team-skills',
      'integrations-and-combinations',
      'use-cases',
      'migration-and-exit',
      'names-and-history',
    ]);
  });

  it('accepts only the article headings', () => {
    expect(isFrameworkHeading('Cost model and hidden costs')).toBe(true);
    expect(isFrameworkHeading('cost model and hidden costs')).toBe(false);
    expect(isFrameworkHeading('Pricing')).toBe(false);
    expect(isFrameworkHeading('')).toBe(false);
  });
});
