// @ts-check
/**
 * The rules the tools check (npm run lint; tests/static/lint.test.ts runs the same through npm test):
 * the recommended sets of ESLint, typescript-eslint and eslint-plugin-astro, unused names, and the
 * import boundaries README.md states. Import cycles are checked by tests/static/import-cycles.test.ts,
 * which also follows .astro files and type-only imports.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Imports that climb out to src/data or src/browser (relative at any depth, or through ~/).
 * @param {...string} folders
 */
const outOf = (...folders) => `^(?:(?:\\.\\./)+|~/)(?:${folders.join('|')})(?:/|$)`;

/**
 * Imports that climb two folders or more into src/: they read as ~/ (src/) instead, and survive a
 * file's move. Tests still reach scripts/ (outside src/) relatively.
 */
const CLIMBING = { regex: '^(?:\\.\\./){2,}(?!scripts/)', message: 'import from ~/ (src/) instead of climbing two folders or more (../../).' };

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', '.test-output/', '.bench-output/', '.scratch/', 'node_modules/', 'bench/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Patterns over YAML and Markdown match indentation; two literal spaces read better than ' {2}'.
      'no-regex-spaces': 'off',
    },
  },
  {
    // Node runs *.mjs files without Vite, and Node does not know ~/: they keep relative imports.
    files: ['src/**/*.{ts,tsx,astro}', 'tests/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CLIMBING] }] },
  },
  {
    // Tests hand schemas deliberately broken values; typing each one would say nothing.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Pure logic: no Astro runtime, no Node, no build-time data, no browser code, no environment.
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?:astro:|node:)', message: 'src/lib is pure: no astro:* or node:* imports (read data in src/data, pass it in).' },
            { regex: outOf('data', 'browser'), message: 'src/lib is pure: it may not import src/data or src/browser (pass what they give in as arguments).' },
            CLIMBING,
          ],
        },
      ],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.type='MetaProperty'][property.name='env']", message: 'src/lib is pure: no import.meta.env (pass the value in).' }],
    },
  },
  {
    // Islands ship to the browser: the data they need arrives as props or as build-time JSON.
    files: ['src/islands/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: outOf('data'), message: 'islands may not import src/data: take the data as props or fetch its build-time JSON.' }, CLIMBING] }],
    },
  },
);
