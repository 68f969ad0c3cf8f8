import { describe, expect, it } from 'vitest';
import { buildOpenData, frameworkMarkdown, llmsTxt, plainMarkdownBody, toAttestationsCsv, toFrameworksCsv, type FrameworkInput, type SourceInput } from '~/lib/open-data/build';
import { openDataJsonSchema, openDataSchema } from '~/lib/open-data/schema';
import { CAPABILITY_IDS } from '~/lib/vocabulary';
import { fakeCurrentInput, fakeFramework } from '../support/fixtures';
import { currentCells } from '~/lib/compare/current';
import type { AttestationRow } from '~/lib/compare/attestations';

const SITE = 'https://example.org/field-guide/';

/** Cites s-a for who and what (maintainer, licence, profile) and s-b for versions and capabilities. */
function framework(id: string, title: string, reviewed: string): FrameworkInput {
  const { id: _id, ...data } = fakeFramework(id, title, {
    reviewed,
    seed: { keyFeatures: ['Tracking', 'Registry, with "aliases"'] },
    levels: { automl: 'none' },
    profileText: (field) => field,
    sourcesFor: (where) => (where === 'latestVersion' || (CAPABILITY_IDS as readonly string[]).includes(where) ? ['s-b'] : ['s-a']),
  });
  return { id, data };
}

const sources: SourceInput[] = ['s-unused', 's-a', 's-b'].map((id) => ({
  id,
  data: { title: id, publisher: 'P', url: `https://p.example/${id}`, read: new Date('2026-11-01'), standing: 'official' },
}));
const current = new Map(['alpha', 'beta'].map((id) => [id, currentCells(fakeCurrentInput(id, id === 'alpha' ? 'Alpha' : 'Beta'))]));
const attestations: AttestationRow[] = [
  {
    id: 'beta-saas',
    framework: 'beta',
    form: 'vendor-saas',
    product: 'Beta Cloud',
    cells: Object.fromEntries(
      ['soc2', 'iso27001', 'iso42001', 'hipaa', 'pci-dss', 'fedramp-moderate', 'fedramp-high', 'dod', 'residency'].map((p) => [
        p,
        { status: p === 'soc2' ? 'yes' : 'not-found', scope: `Beta Cloud ${p} scope`, asOf: '2026-12-01', sources: ['s-a'] },
      ]),
    ) as AttestationRow['cells'],
  },
  { id: 'alpha-self-hosted', framework: 'alpha', form: 'self-hosted', product: 'Alpha', note: 'Your own controls apply.', sources: ['s-b'] },
];
const data = buildOpenData([framework('alpha', 'Alpha', '2026-11-20'), framework('beta', 'Beta', '2026-11-26')], sources, SITE, { current, attestations });

