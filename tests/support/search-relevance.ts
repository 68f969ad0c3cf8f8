/**
 * Queries real readers type, and the pages that answer what they mean, written down from the reader's
 * side before looking at what the engine returns. A query passes when any accepted page is in the
 * top three results. Paths are base-less. `notCovered` marks a tool the guide does not cover: it
 * passes when the page of tools not covered is in the top three (once that page exists) or, until
 * then, when search says the tool is not covered and points to the frameworks the guide does cover.
 */
export interface RelevanceCase {
  query: string;
  /** Why a reader types it; groups the hit rate in the report. */
  kind: 'rename' | 'acronym' | 'cost' | 'versus' | 'not covered' | 'topic';
  accept: string[];
  notCovered?: true;
}

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Former and alternative product names
  { kind: 'rename', query: 'Amazon SageMaker', accept: ['/frameworks/sagemaker/'] },
  { kind: 'rename', query: 'Azure AI Foundry', accept: ['/frameworks/azure-ml/'] },
  { kind: 'rename', query: 'Microsoft Foundry', accept: ['/frameworks/azure-ml/'] },
  { kind: 'rename', query: 'Gemini Enterprise Agent Platform', accept: ['/frameworks/vertex-ai/'] },
  { kind: 'rename', query: 'Vertex AI Pipelines', accept: ['/frameworks/vertex-ai/', '/dimensions/orchestration/'] },
  { kind: 'rename', query: 'Outerbounds', accept: ['/frameworks/metaflow/'] },
  { kind: 'rename', query: 'Kubeflow 26.03', accept: ['/frameworks/kubeflow/'] },
  // Acronyms
  { kind: 'acronym', query: 'HIPAA', accept: ['/dimensions/security-compliance/'] },
  { kind: 'acronym', query: 'FedRAMP', accept: ['/dimensions/security-compliance/'] },
  { kind: 'acronym', query: 'SOC 2', accept: ['/dimensions/security-compliance/'] },
  { kind: 'acronym', query: 'RBAC', accept: ['/dimensions/security-compliance/', '/guides/glossary/'] },
  { kind: 'acronym', query: 'KFP', accept: ['/frameworks/kubeflow/', '/dimensions/orchestration/'] },
  { kind: 'acronym', query: 'CalVer', accept: ['/guides/glossary/', '/frameworks/kubeflow/'] },
  { kind: 'acronym', query: 'GPU', accept: ['/dimensions/scalability/', '/dimensions/gpu-compute/', '/tools/cost-calculator/'] },
  // Cost questions
  { kind: 'cost', query: 'how much does SageMaker cost', accept: ['/frameworks/sagemaker/', '/dimensions/cost-model/', '/tools/cost-calculator/'] },
  { kind: 'cost', query: 'egress fees', accept: ['/dimensions/hidden-costs/'] },
  { kind: 'cost', query: 'idle endpoints', accept: ['/dimensions/hidden-costs/'] },
  { kind: 'cost', query: 'scale to zero', accept: ['/guides/glossary/'] },
  { kind: 'cost', query: 'pay as you go', accept: ['/dimensions/cost-model/'] },
  { kind: 'cost', query: 'cost calculator', accept: ['/tools/cost-calculator/'] },
  { kind: 'cost', query: 'total cost of ownership', accept: ['/tools/cost-calculator/', '/dimensions/cost-model/', '/dimensions/hidden-costs/'] },
  { kind: 'cost', query: 'free open source', accept: ['/dimensions/cost-model/'] },
  // "X vs Y"
  { kind: 'versus', query: 'mlflow vs kubeflow', accept: ['/compare/kubeflow-vs-mlflow/'] },
  { kind: 'versus', query: 'SageMaker vs Vertex AI', accept: ['/compare/sagemaker-vs-vertex-ai/'] },
  { kind: 'versus', query: 'metaflow vs azure', accept: ['/compare/azure-ml-vs-metaflow/'] },
  { kind: 'versus', query: 'Kubeflow or Metaflow', accept: ['/compare/kubeflow-vs-metaflow/'] },
  { kind: 'versus', query: 'vertex ai versus sagemaker', accept: ['/compare/sagemaker-vs-vertex-ai/'] },
  // Tools the guide does not cover (the coverage issue lists them for /guides/other-tools/)
  { kind: 'not covered', query: 'Dagster', accept: ['/guides/other-tools/'], notCovered: true },
  { kind: 'not covered', query: 'BentoML', accept: ['/guides/other-tools/'], notCovered: true },
  { kind: 'not covered', query: 'Evidently', accept: ['/guides/other-tools/'], notCovered: true },
  { kind: 'not covered', query: 'lakeFS', accept: ['/guides/other-tools/'], notCovered: true },
  // Topics
  { kind: 'topic', query: 'experiment tracking', accept: ['/dimensions/experiment-tracking/'] },
  { kind: 'topic', query: 'model registry', accept: ['/dimensions/model-registry/'] },
  { kind: 'topic', query: 'drift detection', accept: ['/dimensions/monitoring/'] },
  { kind: 'topic', query: 'canary release', accept: ['/dimensions/deployment-serving/'] },
  { kind: 'topic', query: 'vendor lock-in', accept: ['/dimensions/portability-lock-in/'] },
  { kind: 'topic', query: 'pipeline orchestration', accept: ['/dimensions/orchestration/'] },
  { kind: 'topic', query: 'audit logging', accept: ['/dimensions/security-compliance/'] },
  { kind: 'topic', query: 'proof of concept', accept: ['/guides/proof-of-concept/'] },
  { kind: 'topic', query: 'which framework should I choose', accept: ['/guides/how-to-choose/', '/tools/decision-checklist/'] },
  { kind: 'topic', query: 'small team', accept: ['/tools/decision-checklist/', '/guides/how-to-choose/', '/dimensions/team-skills/'] },
  { kind: 'topic', query: 'Netflix', accept: ['/frameworks/metaflow/'] },
  { kind: 'topic', query: 'serverless inference', accept: ['/dimensions/deployment-serving/', '/frameworks/sagemaker/'] },
];
