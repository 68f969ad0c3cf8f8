/** Depth and evidence floors per page type, and the integrity of the source list. */
import { describe, expect, it } from 'vitest';
import { pageSourceIds, sourceIdsIn, sourceIdsInBody } from '~/lib/citations';
import { proseWordCount, publishedCollection, readSources } from '../support/content';
import { readYaml } from '../support/cost-data';
import { ASSUMPTION_SOURCES } from '~/lib/cost/export';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FRAMEWORK_HEADINGS, isFrameworkHeading } from '~/lib/scaffold';
import { ROOT } from '../support/content';

// Drafts are unfinished by design (the schema keeps them unpublished until their TODOs are gone).
const frameworks = publishedCollection('frameworks');
const dimensions = publishedCollection('dimensions');
const guides = publishedCollection('guides');
const h2s = (body: string) => [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());

describe('framework articles', () => {
  it.each(frameworks.map((f) => [f.id, f] as const))('%s: 1,200+ words, 8+ sources, the standard outline, a code example', (_id, file) => {
    expect(proseWordCount(file.body)).toBeGreaterThanOrEqual(1200);
    expect(pageSourceIds(file.data, file.body).length).toBeGreaterThanOrEqual(8);
    expect(h2s(file.body)).toEqual(FRAMEWORK_HEADINGS);
    expect(file.body).toMatch(/```[a-z]+\n/);
    expect(String(file.data.lastReviewed)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('dimension articles', () => {
  it.each(dimensions.map((d) => [d.id, d] as const))('%s: 500+ words and links to framework sections', (_id, file) => {
    expect(proseWordCount(file.body)).toBeGreaterThanOrEqual(500);
    // A written link to a framework section, or the generated list of them (one per framework).
    const generated = [...file.body.matchAll(/<FrameworkSectionLinks heading="([^"]*)"/g)].map((m) => m[1]!);
    if (generated.length === 0) expect(file.body).toMatch(/\]\(\/frameworks\/[a-z-]+\/#[a-z-]+\)/);
    for (const heading of generated) expect(isFrameworkHeading(heading), heading).toBe(true);
  });
});

describe('guides', () => {
  it.each(guides.map((g) => [g.id, g] as const))('%s has a review date', (_id, file) => {
    expect(String(file.data.lastReviewed)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('glossary', () => {
  const terms = parse(readFileSync(join(ROOT, 'content/data/glossary.yaml'), 'utf8')) as Array<{ id: string }>;
  const bodies = [...frameworks, ...dimensions, ...guides].map((f) => f.body).join('\n');

  it('defines at least 40 terms, each linked from at least one article', () => {
    expect(terms.length).toBeGreaterThanOrEqual(40);
    expect(terms.map((t) => t.id).filter((id) => !bodies.includes(`/guides/glossary/#${id})`))).toEqual([]);
  });
});

describe('sources', () => {
  const sources = readSources();
  const glossary = parse(readFileSync(join(ROOT, 'content/data/glossary.yaml'), 'utf8')) as unknown[];
  const cited = new Set([
    ...[...frameworks, ...dimensions, ...guides].flatMap((f) => [...sourceIdsIn(f.data), ...sourceIdsInBody(f.body)]),
    ...sourceIdsIn(glossary),
    // The cost calculator cites its unit prices' (and their corroborating) sources, its people-cost presets' and its effort evidence's.
    ...readYaml('prices.yaml').flatMap((price) => [String(price.source), ...((price.corroboratedBy as string[] | undefined) ?? [])]),
    ...readYaml('people-costs.yaml').flatMap((p: any) => [p.loadingSource, p.roles.dataScientist.source, p.roles.platformEngineer.source]),
    ...sourceIdsIn(readYaml('effort-profiles.yaml')),
    ...ASSUMPTION_SOURCES,
    // The decision checklist cites its profiles' and combinations' sources; its scenarios page, the scenarios'.
    // Held-back scenarios (decision-scenarios-new.yaml) keep their sources listed until they move over.
    ...['decision-profiles.yaml', 'stacks.yaml', 'decision-scenarios.yaml', 'decision-scenarios-new.yaml'].flatMap((file) => sourceIdsIn(readYaml(file))),
    // Stored facts are cited wherever <Fact /> or {fact:…} shows them.
    ...sourceIdsIn(readYaml('facts.yaml')),
    // The attestation matrix on the security and compliance page cites its cells' and notes' sources.
    ...sourceIdsIn(readYaml('attestations.yaml')),
  ]);

  it('lists each source once, by id and by URL', () => {
    const ids = sources.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const urls = sources.map((s) => String(s.url).replace(/\/$/, ''));
    expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
  });

  it('has no source that nothing cites', () => {
    expect(sources.map((s) => s.id as string).filter((id) => !cited.has(id))).toEqual([]);
  });
});
