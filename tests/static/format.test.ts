/**
 * Prettier over the code (.prettierrc.json; the files `npm run format` writes): a file that is not
 * formatted fails `npm test` with its name, so formatting never arrives as noise in someone else's diff.
 * `npm run format` fixes what this finds. Content (MDX, YAML) is left as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as prettier from 'prettier';
import { expect, it } from 'vitest';
import { ROOT } from '../support/content';

/** The same files as the format scripts in package.json: src/ and tests/ code and styles, scripts/*.mjs. */
function codeFiles(): string[] {
  const walk = (dir: string, pattern: RegExp): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? walk(path, pattern) : pattern.test(entry.name) ? [path] : [];
    });
  return [
    ...walk(join(ROOT, 'src'), /\.(ts|tsx|css|mjs)$/),
    ...walk(join(ROOT, 'tests'), /\.(ts|tsx|mjs)$/),
    ...readdirSync(join(ROOT, 'scripts'))
      .filter((name) => name.endsWith('.mjs'))
      .map((name) => join(ROOT, 'scripts', name)),
  ];
}

it('every code file is formatted as Prettier would write it', { timeout: 300_000 }, async () => {
  const files = codeFiles();
  expect(files.length).toBeGreaterThan(100);
  const unformatted: string[] = [];
  for (const file of files) {
    const options = await prettier.resolveConfig(file);
    if (!(await prettier.check(readFileSync(file, 'utf8'), { ...options, filepath: file }))) unformatted.push(relative(ROOT, file));
  }
  expect(unformatted, 'run `npm run format`').toEqual([]);
});
