/**
 * One prefix for every key the site stores, and readers of earlier versions keep their state: a
 * value under an old key is read once under the new key and moved.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readStored, STORAGE_PREFIX } from '~/browser/storage';
import { EARLIER_THEME_STORAGE_KEY, THEME_STORAGE_KEY, themeInitScript } from '~/scripts/theme-init.mjs';
import { STORAGE_KEY as CALCULATOR_KEY } from '~/islands/CostCalculator';
import { STORAGE_KEY as CHECKLIST_KEY } from '~/islands/DecisionChecklist';

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
  delete document.documentElement.dataset.themeChoice;
});

describe('storage keys', () => {
  it('every key the site stores starts with mlops-field-guide:', () => {
    expect(STORAGE_PREFIX).toBe('mlops-field-guide:');
    for (const key of [CALCULATOR_KEY, CHECKLIST_KEY, THEME_STORAGE_KEY]) expect(key.startsWith(STORAGE_PREFIX), key).toBe(true);
  });

  it('no source file spells a storage key another way', () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    const offenders = files(join(process.cwd(), 'src'))
      .filter((file) => /\.(ts|tsx|mjs|astro)$/.test(file))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/['"`](field-guide[:-][a-z-]+)['"`]/g)].map((m) => `${file}: ${m[1]}`));
    // The only old spellings left are the ones read once for migration.
    expect(offenders.map((o) => o.replace(/^.*\/src\//, 'src/'))).toEqual([
      'src/browser/storage.ts: field-guide:decision-checklist',
      'src/scripts/theme-init.mjs: field-guide-theme',
    ]);
  });
});

describe('a checklist saved under the old key', () => {
  it('is read under the new key once, then lives only there', () => {
    localStorage.setItem('field-guide:decision-checklist', '?c=gcp&k8s=some');
    expect(readStored(CHECKLIST_KEY)).toBe('?c=gcp&k8s=some');
    expect(localStorage.getItem(CHECKLIST_KEY)).toBe('?c=gcp&k8s=some');
    expect(localStorage.getItem('field-guide:decision-checklist')).toBeNull();
    expect(readStored(CHECKLIST_KEY)).toBe('?c=gcp&k8s=some');
  });

  it('never overwrites what the new key already holds', () => {
    localStorage.setItem(CHECKLIST_KEY, '?c=aws');
    localStorage.setItem('field-guide:decision-checklist', '?c=gcp');
    expect(readStored(CHECKLIST_KEY)).toBe('?c=aws');
  });

  it('gives null when neither key holds anything', () => {
    expect(readStored(CHECKLIST_KEY)).toBeNull();
    expect(localStorage.length).toBe(0);
  });
});

describe('a theme chosen under the old key', () => {
  const runInitScript = () => new Function(themeInitScript)();

  it('keeps the reader in dark mode and moves the choice to the new key', () => {
    localStorage.setItem(EARLIER_THEME_STORAGE_KEY, 'dark');
    runInitScript();
    expect(document.documentElement.dataset.themeChoice).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(localStorage.getItem(EARLIER_THEME_STORAGE_KEY)).toBeNull();
  });

  it('reads the new key first', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    localStorage.setItem(EARLIER_THEME_STORAGE_KEY, 'dark');
    runInitScript();
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
