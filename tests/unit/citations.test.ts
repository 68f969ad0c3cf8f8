import { describe, expect, it } from 'vitest';
import { citationIndex, pageSourceIds, sourceIdsIn, sourceIdsInBody } from '../../src/lib/citations';

describe('citations', () => {
  const frontmatter = {
    title: 'Kubeflow',
    lastReviewed: new Date('2026-11-26'),
    license: { text: 'Apache-2.0', sources: ['kubeflow-license'] },
    aliases: [{ name: 'Kubeflow 1.x', sources: ['kubeflow-26-03-release', 'kubeflow-license'] }],
    capabilities: { 'model-registry': { level: 'native', sources: ['kubeflow-hub'] } },
  };

  it('finds every source id in frontmatter, in order, at any depth', () => {
    expect(sourceIdsIn(frontmatter)).toEqual(['kubeflow-license', 'kubeflow-26-03-release', 'kubeflow-license', 'kubeflow-hub']);
  });

  it('finds source ids in <Cite ids="…" /> tags of an MDX body', () => {
    const body = 'Text <Cite ids="eks-pricing gke-pricing" /> more <Cite ids="  aks-pricing-tiers " /> and <Cite ids="" />.';
    expect(sourceIdsInBody(body)).toEqual(['eks-pricing', 'gke-pricing', 'aks-pricing-tiers']);
  });

  it('lists a page’s distinct sources, frontmatter first', () => {
    expect(pageSourceIds(frontmatter, '<Cite ids="eks-pricing kubeflow-hub" />')).toEqual([
      'kubeflow-license',
      'kubeflow-26-03-release',
      'kubeflow-hub',
      'eks-pricing',
    ]);
  });

  it('indexes which pages cite each source, each page once', () => {
    const index = citationIndex([
      { title: 'Kubeflow', path: '/frameworks/kubeflow/', sourceIds: ['eks-pricing', 'eks-pricing', 'gke-pricing'] },
      { title: 'Hidden costs', path: '/dimensions/hidden-costs/', sourceIds: ['eks-pricing'] },
    ]);
    expect(index.get('eks-pricing')).toEqual([
      { title: 'Kubeflow', path: '/frameworks/kubeflow/' },
      { title: 'Hidden costs', path: '/dimensions/hidden-costs/' },
    ]);
    expect(index.get('gke-pricing')).toHaveLength(1);
    expect(index.get('unused')).toBeUndefined();
  });
});
