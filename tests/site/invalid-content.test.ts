/**
 * Invalid content must stop the build with a message that names the file and the field. Each case
 * breaks one file in a throwaway copy of the project and runs `astro sync`, which validates every
 * collection the way `astro build` does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishedFrameworks } from '../support/content';
import { projectCopy as copyOfProject, removeCopies, runIn } from '../support/project-copy';

// Any framework will do; the first open-source one for the enum case, whose value it replaces.
const FRAMEWORKS = publishedFrameworks();
const OPEN_SOURCE = FRAMEWORKS.find((f) => f.data.kind === 'open-source')!;
const ANY = FRAMEWORKS[0]!;

afterAll(removeCopies);

const projectCopy = () => copyOfProject('field-guide-invalid-');

/** `astro sync` validates every collection the way `astro build` does. */
const syncOutput = (dir: string) => runIn(dir, 'npx', ['astro', 'sync']);

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit to ${file} changed nothing: the test no longer breaks what it means to`);
  writeFileSync(path, after);
}

describe('invalid content fails the build and names the file and the field', { timeout: 120_000 }, () => {
  it('an unknown enum value', async () => {
    const dir = projectCopy();
    edit(dir, OPEN_SOURCE.path, (t) => t.replace(/^kind: open-source$/m, 'kind: proprietary'));
    const { failed, output } = await syncOutput(dir);
    expect(failed).toBe(true);
    expect(output).toContain(`${OPEN_SOURCE.id}.mdx`);
    expect(output).toMatch(/kind/);
  });

  it('an unknown source id', async () => {
    const dir = projectCopy();
    edit(dir, ANY.path, (t) => t.replace(/^(license:[\s\S]*?sources: \[)/m, '$1no-such-source, '));
    const { failed, output } = await syncOutput(dir);
    expect(failed).toBe(true);
    expect(output).toContain(`${ANY.id}.mdx`);
    expect(output).toContain('unknown source id "no-such-source"');
    expect(output).toMatch(/license\.sources/);
  });

  it('a missing required field', async () => {
    const dir = projectCopy();
    edit(dir, 'content/dimensions/scalability.mdx', (t) => t.replace(/^description: .*\n/m, ''));
    const { failed, output } = await syncOutput(dir);
    expect(failed).toBe(true);
    expect(output).toContain('scalability.mdx');
    expect(output).toMatch(/description/);
  });

  it('an unknown framework id in a guide', async () => {
    const dir = projectCopy();
    edit(dir, 'content/guides/how-to-choose.mdx', (t) => t.replace(/^frameworks: \[/m, 'frameworks: [databricks, '));
    const { failed, output } = await syncOutput(dir);
    expect(failed).toBe(true);
    expect(output).toContain('how-to-choose.mdx');
    expect(output).toContain('unknown framework id "databricks"');
  });

  it('an unknown framework id in the decision rules', async () => {
    const dir = projectCopy();
    // The first framework list of the first rule's effects, whichever framework it names.
    edit(dir, 'content/data/decision-rules.yaml', (t) => t.replace(/\{ frameworks: \[[a-z0-9-]+/, '{ frameworks: [zenml'));
    const { failed, output } = await syncOutput(dir);
    expect(failed).toBe(true);
    expect(output).toContain('decision-rules.yaml');
    expect(output).toMatch(/effects\.\d+\.frameworks\.0/);
    expect(output).toContain('unknown framework id "zenml"');
  });

  it('an answer a decision knock-out names but no question offers', async () => {
    const dir = projectCopy();
    edit(dir, 'content/data/decision-knockouts.yaml', (t) => t.replace('when: { musts: [onprem] }', 'when: { musts: [on-prem] }'));
    const { failed, output } = await syncOutput(dir);
    expect(failed).toBe(true);
    expect(output).toContain('decision-knockouts.yaml');
    expect(output).toContain('when.musts.0');
    expect(output).toContain('"on-prem" is not an answer of question "musts"');
  });
});
