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
    edit(dir, 'content/guides/how-to-choose.mdx', (t) => t.replace(/^frameworks: \[/m, 'frameworks: [no-such-framework, '));
    const { failed, output } = await syncOutput(dir);
    expect(failed).toBe(true);
    expect(output).toContain('how-to-choose.mdx');
    expect(output).toContain('unknown framework id "no-such-framework"');
  });

  it('a decision profile level its criterion does not have', async () => {
    const dir = projectCopy();
    // The first profile's operations burden, whichever framework it belongs to.
    edit(dir, 'content/data/decision-profiles.yaml', (t) =>
      t.replace(/(\n  operations:\n    level: )[a-z-]+|(\n  operations: \{ level: )[a-z-]+/, (_m, a, b) => `${a ?? b}trivial`),
    );
    const { failed, output } = await syncOutput(dir);
    expect(failed).toBe(true);
    expect(output).toContain('decision-profiles.yaml');
    expect(output).toContain('operations.level');
    expect(output).toContain('"trivial" is not a level of criterion "operations"');
  });

  it('an answer a decision scenario names but no question offers', async () => {
    const dir = projectCopy();
    edit(dir, 'content/data/decision-scenarios.yaml', (t) => t.replace('answers: { cloud: [aws] }', 'answers: { cloud: [mars] }'));
    const { failed, output } = await syncOutput(dir);
    expect(failed).toBe(true);
    expect(output).toContain('decision-scenarios.yaml');
    expect(output).toContain('answers.cloud.0');
    expect(output).toContain('"mars" is not an answer of question "cloud"');
  });
});
