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

/**
 * Each list as the article gives it, one phrase per item in the article's order (typed from the
 * article; a phrase is a pattern, so a British spelling or GCP for Google Cloud still counts). The
 * data may word an item more fully, but item n must say phrase n in whole words, and no item may be
 * added or lost.
 */
const ARTICLE = [
  {
    id: 'mlflow',
    features: ['experiment tracking', 'model registry', 'deployment support'],
    strengths: ['open source', 'language agnostic', 'integrates with major cloud providers'],
    limitations: ['limited built in orchestration'],
    bestFor: ['flexibility and open source control'],
    effort: 'medium',
    cost: 'free-open-source',
    hidden: ['engineering time for setup and integration'],
    compliance: 'open-source-deployment',
  },
  {
    id: 'kubeflow',
    features: ['kubernetes native pipeline orchestration', 'training', 'serving'],
    strengths: ['containeri[sz]ed workloads', 'strong scalability'],
    limitations: ['steep learning curve', 'requires kubernetes expertise'],
    bestFor: ['already invested in kubernetes'],
    effort: 'high',
    cost: 'free-open-source',
    hidden: ['kubernetes cluster management', 'staff training'],
    compliance: 'self-managed-kubernetes',
  },
  {
    id: 'sagemaker',
    features: ['managed pipelines', 'model registry', 'ci/cd', 'monitoring'],
    strengths: ['fully managed', 'aws integration', 'security compliance'],
    limitations: ['aws lock in', 'cost considerations'],
    bestFor: ['entirely on aws'],
    effort: 'low-medium',
    cost: 'pay-as-you-go',
    hidden: ['cloud costs at scale', 'aws lock in'],
    compliance: 'managed-cloud',
  },
  {
    id: 'azure-ml',
    features: ['automated ml pipelines', 'model versioning', 'monitoring'],
    strengths: ['integration with azure devops', 'enterprise friendly'],
    limitations: ['azure specific ecosystem'],
    bestFor: ['microsoft centric enterprises'],
    effort: 'low-medium',
    cost: 'pay-as-you-go',
    hidden: ['azure subscription costs', 'devops integration'],
    compliance: 'managed-cloud',
  },
  {
    id: 'vertex-ai',
    features: ['end to end ml lifecycle management', 'automl', 'monitoring'],
    strengths: ['integration with (gcp|google cloud)', 'scalable managed service'],
    limitations: ['requires (gcp|google cloud) adoption'],
    bestFor: ['building on (gcp|google cloud)'],
    effort: 'low-medium',
    cost: 'pay-as-you-go',
    hidden: ['(gcp|google cloud) adoption', 'data egress costs'],
    compliance: 'managed-cloud',
  },
  {
    id: 'metaflow',
    features: ['pythonic data science workflow orchestration'],
    strengths: ['easy to learn', 'great for experimentation', 'human centric design'],
    limitations: ['less focused on enterprise grade deployment'],
    bestFor: ['smaller teams prioriti[sz]ing experimentation over scale'],
    effort: 'low',
    cost: 'free-open-source',
    hidden: ['complementary tools for production deployment'],
    compliance: 'open-source-deployment',
  },
] as const;

/** Lower case, hyphens as spaces; every phrase must match item n of the list in whole words. */
const normalise = (text: string) => text.toLowerCase().replaceAll('-', ' ');
function unmatched(items: string[] | string, phrases: readonly string[]): string[] {
  const list = Array.isArray(items) ? items : [items];
  if (list.length !== phrases.length) return [`${list.length} items (${list.join(' | ')}) for the article's ${phrases.length}`];
  return phrases.flatMap((phrase, n) =>
    new RegExp(`(^|[^a-z0-9])${phrase}($|[^a-z0-9])`).test(normalise(list[n]!)) ? [] : [`item ${n + 1} "${list[n]}" does not say "${phrase}"`],
  );
}

describe('the original article, fact by fact', () => {
  it('covers every one of its frameworks (the guide may cover more)', () => {
    expect([...frameworks.keys()]).toEqual(expect.arrayContaining(ARTICLE.map((a) => a.id)));
  });

  describe.each(ARTICLE)('$id', (fact) => {
    it('keeps its key features, strengths, limitations and best-for', () => {
      const s = seed(fact.id);
      expect(unmatched(s.keyFeatures, fact.features)).toEqual([]);
      expect(unmatched(s.strengths, fact.strengths)).toEqual([]);
      expect(unmatched(s.limitations, fact.limitations)).toEqual([]);
      expect(unmatched(s.bestFor, fact.bestFor)).toEqual([]);
    });
    it('keeps its effort rating, cost model, hidden costs and compliance group', () => {
      const s = seed(fact.id);
      expect(s.implementationEffort).toBe(fact.effort);
      expect(s.costModel).toBe(fact.cost);
      expect(unmatched(s.hiddenCosts, fact.hidden)).toEqual([]);
      expect(s.complianceGroup).toBe(fact.compliance);
    });
  });

  it('keeps its three use cases, each with a source', () => {
    const useCase = (id: string, organisation: string) =>
      (frameworks.get(id)!.data.useCases as Array<{ organisation: string; sources: string[] }>).find((u) => u.organisation.toLowerCase().includes(organisation));
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
