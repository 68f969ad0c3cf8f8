/** Reads content/ straight from disk, the way the build sees it, for tests that check the data. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

// Through node:path rather than `new URL`, which happy-dom (the islands project) replaces with its own.
export const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../..')}/`;

export interface ContentFile {
  id: string;
  path: string;
  data: Record<string, unknown>;
  body: string;
}

export function splitFrontmatter(text: string, path: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter block`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

export function readCollection(collection: string): ContentFile[] {
  const dir = join(ROOT, 'content', collection);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const path = join('content', collection, name);
      return { id: name.replace(/\.mdx$/, ''), path, ...splitFrontmatter(readFileSync(join(ROOT, path), 'utf8'), path) };
    });
}

export function readSources(): Array<Record<string, unknown>> {
  return parse(readFileSync(join(ROOT, 'content/data/sources.yaml'), 'utf8')) as Array<Record<string, unknown>>;
}

/** Words of prose in an MDX body: code blocks, tags and link targets are not counted. */
export function proseWordCount(body: string): number {
  const prose = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_`|>[\]-]/g, ' ');
  return prose.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

/** The articles a production build publishes (drafts left out), in display order. */
export function publishedCollection(collection: string): ContentFile[] {
  return readCollection(collection)
    .filter((f) => f.data.draft !== true)
    .sort((a, b) => (a.data.order as number) - (b.data.order as number));
}

export const publishedFrameworks = (): ContentFile[] => publishedCollection('frameworks');

/** Pair-page slugs as the URL map spells them: the two ids in alphabetical order, joined by "-vs-". */
export function pairSlugs(ids: readonly string[]): string[] {
  const sorted = [...ids].sort();
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => `${a}-vs-${b}`));
}
