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
  kind: 'rename' | 'acronym' | 'cost' | 'versus' | 'not covered' | 'topic' | 'typo' | 'question';
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

  // The 2026 shortlist (issue 14), written down before the first run on 1 December 2026.
  // GenAI and agent operations
  { kind: 'topic', query: 'LLM tracing', accept: ['/dimensions/llmops/'] },
  { kind: 'topic', query: 'agent tracing', accept: ['/dimensions/llmops/'] },
  { kind: 'topic', query: 'LLM evaluation', accept: ['/dimensions/llmops/'] },
  { kind: 'topic', query: 'prompt registry', accept: ['/dimensions/llmops/'] },
  { kind: 'topic', query: 'AI gateway', accept: ['/dimensions/llmops/'] },
  { kind: 'topic', query: 'guardrails', accept: ['/dimensions/llmops/'] },
  { kind: 'topic', query: 'fine-tuning LLMs', accept: ['/dimensions/llmops/'] },
  { kind: 'topic', query: 'MLflow tracing', accept: ['/frameworks/mlflow/', '/dimensions/llmops/'] },
  // GPUs
  { kind: 'acronym', query: 'H100', accept: ['/dimensions/gpu-compute/', '/tools/cost-calculator/', '/tools/cost-calculator/data/'] },
  { kind: 'cost', query: 'H100 price per hour', accept: ['/tools/cost-calculator/data/', '/dimensions/gpu-compute/', '/tools/cost-calculator/'] },
  { kind: 'cost', query: 'spot instances', accept: ['/dimensions/gpu-compute/', '/guides/glossary/'] },
  { kind: 'cost', query: 'scale to zero GPU', accept: ['/dimensions/gpu-compute/'] },
  { kind: 'topic', query: 'multi-node training', accept: ['/dimensions/gpu-compute/'] },
  // Data and features
  { kind: 'topic', query: 'feature store', accept: ['/dimensions/data-and-features/'] },
  { kind: 'topic', query: 'data versioning', accept: ['/dimensions/data-and-features/'] },
  { kind: 'topic', query: 'data lineage', accept: ['/dimensions/data-and-features/'] },
  { kind: 'rename', query: 'Unity Catalog', accept: ['/frameworks/databricks/', '/dimensions/data-and-features/'] },
  // The two new frameworks by their product, former and umbrella names
  { kind: 'rename', query: 'Weave', accept: ['/frameworks/wandb/'] },
  { kind: 'rename', query: 'W&B Weave', accept: ['/frameworks/wandb/'] },
  { kind: 'rename', query: 'CoreWeave', accept: ['/frameworks/wandb/'] },
  { kind: 'rename', query: 'Mosaic AI', accept: ['/frameworks/databricks/'] },
  { kind: 'rename', query: 'Azure Databricks', accept: ['/frameworks/databricks/'] },
  { kind: 'rename', query: 'Databricks Lakehouse Platform', accept: ['/frameworks/databricks/'] },
  { kind: 'cost', query: 'DBU pricing', accept: ['/frameworks/databricks/', '/dimensions/cost-model/', '/tools/cost-calculator/'] },
  { kind: 'cost', query: 'Databricks pricing', accept: ['/frameworks/databricks/', '/dimensions/cost-model/', '/tools/cost-calculator/'] },
  // "X vs Y" for the new pairs, by id, short name and full name
  { kind: 'versus', query: 'wandb vs mlflow', accept: ['/compare/mlflow-vs-wandb/'] },
  { kind: 'versus', query: 'W&B vs MLflow', accept: ['/compare/mlflow-vs-wandb/'] },
  { kind: 'versus', query: 'mlflow vs weights and biases', accept: ['/compare/mlflow-vs-wandb/'] },
  { kind: 'versus', query: 'databricks vs sagemaker', accept: ['/compare/databricks-vs-sagemaker/'] },
  { kind: 'versus', query: 'Databricks or Azure ML', accept: ['/compare/azure-ml-vs-databricks/'] },
  { kind: 'versus', query: 'Weights & Biases vs Vertex AI', accept: ['/compare/vertex-ai-vs-wandb/'] },
  // Frameworks added on 1 December 2026, by their current and former names (added once on main)
  { kind: 'rename', query: 'ZenML', accept: ['/frameworks/zenml/'] },
  { kind: 'rename', query: 'ClearML', accept: ['/frameworks/clearml/'] },
  { kind: 'rename', query: 'Allegro Trains', accept: ['/frameworks/clearml/'] },
  { kind: 'rename', query: 'Flyte', accept: ['/frameworks/flyte/'] },
  { kind: 'rename', query: 'Union.ai', accept: ['/frameworks/flyte/'] },
  // Tools listed on /guides/other-tools/
  { kind: 'not covered', query: 'Airflow', accept: ['/guides/other-tools/'], notCovered: true },
  { kind: 'not covered', query: 'Prefect', accept: ['/guides/other-tools/'], notCovered: true },
  { kind: 'not covered', query: 'Feast', accept: ['/guides/other-tools/'], notCovered: true },
  { kind: 'not covered', query: 'Langfuse', accept: ['/guides/other-tools/'], notCovered: true },
  { kind: 'not covered', query: 'Ray', accept: ['/guides/other-tools/'], notCovered: true },
  { kind: 'not covered', query: 'Comet', accept: ['/guides/other-tools/'], notCovered: true },
  { kind: 'not covered', query: 'DataRobot', accept: ['/guides/other-tools/'], notCovered: true },
  { kind: 'not covered', query: 'KServe', accept: ['/guides/other-tools/'], notCovered: true },
];

