/**
 * ESLint over the repository (eslint.config.js: the recommended sets, unused names and the import
 * boundaries), run through its Node API so each problem fails `npm test` with its file, line and rule.
 * `npm run lint` prints the same report. The cache (by file content) keeps a repeated run to the
 * files that changed; a fresh checkout lints everything.
 */
import { ESLint } from 'eslint';
import { relative } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/content';

it('ESLint finds no problem', { timeout: 300_000 }, async () => {
  const results = await new ESLint({ cwd: ROOT, cache: true, cacheLocation: '.test-output/eslint-cache', cacheStrategy: 'content' }).lintFiles(['.']);
  const problems = results.flatMap((result) => result.messages.map((m) => `${relative(ROOT, result.filePath)}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`));
  expect(results.length).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

it('fails an import that breaks a boundary or climbs into src/, naming the rule and what to do', { timeout: 120_000 }, async () => {
  const eslint = new ESLint({ cwd: ROOT });
  const problemsIn = async (text: string, filePath: string) =>
    (await eslint.lintText(text, { filePath: `${ROOT}/${filePath}` })).flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
  expect(await problemsIn("import { routes } from '../../lib/routes';\nexport const r = routes;\n", 'src/islands/cost/zz-probe.ts')).toEqual([
    "no-restricted-imports: '../../lib/routes' import is restricted from being used by a pattern. import from ~/ (src/) instead of climbing two folders or more (../../).",
  ]);
  expect((await problemsIn("import { readJson } from '~/browser/storage';\nexport const r = readJson;\n", 'src/lib/zz-probe.ts'))[0]).toMatch(
    /^no-restricted-imports: .*src\/lib is pure/,
  );
  expect(await problemsIn("import { routes } from '~/lib/routes';\nexport const r = routes;\n", 'src/islands/cost/zz-probe.ts')).toEqual([]);
});
