/**
 * README.md's layout map stays in step with the folders: every folder directly under src/ and
 * src/lib/ is in the map, under its parent, and every folder the map names there exists.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/content';

/** Folder paths the map shows, from its indentation (two spaces a level); descriptions start further right. */
export function mappedFolders(readme: string): string[] {
  const block = /## Layout\n+```\n([\s\S]*?)\n```/.exec(readme)?.[1];
  if (!block) throw new Error('README.md has no "## Layout" code block');
  const parents: string[] = [];
  const found: string[] = [];
  for (const line of block.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (indent >= 20 || !line.trim()) continue;
    const level = indent / 2;
    const names = line
      .trim()
      .split(/\s{2,}/)[0]!
      .split(/[\s,]+/)
      .filter((name) => name.endsWith('/'));
    parents.length = level;
    for (const name of names) found.push([...parents, name.slice(0, -1)].join('/'));
    if (names.length === 1) parents[level] = names[0]!.slice(0, -1);
  }
  return found;
}

const foldersIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => statSync(join(ROOT, dir, name)).isDirectory())
    .map((name) => `${dir}/${name}`);

describe('README layout map', () => {
  const mapped = mappedFolders(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const watched = (path: string) => /^src\/[^/]+$/.test(path) || /^src\/lib\/[^/]+$/.test(path);

  it('reads nesting from the indentation', () => {
    expect(mappedFolders('## Layout\n\n```\nsrc/\n  lib/\n    a/ b/   two\n  data/       x\nother/\n```\n')).toEqual([
      'src',
      'src/lib',
      'src/lib/a',
      'src/lib/b',
      'src/data',
      'other',
    ]);
  });

  it('names every folder under src/ and src/lib/', () => {
    const missing = [...foldersIn('src'), ...foldersIn('src/lib')].filter((folder) => !mapped.includes(folder));
    expect(missing).toEqual([]);
  });

  it('names no folder under src/ or src/lib/ that does not exist', () => {
    const gone = mapped.filter(watched).filter((folder) => {
      try {
        return !statSync(join(ROOT, folder)).isDirectory();
      } catch {
        return true;
      }
    });
    expect(gone).toEqual([]);
  });
});
