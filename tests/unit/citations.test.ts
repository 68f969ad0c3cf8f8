import { describe, expect, it } from 'vitest';
import { citationIndex, pageSourceIds, sourceIdsIn, sourceIdsInBody } from '~/lib/citations';

describe('citations', () => {
  const frontmatter = {
    title: 'Alpha',
    lastReviewed: new Date('2026-11-26'),
    license: { text: 'Apache-2.0', sources: ['alpha-license'] },
    aliases: [{ name: 'Alpha 1.x', sources: ['alpha-26-03-release', 'alpha-license'] }],
    capabilities: { 'model-registry': { level: 'native', sources: ['alpha-hub'] } },
  };

  it('finds every source id in frontmatter, in order, at any depth', () => {
    expect(sourceIdsIn(frontmatter)).toEqual(['alpha-license', 'alpha-26-03-release', 'alpha-license', 'alpha-hub']);
  });

  it('finds source ids in <Cite ids="…" /> tags of an MDX body', () => {
    const body = 'Text <Cite ids="eks-pricing gke-pricing" /> more <Cite ids="  aks-pricing-tiers " /> and <Cite ids="" />.';
    expect(sourceIdsInBody(body)).toEqual(['eks-pricing', 'gke-pricing', 'aks-pricing-tiers']);
  });

  it('lists a page’s distinct sources, frontmatter first', () => {
    expect(pageSourceIds(frontmatter, '<Cite ids="eks-pricing alpha-hub" />')).toEqual(['alpha-license', 'alpha-26-03-release', 'alpha-hub', 'eks-pricing']);
  });

  it('indexes which pages cite each source, each page once', () => {
    const index = citationIndex([
      { title: 'Alpha', path: '/frameworks/alpha/', sourceIds: ['eks-pricing', 'eks-pricing', 'gke-pricing'] },
      { title: 'Hidden costs', path: '/dimensions/hidden-costs/', sourceIds: ['eks-pricing'] },
    ]);
    expect(index.get('eks-pricing')).toEqual([
      { title: 'Alpha', path: '/frameworks/alpha/' },
      { title: 'Hidden costs', path: '/dimensions/hidden-costs/' },
    ]);
    expect(index.get('gke-pricing')).toHaveLength(1);
    expect(index.get('unused')).toBeUndefined();
  });
});
