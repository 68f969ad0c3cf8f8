/** The compact embed fetches the shared model, then behaves as the checklist; a failed fetch leaves a working link. */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DecisionChecklistEmbed from '../../src/islands/DecisionChecklistEmbed';
import { loadDecisionModel } from '../support/decision';

const links = { checklist: '/tools/decision-checklist/', calculator: '/tools/cost-calculator/', sources: '/sources/', frameworks: '/frameworks/' };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the checklist embed', () => {
  it('offers the full checklist as a link until the model arrives, then ranks from its preset', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response(JSON.stringify(loadDecisionModel())));
    });
    render(<DecisionChecklistEmbed modelUrl="/data/decision-model.json" links={links} preset={{ openness: ['5'], team: ['1-3'], priority: ['proto'] }} hidden={['musts']} />);
    expect(screen.getByRole('link', { name: 'Open the decision checklist' }).getAttribute('href')).toBe('/tools/decision-checklist/');
    expect(await screen.findByRole('group', { name: 'Which cloud do you already use for data?' })).toBeTruthy();
    expect(fetched).toEqual(['/data/decision-model.json']);
    expect(screen.queryByRole('group', { name: /Hard requirements/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Metaflow' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the full checklist with these answers' }).getAttribute('href')).toBe(
      '/tools/decision-checklist/?oss=5&team=1-3&pri=proto',
    );
  });

  it('says so when the model cannot be loaded, and keeps the link', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('missing', { status: 404 })));
    render(<DecisionChecklistEmbed modelUrl="/data/decision-model.json" links={links} />);
    expect(await screen.findByText(/The quick checklist could not load\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open the decision checklist' })).toBeTruthy();
  });
});
