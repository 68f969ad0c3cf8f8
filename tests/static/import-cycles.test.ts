/**
 * No import cycles anywhere in src/, type-only imports and .astro files included: a cycle held
 * together by types still ties the modules' design together, and ESLint's cycle rules do not follow
 * .astro files. The walker reads every import and export-from statement (static, dynamic and
 * `import type`) with a relative or `~/` specifier, and resolves it the way Vite does.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/content';

const SRC = join(ROOT, 'src');
const SOURCE = /\.(ts|tsx|mjs|astro)$/;
const IMPORT = /(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return SOURCE.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('~/') ? join(SRC, specifier.slice(2)) : specifier.startsWith('.') ? resolve(dirname(from), specifier) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, `${base}.astro`, join(base, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile());
}

/** Each file's imports inside src/, as paths relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of filesUnder(SRC)) {
    const targets = new Set<string>();
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? match[3]!);
      if (target) targets.add(relative(SRC, target));
    }
    graph.set(relative(SRC, file), [...targets].sort());
  }
  return graph;
}

/** The strongly connected groups of more than one file (or a file importing itself), by Tarjan. */
export function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || graph.get(node)?.includes(node)) cycles.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles;
}

describe('import cycles', () => {
  it('finds a cycle of any length, and a file importing itself', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(cyclesIn(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });

  it('reads type-only, dynamic and .astro imports', () => {
    const graph = importGraph();
    // import type { CostInputs } from './inputs' (type-only)
    expect(graph.get('lib/cost/checklist.ts')).toContain('lib/cost/inputs.ts');
    // import('./cost/engine') inside the calculator island (dynamic)
    expect(graph.get('islands/CostCalculator.tsx')).toContain('islands/cost/engine.tsx');
    // an .astro page's frontmatter
    expect(graph.get('pages/tools/cost-calculator/data.astro')).toContain('lib/cost/words.ts');
  });

  it('src/ has none', () => {
    expect(cyclesIn(importGraph())).toEqual([]);
  });
});
