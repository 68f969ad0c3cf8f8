import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { openDataSchema, type OpenData } from '~/lib/open-data/schema';
import { CAPABILITY_IDS, CAPABILITY_LABELS, SUPPORT_LEVELS, SUPPORT_LEVEL_LABELS, type CapabilityId, type SupportLevel } from '~/lib/vocabulary';
import { pairSlugs, publishedFrameworks, ROOT } from '../support/content';
import { join } from 'node:path';
import { BUILDS } from '../support/builds.mjs';
import { builtSite, type BuiltPage } from '../support/dist';
import { parseCsv } from '../support/csv';

const { base, outDir } = BUILDS.sub;
const { pages, page, read } = builtSite(outDir, base);
const FRAMEWORKS = publishedFrameworks();
const IDS = FRAMEWORKS.map((f) => f.id).sort();
const PAIRS = pairSlugs(IDS);
const hrefs = (p: BuiltPage) => p.doc.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')!);

/** A level from a rendered cell: the `level-<id>` class of its .level badge. */
const levelIn = (cell: { querySelector(s: string): { classList: { value: string[] } } | null }) =>
  cell
    .querySelector('.level')!
    .classList.value.find((c) => c.startsWith('level-') && c !== 'level-symbol')!
    .slice('level-'.length);

describe('pair pages', () => {
  it("say when to pick which with the words of each framework page's In one minute box, rated in the classic comparison or not", () => {
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
    const answer = (id: string, label: string) => {
      const terms = page(`frameworks/${id}/`).doc.querySelectorAll('.one-minute dt');
      return squash(terms.find((dt) => dt.textContent.trim() === label)!.nextElementSibling!.textContent);
    };
    for (const slug of PAIRS) {
      const advice = squash(page(`compare/${slug}/`).doc.querySelector('#when-to-pick + dl')!.textContent);
      for (const id of slug.split('-vs-')) {
        expect(advice, slug).toContain(answer(id, 'Best for'));
        expect(advice, slug).toContain(answer(id, 'Avoid if'));
      }
    }
  });

  it('exist for every pair of frameworks, ids in alphabetical order, and link to the pairs that share a framework, both frameworks and the compare view', () => {
    expect(PAIRS).toHaveLength((IDS.length * (IDS.length - 1)) / 2);
    const built = pages.filter((p) => /\/compare\/[a-z-]+-vs-[a-z-]+\/$/.test(p.url)).map((p) => p.url);
    expect(built.sort()).toEqual(PAIRS.map((slug) => `${base}compare/${slug}/`).sort());
    for (const slug of PAIRS) {
      const [a, b] = slug.split('-vs-') as [string, string];
      const links = hrefs(page(`compare/${slug}/`));
      // Each of the two frameworks against each of the n − 2 others: 2 × (n − 2) pair links, not n².
      const pairLinks = [...new Set(links.filter((href) => /\/compare\/[a-z0-9-]+-vs-[a-z0-9-]+\/$/.test(href)))];
      const sharing = PAIRS.filter((other) => other !== slug && other.split('-vs-').some((id) => id === a || id === b));
      expect(pairLinks.sort(), slug).toEqual(sharing.map((other) => `${base}compare/${other}/`).sort());
      expect(pairLinks, slug).toHaveLength(2 * (IDS.length - 2));
      expect(links, slug).toContain(`${base}compare/`);
      expect(links, slug).toContain(`${base}frameworks/${a}/`);
      expect(links, slug).toContain(`${base}frameworks/${b}/`);
      expect(
        links.filter((href) => href.startsWith(`${base}compare/?fw=`)),
        slug,
      ).toHaveLength(1);
    }
    const index = hrefs(page('compare/'));
    for (const slug of PAIRS) expect(index).toContain(`${base}compare/${slug}/`);
  });

  it('are indexed as comparisons with both framework filters, a generated summary and advice for each side', () => {
    // Any two open-source frameworks will do: the expected sentences are written from their
    // frontmatter and their effort profiles (content/data/effort-profiles.yaml), not from the page.
    type Facts = { title: string; kind: string; capabilities: Record<CapabilityId, { level: SupportLevel }> };
    const facts = (id: string) => FRAMEWORKS.find((f) => f.id === id)!.data as unknown as Facts;
    const slug = PAIRS.find((candidate) => candidate.split('-vs-').every((id) => facts(id).kind === 'open-source'))!;
    const [idA, idB] = slug.split('-vs-') as [string, string];
    const [a, b] = [facts(idA), facts(idB)];
    const pair = page(`compare/${slug}/`);
    const filters = pair.doc.querySelectorAll('[data-pagefind-filter]').map((el) => el.getAttribute('data-pagefind-filter'));
    expect(filters).toEqual(['type:Comparison', `framework:${a.title}`, `framework:${b.title}`]);
    expect(pair.doc.querySelector('h1')!.text).toBe(`${a.title} vs ${b.title}`);
    const summary = pair.doc.querySelector('#summary + ul')!;
    expect(summary.text).toContain('Both are open source.');
    const profiles = parse(readFileSync(join(ROOT, 'content/data/effort-profiles.yaml'), 'utf8')) as Array<{
      framework: string;
      hosting: Array<{ mode: string; setupWeeks: { low: number; likely: number; high: number } }>;
    }>;
    const words: Record<string, string> = { 'self-hosted': 'self-hosted', cloud: 'managed by a cloud provider', saas: 'vendor SaaS' };
    const setup = (id: string) => {
      const { mode, setupWeeks: w } = profiles.find((p) => p.framework === id)!.hosting[0]!;
      return `${w.likely} person-week${w.likely === 1 ? '' : 's'} (${w.low}–${w.high}) (${words[mode]})`;
    };
    expect(summary.text.replace(/\s+/g, ' ')).toContain(`A first production pipeline takes about ${setup(idA)} with ${a.title} and ${setup(idB)} with ${b.title}.`);
    // The shape is drawn by CSS on an empty span, so the text is the level's word.
    const level = (l: SupportLevel) => SUPPORT_LEVEL_LABELS[l];
    const differing = CAPABILITY_IDS.filter((id) => a.capabilities[id].level !== b.capabilities[id].level);
    expect(summary.querySelectorAll('li li').map((li) => li.text)).toEqual(
      differing.map((id) => `${CAPABILITY_LABELS[id]}: ${level(a.capabilities[id].level)} in ${a.title}, ${level(b.capabilities[id].level)} in ${b.title}`),
    );
    expect(pair.doc.querySelectorAll('.pick-which dt').map((dt) => dt.text)).toEqual([`Pick ${a.title}`, `Pick ${b.title}`]);
  });

  it('keep the compare view’s static table of every framework for readers without JavaScript', () => {
    const compare = page('compare/');
    expect(
      compare.doc
        .querySelectorAll('#compare-all thead th')
        .map((th) => th.text.trim())
        .slice(1),
    ).toEqual(FRAMEWORKS.map((f) => f.data.title));
    expect(compare.doc.querySelector('astro-island')?.getAttribute('component-url')).toMatch(/CompareView/);
  });
});

