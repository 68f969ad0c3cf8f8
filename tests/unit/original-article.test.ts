/**
 * Every fact of the original article (../shared/reference/seed-mlops-frameworks-compared.txt) is
 * represented in the data: the frameworks, their ratings, cost models, hidden costs, compliance
 * groups, best-for, use cases and the checklist's four rules. The expectations are typed from the
 * article by hand; the data may word them more fully but must keep their meaning.
 */
import { describe, expect, it } from 'vitest';
import { readCollection } from '../support/content';

const frameworks = new Map(readCollection('frameworks').map((f) => [f.id, f]));
const seed = (id: string) => frameworks.get(id)!.data.seed as Record<string, any>;
const lower = (items: string[] | string) => (Array.isArray(items) ? items : [items]).join(' | ').toLowerCase();

const ARTICLE = [
  {
    id: 'mlflow',
    features: ['experiment tracking', 'model registry', 'deployment'],
    strengths: ['open source', 'language-agnostic', 'cloud'],
    limitations: ['orchestration'],
    bestFor: ['flexibility', 'open-source control'],
    effort: 'medium',
    cost: 'free-open-source',
    hidden: ['engineering time'],
    compliance: 'open-source-deployment',
  },
  {
    id: 'kubeflow',
    features: ['kubernetes', 'pipeline', 'training', 'serving'],
    strengths: ['container', 'scalab'],
    limitations: ['learning curve', 'kubernetes expertise'],
    bestFor: ['kubernetes'],
    effort: 'high',
    cost: 'free-open-source',
    hidden: ['cluster management', 'training'],
    compliance: 'self-managed-kubernetes',
  },
  {
    id: 'sagemaker',
    features: ['pipelines', 'model registry', 'ci/cd', 'monitoring'],
    strengths: ['fully managed', 'aws', 'compliance'],
    limitations: ['lock-in', 'cost'],
    bestFor: ['aws'],
    effort: 'low-medium',
    cost: 'pay-as-you-go',
    hidden: ['at scale', 'lock-in'],
    compliance: 'managed-cloud',
  },
  {
    id: 'azure-ml',
    features: ['automated ml pipelines', 'versioning', 'monitoring'],
    strengths: ['azure devops', 'enterprise'],
    limitations: ['azure'],
    bestFor: ['microsoft'],
    effort: 'low-medium',
    cost: 'pay-as-you-go',
    hidden: ['subscription', 'devops integration'],
    compliance: 'managed-cloud',
  },
  {
    id: 'vertex-ai',
    features: ['lifecycle', 'automl', 'monitoring'],
    strengths: ['google cloud', 'scalable'],
    limitations: ['google cloud'],
    bestFor: ['google cloud'],
    effort: 'low-medium',
    cost: 'pay-as-you-go',
    hidden: ['google cloud adoption', 'egress'],
    compliance: 'managed-cloud',
  },
  {
    id: 'metaflow',
    features: ['pythonic', 'workflow'],
    strengths: ['easy to learn', 'experimentation', 'human-centric'],
    limitations: ['enterprise-grade deployment'],
    bestFor: ['smaller teams', 'experimentation'],
    effort: 'low',
    cost: 'free-open-source',
    hidden: ['complementary tools'],
    compliance: 'open-source-deployment',
  },
] as const;

describe('the original article, fact by fact', () => {
  it('covers every one of its frameworks (the guide may cover more)', () => {
    expect([...frameworks.keys()]).toEqual(expect.arrayContaining(ARTICLE.map((a) => a.id)));
  });

  describe.each(ARTICLE)('$id', (fact) => {
    it('keeps its key features, strengths, limitations and best-for', () => {
      const s = seed(fact.id);
      for (const word of fact.features) expect(lower(s.keyFeatures)).toContain(word);
      for (const word of fact.strengths) expect(lower(s.strengths)).toContain(word);
      for (const word of fact.limitations) expect(lower(s.limitations)).toContain(word);
      for (const word of fact.bestFor) expect(lower(s.bestFor)).toContain(word);
    });
    it('keeps its effort rating, cost model, hidden costs and compliance group', () => {
      const s = seed(fact.id);
      expect(s.implementationEffort).toBe(fact.effort);
      expect(s.costModel).toBe(fact.cost);
      for (const word of fact.hidden) expect(lower(s.hiddenCosts)).toContain(word);
      expect(s.complianceGroup).toBe(fact.compliance);
    });
  });

  it('keeps its three use cases, each with a source', () => {
    const useCase = (id: string, organisation: string) =>
      (frameworks.get(id)!.data.useCases as Array<{ organisation: string; sources: string[] }>).find((u) =>
        u.organisation.toLowerCase().includes(organisation),
      );
    for (const [id, organisation] of [
      ['kubeflow', 'spotify'],
      ['mlflow', 'databricks'],
      ['vertex-ai', 'paypal'],
    ] as const) {
      expect(useCase(id, organisation), `${organisation} on ${id}`).toBeDefined();
      expect(useCase(id, organisation)!.sources.length).toBeGreaterThan(0);
    }
  });
});