/**
 * Search that forgives (issue 23): misspelled names and questions in a reader's own words, with the
 * page that answers each. Written down on 7 December 2026 before the first run and before any tuning;
 * like the set above, a case passes when an accepted page is in the top three. Questions about cost,
 * setup time or a choice between two name the page that answers them (the calculator, the effort
 * figures, the pair page), not a page that merely mentions the words.
 */
export const FORGIVING_CASES: RelevanceCase[] = [
  // Misspelled framework, topic and tool names
  { kind: 'typo', query: 'kubeflw', accept: ['/frameworks/kubeflow/'] },
  { kind: 'typo', query: 'mlfow', accept: ['/frameworks/mlflow/'] },
  { kind: 'typo', query: 'sagemkr', accept: ['/frameworks/sagemaker/'] },
  { kind: 'typo', query: 'metaflwo', accept: ['/frameworks/metaflow/'] },
  { kind: 'typo', query: 'experiment trackng', accept: ['/dimensions/experiment-tracking/'] },
  { kind: 'typo', query: 'orchestraton', accept: ['/dimensions/orchestration/'] },
  { kind: 'typo', query: 'databriks pricing', accept: ['/frameworks/databricks/', '/dimensions/cost-model/', '/tools/cost-calculator/'] },
  { kind: 'typo', query: 'vertx ai vs sagemaker', accept: ['/compare/sagemaker-vs-vertex-ai/'] },
  { kind: 'typo', query: 'cost calculater', accept: ['/tools/cost-calculator/'] },
  // Questions about cost, setup time and a choice between two
  { kind: 'question', query: 'how much does kubeflow cost', accept: ['/tools/cost-calculator/'] },
  { kind: 'question', query: 'what does vertex ai cost per month', accept: ['/tools/cost-calculator/'] },
  { kind: 'question', query: 'how long to set up mlflow', accept: ['/dimensions/implementation-effort/', '/tools/cost-calculator/'] },
  { kind: 'question', query: 'how hard is kubeflow to install', accept: ['/dimensions/implementation-effort/', '/tools/cost-calculator/'] },
  { kind: 'question', query: 'mlflow or kubeflow', accept: ['/compare/kubeflow-vs-mlflow/'] },
  { kind: 'question', query: 'is clearml better than zenml', accept: ['/compare/clearml-vs-zenml/'] },
];
