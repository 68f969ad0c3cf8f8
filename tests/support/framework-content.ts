/**
 * Adds or removes a framework in a copy of the project the way an editor would: its MDX file plus
 * its rows in content/data/. Nothing here knows which data files exist or what they hold; it relies
 * on one convention, which every per-framework row in content/data/*.yaml follows:
 *
 *   A top-level entry of a data file belongs to framework F when its `framework` field is F or,
 *   in an entry without a `framework` field, when its `id` is F. An entry that belongs to F and
 *   has an `id` of its own (an attestation row, `mlflow-self-hosted`) starts that id with F.
 *   An entry made of several frameworks (a stack) names them in a list called `members`, each
 *   member naming its framework in a field. Anywhere else a framework is named by id, it is an
 *   item of a list called `frameworks` or the whole value of a field (`estimateOf`, …).
 *
 * Cloning F as N copies F's MDX (new id, title and short name, in the body too; last in order) and every entry that
 * belongs to F (with `framework`/`id` set to N, and an own id's leading F replaced by N), and adds N
 * next to F in every `frameworks` list, so N is scored wherever F is. Removing F deletes its MDX and
 * its entries, takes F out of every `frameworks` list, and drops any entry that then names F, has F
 * among its `members`, or is left with an empty list.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type YAMLMap, type YAMLSeq } from 'yaml';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

function dataFiles(dir: string): string[] {
  return readdirSync(join(dir, 'content/data'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => join(dir, 'content/data', name));
}

function mdxFiles(dir: string): string[] {
  return ['frameworks', 'dimensions', 'guides'].flatMap((collection) =>
    readdirSync(join(dir, 'content', collection))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => join(dir, 'content', collection, name)),
  );
}

/** The framework an entry belongs to, by the convention above. */
function ownerOf(entry: YAMLMap): unknown {
  return entry.has('framework') ? entry.get('framework') : entry.get('id');
}

function editYaml(path: string, change: (doc: Document) => boolean): void {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  if (change(doc)) writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

function editFrontmatter(path: string, change: (doc: Document) => boolean): void {
  const text = readFileSync(path, 'utf8');
  const match = FRONTMATTER.exec(text);
  if (!match) return;
  const doc = parseDocument(match[1]!);
  if (change(doc)) writeFileSync(path, `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${text.slice(match[0].length)}`);
}

/** Calls `visit` on every sequence under a key named `frameworks`, anywhere in the tree. */
function everyFrameworkList(node: unknown, visit: (list: YAMLSeq) => void): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key) && pair.key.value === 'frameworks' && isSeq(pair.value)) visit(pair.value);
      else everyFrameworkList(pair.value, visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item) => everyFrameworkList(item, visit));
  }
}

const scalarValue = (node: unknown): unknown => (isScalar(node) ? node.value : node);

/** Adds `to` right after `from` in every `frameworks` list. */
function addBeside(node: unknown, from: string, to: string): boolean {
  let changed = false;
  everyFrameworkList(node, (list) => {
    const at = list.items.findIndex((item) => scalarValue(item) === from);
    if (at >= 0) {
      list.items.splice(at + 1, 0, new Scalar(to));
      changed = true;
    }
  });
  return changed;
}

/** An entry's own id renamed for the clone: it starts with the framework's id, by the convention above. */
function renamedId(id: string, from: string, to: string, path: string): string {
  if (!id.startsWith(`${from}-`)) throw new Error(`${path}: entry ${id} belongs to ${from} but its id does not start with "${from}-"`);
  return `${to}${id.slice(from.length)}`;
}

export function cloneFramework(dir: string, from: string, to: string, name: string): void {
  const source = join(dir, 'content/frameworks', `${from}.mdx`);
  const orders = mdxFiles(dir)
    .filter((path) => path.includes('/content/frameworks/'))
    .map((path) => Number(/^order: (\d+)$/m.exec(readFileSync(path, 'utf8'))?.[1] ?? 0));
  const text = readFileSync(source, 'utf8');
  const match = FRONTMATTER.exec(text)!;
  const doc = parseDocument(match[1]!);
  const oldNames = [String(doc.get('title')), String(doc.get('shortName'))].sort((a, b) => b.length - a.length);
  doc.set('title', name);
  doc.set('shortName', name);
  doc.set('order', Math.max(...orders) + 1);
  // The article speaks of its framework by name, and names its id in props such as
  // <CostEstimate framework="…" />: a contributor copying a file renames both.
  let body = text.slice(match[0].length).replaceAll(`="${from}"`, `="${to}"`);
  for (const old of oldNames) body = body.replaceAll(old, name);
  writeFileSync(join(dir, 'content/frameworks', `${to}.mdx`), `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${body}`);

  for (const path of dataFiles(dir)) {
    editYaml(path, (data) => {
      if (!isSeq(data.contents)) return false;
      const list = data.contents;
      let changed = false;
      for (const entry of [...list.items]) {
        if (!isMap(entry) || ownerOf(entry) !== from) continue;
        const copy = entry.clone() as YAMLMap;
        if (entry.has('framework')) {
          copy.set('framework', to);
          if (entry.has('id')) copy.set('id', renamedId(String(entry.get('id')), from, to, path));
        } else {
          copy.set('id', to);
        }
        list.items.push(copy);
        changed = true;
      }
      return addBeside(list, from, to) || changed;
    });
  }
}

/** Whether a member names `id`: it is `id`, or one of its fields is. */
function names(member: unknown, id: string): boolean {
  return scalarValue(member) === id || (isMap(member) && member.items.some((pair) => scalarValue(pair.value) === id));
}

/**
 * Takes `id` out of a node. Returns whether anything changed and whether the node itself must go:
 * a mapping goes when one of its fields is `id`, when `id` is one of its `members` (a stack without
 * one of its tools no longer exists), or when a list under it was emptied by the removal (an effect
 * whose only framework was `id`, then a rule whose only effect that was); a list goes when the
 * removal emptied it.
 */
function prune(node: unknown, id: string): { changed: boolean; drop: boolean } {
  if (isSeq(node)) {
    const before = node.items.length;
    let changed = false;
    node.items = node.items.filter((item) => {
      if (scalarValue(item) === id) return false;
      const result = prune(item, id);
      changed ||= result.changed;
      return !result.drop;
    });
    changed ||= node.items.length !== before;
    return { changed, drop: before > 0 && node.items.length === 0 };
  }
  if (isMap(node)) {
    let changed = false;
    let drop = false;
    for (const pair of node.items) {
      if (scalarValue(pair.value) === id) drop = true;
      if (isScalar(pair.key) && pair.key.value === 'members' && isSeq(pair.value) && pair.value.items.some((member) => names(member, id))) drop = true;
      const result = prune(pair.value, id);
      changed ||= result.changed;
      drop ||= result.drop;
    }
    return { changed: changed || drop, drop };
  }
  return { changed: false, drop: false };
}

export function removeFramework(dir: string, id: string): void {
  rmSync(join(dir, 'content/frameworks', `${id}.mdx`));
  for (const path of dataFiles(dir)) {
    editYaml(path, (data) => {
      if (!isSeq(data.contents)) return false;
      const list = data.contents;
      const before = list.items.length;
      list.items = list.items.filter((entry) => !(isMap(entry) && ownerOf(entry) === id));
      return prune(list, id).changed || list.items.length !== before;
    });
  }
  // A guide's frontmatter lists the frameworks it covers; the guide itself stays.
  for (const path of mdxFiles(dir)) editFrontmatter(path, (frontmatter) => prune(frontmatter.contents, id).changed);
}
