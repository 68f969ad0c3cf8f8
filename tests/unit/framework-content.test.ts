/**
 * The convention the synthetic-framework test relies on (tests/support/framework-content.ts), on a
 * small made-up project: what cloning copies and what removal prunes, file by file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cloneFramework, removeFramework } from '../support/framework-content';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'framework-content-'));
  dirs.push(dir);
  for (const folder of ['frameworks', 'dimensions', 'guides', 'data']) mkdirSync(join(dir, 'content', folder), { recursive: true });
  const article = (title: string, order: number) =>
    `---\ntitle: ${title}\nshortName: ${title}\norder: ${order}\n---\n${title} is good.\n\n<CostEstimate framework="${title.toLowerCase()}" />\n`;
  writeFileSync(join(dir, 'content/frameworks/alpha.mdx'), article('Alpha', 1));
  writeFileSync(join(dir, 'content/frameworks/beta.mdx'), article('Beta', 2));
  writeFileSync(join(dir, 'content/guides/choose.mdx'), '---\ntitle: Choose\nframeworks: [alpha, beta]\n---\nBody.\n');
  const data: Record<string, string> = {
    'profiles.yaml': '# profiles keyed by id\n- id: alpha\n  weeks: 2\n- id: beta\n  weeks: 5\n',
    'prices.yaml': '- id: alpha-licence\n  framework: alpha\n  usd: 10\n- id: shared-node\n  usd: 1\n',
    'rules.yaml': [
      '- id: likes-alpha',
      '  effects:',
      '    - { frameworks: [alpha], points: 2 }',
      '- id: likes-both',
      '  effects:',
      '    - { frameworks: [alpha, beta], points: 1 }',
      '    - { frameworks: [beta], points: -1 }',
      '',
    ].join('\n'),
    'stacks.yaml': '- id: alpha-beta\n  lead: alpha\n  partner: beta\n',
    'sources.yaml': '- id: alpha-docs\n  title: Alpha docs\n',
  };
  for (const [name, text] of Object.entries(data)) writeFileSync(join(dir, 'content/data', name), text);
  return dir;
}

const yaml = (dir: string, name: string) => parse(readFileSync(join(dir, 'content/data', name), 'utf8')) as Array<Record<string, unknown>>;
const text = (dir: string, path: string) => readFileSync(join(dir, 'content', path), 'utf8');

describe('cloning a framework', () => {
  const dir = project();
  cloneFramework(dir, 'alpha', 'gamma', 'Gamma Platform');

  it('copies its article under the new id and name, last in order, the body renamed', () => {
    const article = text(dir, 'frameworks/gamma.mdx');
    expect(article).toMatch(/^title: Gamma Platform$/m);
    expect(article).toMatch(/^shortName: Gamma Platform$/m);
    expect(article).toMatch(/^order: 3$/m);
    expect(article).toContain('Gamma Platform is good.');
    expect(article).toContain('<CostEstimate framework="gamma" />');
  });

  it('copies every data entry that belongs to it (by `framework`, else by `id`) and nothing else', () => {
    expect(yaml(dir, 'profiles.yaml').map((p) => [p.id, p.weeks])).toEqual([
      ['alpha', 2],
      ['beta', 5],
      ['gamma', 2],
    ]);
    expect(yaml(dir, 'prices.yaml').map((p) => [p.id, p.framework])).toEqual([
      ['alpha-licence', 'alpha'],
      ['shared-node', undefined],
      // A row with its own id takes the clone's id in place of the framework's (ids must stay unique).
      ['gamma-licence', 'gamma'],
    ]);
    expect(yaml(dir, 'sources.yaml')).toHaveLength(1);
    expect(yaml(dir, 'stacks.yaml')).toHaveLength(1);
    expect(text(dir, 'data/profiles.yaml')).toMatch(/^# profiles keyed by id/);
  });

  it('scores it wherever its original is scored: beside it in every `frameworks` list', () => {
    const effects = yaml(dir, 'rules.yaml').map((r) => (r.effects as Array<{ frameworks: string[] }>).map((e) => e.frameworks));
    expect(effects).toEqual([[['alpha', 'gamma']], [['alpha', 'gamma', 'beta'], ['beta']]]);
  });
});

describe('removing a framework', () => {
  const dir = project();
  removeFramework(dir, 'alpha');

  it('deletes its article and its entries, and takes it out of lists and guides', () => {
    expect(() => text(dir, 'frameworks/alpha.mdx')).toThrow();
    expect(yaml(dir, 'profiles.yaml').map((p) => p.id)).toEqual(['beta']);
    expect(yaml(dir, 'prices.yaml').map((p) => p.id)).toEqual(['shared-node']);
    expect(text(dir, 'guides/choose.mdx')).toMatch(/^frameworks: \[ beta \]$/m);
  });

  it('drops what would be left empty or dangling: a rule whose only effect named it, a stack it leads', () => {
    expect(yaml(dir, 'rules.yaml')).toEqual([
      {
        id: 'likes-both',
        effects: [
          { frameworks: ['beta'], points: 1 },
          { frameworks: ['beta'], points: -1 },
        ],
      },
    ]);
    expect(yaml(dir, 'stacks.yaml')).toEqual([]);
    expect(yaml(dir, 'sources.yaml')).toHaveLength(1);
  });
});
