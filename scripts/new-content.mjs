// Writes a draft framework or dimension article: `npm run new:framework -- <id> "<Name>"` or
// `npm run new:dimension -- <id> "<Title>"`. The text comes from src/lib/scaffold.ts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDay } from '../src/lib/format.ts';
import { dimensionDraft, frameworkDraft, scaffoldProblem } from '../src/lib/scaffold.ts';

const KINDS = { framework: { folder: 'frameworks', draft: frameworkDraft }, dimension: { folder: 'dimensions', draft: dimensionDraft } };

const [kind, id = '', ...nameWords] = process.argv.slice(2);
const target = KINDS[kind];
if (!target) {
  console.error('usage: node scripts/new-content.mjs framework|dimension <id> "<Name>"');
  process.exit(2);
}
const dir = join(process.cwd(), 'content', target.folder);
const files = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
const name = nameWords.join(' ');
const problem = scaffoldProblem(
  id,
  name,
  files.map((file) => file.slice(0, -'.mdx'.length)),
);
if (problem) {
  console.error(`new:${kind}: ${problem}`);
  process.exit(1);
}
const orders = files.map((file) => Number(/^order: (\d+)$/m.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? 0));
const path = join(dir, `${id}.mdx`);
if (existsSync(path)) throw new Error(`${path} exists`);
writeFileSync(path, target.draft({ id, name, order: Math.max(0, ...orders) + 1, today: isoDay(new Date()) }));
console.log(`wrote content/${target.folder}/${id}.mdx (draft: true). Replace every TODO, then remove the draft line.`);