describe('open data', () => {
  const json = JSON.parse(read('data/frameworks.json')) as OpenData;

  it('is valid against its published schema and states version, as-of date and licence', () => {
    expect(openDataSchema.parse(json).version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json.$schema).toBe(`http://localhost:4321${base}data/frameworks.schema.json`);
    const schema = JSON.parse(read('data/frameworks.schema.json'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.frameworks.items.properties.capabilities.properties.automl.properties.level.enum).toEqual([...SUPPORT_LEVELS]);
    for (const text of [read('data/frameworks.csv'), read('llms.txt'), ...IDS.map((id) => read(`data/frameworks/${id}.md`))]) {
      expect(text).toContain(`as of ${json.asOf}`);
      expect(text).toContain('CC BY 4.0');
    }
    expect(json.licence.statement).toMatch(/prose .* remains the guide’s own/);
  });

  it('agrees with the framework pages, the pair pages and the CSV on every capability level', () => {
    expect(json.frameworks.map((f) => f.id).sort()).toEqual(IDS);
    const [header = [], ...csvRows] = parseCsv(read('data/frameworks.csv').replace(/^#.*\r\n/, ''));
    expect(csvRows).toHaveLength(IDS.length);
    // Eight facts, text and sources of the 13 current rows, three columns per capability.
    expect(header).toHaveLength(8 + 2 * 13 + 3 * CAPABILITY_IDS.length);
    for (const framework of json.frameworks) {
      const rows = page(`frameworks/${framework.id}/`).doc.querySelectorAll('[aria-label$=" capabilities"] table tbody tr');
      const onPage = Object.fromEntries(rows.map((tr) => [tr.querySelector('th')!.text.trim(), levelIn(tr.querySelectorAll('td')[0]!)]));
      const csvRow = csvRows.find((row) => row[0] === framework.id)!;
      for (const id of CAPABILITY_IDS) {
        expect(onPage[CAPABILITY_LABELS[id]], `${framework.id} ${id} on its page`).toBe(framework.capabilities[id].level);
        expect(csvRow[header.indexOf(`${id}_level`)], `${framework.id} ${id} in the CSV`).toBe(framework.capabilities[id].level);
      }
    }
    for (const slug of PAIRS) {
      const table = page(`compare/${slug}/`).doc.querySelector('#pair-table')!;
      const ids = slug.split('-vs-');
      const capabilityRows = table.querySelectorAll('tbody tr').filter((tr) => tr.querySelector('td .level'));
      expect(capabilityRows, slug).toHaveLength(CAPABILITY_IDS.length);
      capabilityRows.forEach((tr, row) => {
        const cells = tr.querySelectorAll('td');
        ids.forEach((id, column) => {
          const framework = json.frameworks.find((f) => f.id === id)!;
          expect(levelIn(cells[column]!), `${slug} ${CAPABILITY_IDS[row]} ${id}`).toBe(framework.capabilities[CAPABILITY_IDS[row]!].level);
        });
      });
    }
  });

  it('links a Markdown version of every framework from llms.txt, and the footer links the data', () => {
    const llms = read('llms.txt');
    for (const id of IDS) {
      expect(llms).toContain(`(http://localhost:4321${base}data/frameworks/${id}.md)`);
      const markdown = read(`data/frameworks/${id}.md`);
      expect(markdown.startsWith(`# ${json.frameworks.find((f) => f.id === id)!.title}\n`), id).toBe(true);
      // Plain Markdown: no MDX components left, and every link absolute so it works out of context.
      expect(markdown, id).not.toMatch(/<Cite|\]\(\//);
    }
    expect(
      page('')
        .doc.querySelectorAll('footer a')
        .map((a) => a.getAttribute('href')),
    ).toEqual(expect.arrayContaining([`${base}data/frameworks.json`, `${base}data/frameworks.csv`, `${base}llms.txt`]));
  });
});
