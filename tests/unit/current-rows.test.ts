/** The current rows (src/lib/compare/current.ts): every cell filled, or saying why not, with sources. */
import { describe, expect, it } from 'vitest';
import { CURRENT_ROW_IDS, currentCells } from '~/lib/compare/current';
import { fakeCurrentInput } from '../support/fixtures';

describe('current rows', () => {
  const rows = currentCells(fakeCurrentInput('alpha', 'Alpha'));

  it('builds each cell from the data it is given, in words, with its sources', () => {
    expect(rows.kind).toEqual({ text: 'Open source. Apache-2.0', sources: ['alpha-license'] });
    expect(rows.hosting).toEqual({ text: 'Self-hosted. Runs in AWS, Azure, your own data centre.', sources: ['alpha-cloud', 'alpha-effort'] });
    expect(rows.cost).toEqual({
      text: '$10,000 ($8,000–$14,000) a month and $20,000 ($15,000–$30,000) one-time, self-hosted, likely (low–high), USD.',
      sources: ['alpha-cost'],
      link: { href: '/tools/cost-calculator/', text: 'Every line in the calculator' },
      short: '$10,000 ($8,000–$14,000) a month (self-hosted)',
    });
    expect(rows['first-pipeline']).toMatchObject({ text: 'Self-hosted: 2 person-weeks (1–6).', short: '2 person-weeks (1–6) (self-hosted)' });
    expect(rows.operations.text).toBe('Self-hosted: about 12 hours.');
    expect(rows.kubernetes).toEqual({ text: 'Optional. It runs on a virtual machine or a cluster.', sources: ['alpha-k8s'], key: 'Optional' });
    expect(rows['lock-in']).toEqual({
      text: 'Alpha lock-in. Exit effort: low. Leaving takes about 2 person-weeks (1–4) in the calculator’s profile.',
      sources: ['alpha-minute', 'alpha-exit', 'alpha-effort'],
    });
    expect(rows.compliance).toEqual({ text: 'Self-hosted, Alpha: your environment’s attestations.', sources: ['alpha-attest'] });
    expect(rows.genai.text).toBe('LLM and agent tracing: ● Native; LLM evaluation: ● Native; Prompt registry: ● Native; AI gateway: ● Native; GenAI and LLM tooling: ● Native.');
    expect(rows.team).toEqual({
      text: '1–3 people: good; 4–10: good; 11–30: fair; more than 30: fair.',
      sources: ['alpha-team'],
      key: '1–3 people: good; 4–10: good; 11–30: fair; more than 30: fair',
    });
  });

  it('names every hosting mode per row, the usual one first', () => {
    const input = fakeCurrentInput('beta', 'Beta');
    const two = currentCells({
      ...input,
      modes: [
        ...input.modes,
        { mode: 'saas', setupWeeks: { low: 0.5, likely: 1, high: 2 }, exitWeeks: { low: 1, likely: 2, high: 4 }, opsHoursMonthly: 2.5, sources: ['beta-saas'] },
      ],
    });
    expect(two.hosting.text).toBe('Self-hosted (the usual way), vendor SaaS. Runs in AWS, Azure, your own data centre.');
    expect(two.operations.text).toBe('Self-hosted: about 12 hours; Vendor SaaS: about 2.5 hours.');
    expect(two['first-pipeline'].text).toBe('Self-hosted: 2 person-weeks (1–6); Vendor SaaS: 1 person-week (0.5–2).');
  });

  it('says why a cell is empty, citing the framework’s own sources, when a profile is missing', () => {
    const bare = currentCells(fakeCurrentInput('gamma', 'Gamma', { modes: [], cost: undefined, checklist: {}, attestations: [] }));
    expect(bare.cost).toEqual({ text: 'The cost calculator has no effort profile for it yet, so it is not priced.', sources: ['gamma-license'] });
    expect(bare.hosting.text).toBe('No effort profile or checklist profile gives its hosting modes yet; see the framework page.');
    expect(bare.kubernetes.text).toBe('The decision checklist has no profile for it yet; see the framework page.');
    expect(bare.compliance.text).toBe('The attestation matrix has no row for it yet; see its security and compliance section.');
    for (const id of CURRENT_ROW_IDS) {
      expect(bare[id].text.length, id).toBeGreaterThan(5);
      expect(bare[id].sources.length, id).toBeGreaterThan(0);
    }
  });
});