describe('open data', () => {
  it('states version, as-of date (the newest review) and licence, and validates against its own schema', () => {
    expect(data.version).toBe('1.2.0');
    expect(data.asOf).toBe('2026-11-26');
    expect(data.licence.id).toBe('CC-BY-4.0');
    expect(data.licence.statement).toContain('prose');
    expect(data.$schema).toBe(`${SITE}data/frameworks.schema.json`);
    expect(openDataSchema.safeParse(data).success).toBe(true);
  });

  it('lists only cited sources, numbered as on the sources page', () => {
    expect(data.sources.map((s) => [s.id, s.number, s.read])).toEqual([
      ['s-a', 2, '2026-11-01'],
      ['s-b', 3, '2026-11-01'],
    ]);
  });

  it('gives each framework absolute page and Markdown URLs', () => {
    expect(data.frameworks[0]).toMatchObject({
      page: `${SITE}frameworks/alpha/`,
      markdown: `${SITE}data/frameworks/alpha.md`,
      lastReviewed: '2026-11-20',
      latestVersion: { value: '1.2.3', asOf: '2026-10-01', sources: ['s-b'] },
    });
  });

  it('rejects data that breaks the schema, and publishes the schema as JSON Schema', () => {
    const broken = structuredClone(data);
    (broken.frameworks[0]!.capabilities.automl as { level: string }).level = 'sometimes';
    expect(openDataSchema.safeParse(broken).success).toBe(false);
    const schema = openDataJsonSchema(`${SITE}data/frameworks.schema.json`);
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: `${SITE}data/frameworks.schema.json`, type: 'object' });
    expect(JSON.stringify(schema)).toContain('"managed-add-on"');
  });

  it('writes CSV with a licence comment, one row per framework and quoted fields where needed', () => {
    const lines = toFrameworksCsv(data).split('\r\n');
    expect(lines[0]).toMatch(/^# MLOps Field Guide open data, version 1\.2\.0, as of 2026-11-26\. .*CC BY 4\.0/);
    expect(lines[1]!.split(',').slice(0, 4)).toEqual(['id', 'title', 'vendor', 'kind']);
    // Eight facts, text and sources for each of the 13 current rows, three columns per capability.
    expect(lines[1]!.split(',')).toHaveLength(8 + 2 * 13 + 3 * CAPABILITY_IDS.length);
    expect(lines[2]).toContain(',Open source. Apache-2.0,alpha-license,');
    expect(lines[2]).toContain(',"$10,000 ($8,000–$14,000) a month and $20,000 ($15,000–$30,000) one-time, self-hosted, likely (low–high), USD.",alpha-cost,');
    expect(lines[2]).toContain(',none,Alpha automl,s-b,');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });

  it('publishes the current rows with absolute links, and the attestation matrix as CSV', () => {
    expect(data.frameworks[0]!.current.cost.link).toEqual({ href: `https://example.org/tools/cost-calculator/`, text: 'Every line in the calculator' });
    expect(data.attestations.map((row) => row.id)).toEqual(['beta-saas', 'alpha-self-hosted']);
    const lines = toAttestationsCsv(data).split('\r\n');
    expect(lines[1]!.split(',').slice(0, 7)).toEqual(['framework', 'form', 'product', 'soc2', 'soc2_scope', 'soc2_as_of', 'soc2_sources']);
    expect(lines[2]!.startsWith('beta,vendor-saas,Beta Cloud,In scope,Beta Cloud soc2 scope,2026-12-01,s-a,Not found,Beta Cloud iso27001 scope,')).toBe(true);
    expect(lines[3]!.startsWith('alpha,self-hosted,Alpha,Your environment’s attestations,Your own controls apply.,,s-b,Your environment’s attestations,')).toBe(true);
    // Sources that only the current rows or the matrix cite are still listed.
    expect(data.sources.map((s) => s.id)).toEqual(['s-a', 's-b']);
  });

  it('turns citations into source links and site links into absolute links in the Markdown version', () => {
    expect(plainMarkdownBody('Runs <Cite ids="s-a s-b" />. See [a run](/guides/glossary/#run).', SITE)).toBe(
      `Runs [[source: s-a](${SITE}sources/#s-a), [source: s-b](${SITE}sources/#s-b)]. See [a run](${SITE}guides/glossary/#run).`,
    );
    const markdown = frameworkMarkdown(data.frameworks[0]!, '## Body\n\nText.', data);
    expect(markdown).toMatch(/^# Alpha\n\n> MLOps Field Guide open data, version 1\.2\.0, as of 2026-11-26\./);
    expect(markdown).toContain(`| AutoML | ○ None | Alpha automl [source: s-b](${SITE}sources/#s-b) |`);
    expect(markdown).toContain('## Body\n\nText.');
  });

  it('describes the site in llms.txt and links every framework’s Markdown and the data', () => {
    const text = llmsTxt(data);
    expect(text).toMatch(/^# MLOps Field Guide\n\n> /);
    expect(text).toContain(`- [Alpha](${SITE}data/frameworks/alpha.md): Alpha, a framework.`);
    expect(text).toContain(`(${SITE}data/frameworks.json)`);
    expect(text).toContain('as of 2026-11-26');
    expect(text).toContain('CC BY 4.0');
  });
});
