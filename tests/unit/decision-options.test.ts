/**
 * Options that cover a scope (src/lib/options): single frameworks, stacks whose members together
 * cover it, and partial frameworks with their gap. Expectations are worked out by hand from the
 * capability levels written here or in content/frameworks/*.mdx.
 */
import { describe, expect, it } from 'vitest';
import { COVERING_LEVELS, memberIds, optionsForScope, type OptionFramework, type OptionStack } from '~/lib/options';
import type { CapabilityId, SupportLevel } from '~/lib/vocabulary';
import { loadDecisionModel } from '../support/decision';

const fw = (id: string, levels: Partial<Record<CapabilityId, SupportLevel>>): OptionFramework => ({
  id,
  capabilities: Object.fromEntries(Object.entries(levels).map(([c, level]) => [c, { level }])),
});
const member = (framework: string, covers: CapabilityId[]) => ({ framework, role: `${framework}'s role`, covers, runs: 'Your team.' });

// A tracker, an orchestrator, a platform with tracking as an add-on, and one with tracking only partly.
const tracker = fw('tracker', { 'experiment-tracking': 'native', 'model-registry': 'native', 'pipeline-orchestration': 'none' });
const runner = fw('runner', { 'experiment-tracking': 'partial', 'model-registry': 'via-integration', 'pipeline-orchestration': 'native' });
const platform = fw('platform', { 'experiment-tracking': 'managed-add-on', 'model-registry': 'native', 'pipeline-orchestration': 'native' });
const frameworks = [tracker, runner, platform];
const runnerTracker: OptionStack = {
  id: 'runner-tracker',
  title: 'Runner + Tracker',
  members: [member('runner', ['pipeline-orchestration']), member('tracker', ['experiment-tracking', 'model-registry'])],
};

describe('optionsForScope', () => {
  it('tracking only: the tracker and the platform (add-on counts) cover it; the runner is partial; the stack is not offered, since the runner has no part', () => {
    const options = optionsForScope(['experiment-tracking', 'model-registry'], frameworks, [runnerTracker]);
    expect(options.map((o) => [o.id, o.kind])).toEqual([
      ['tracker', 'single'],
      ['platform', 'single'],
      ['runner', 'partial'],
    ]);
    expect(options[2]!.gaps).toEqual([
      { capability: 'experiment-tracking', level: 'partial' },
      { capability: 'model-registry', level: 'via-integration' },
    ]);
    expect(options[2]!.members[0]!.provides).toEqual([]);
  });

  it('pipelines and tracking: the platform covers it alone, the stack together, each member providing its part', () => {
    const options = optionsForScope(['pipeline-orchestration', 'experiment-tracking'], frameworks, [runnerTracker]);
    expect(options.map((o) => [o.id, o.kind])).toEqual([
      ['platform', 'single'],
      ['tracker', 'partial'],
      ['runner', 'partial'],
      ['runner-tracker', 'stack'],
    ]);
    expect(options[1]!.gaps).toEqual([{ capability: 'pipeline-orchestration', level: 'none' }]);
    const stack = options[3]!;
    expect(stack.members.map((m) => [m.framework, m.provides])).toEqual([
      ['runner', ['pipeline-orchestration']],
      ['tracker', ['experiment-tracking']],
    ]);
    expect(stack.gaps).toEqual([]);
    expect(memberIds(stack)).toEqual(['runner', 'tracker']);
  });

  it('a stack is not offered when no member has a scope capability at a covering level, even if it lists it', () => {
    // None of the three has model serving, so all are partial, in the order given, and no stack covers it.
    const claims: OptionStack = {
      ...runnerTracker,
      id: 'claims',
      members: [member('runner', ['pipeline-orchestration', 'model-serving']), member('tracker', ['experiment-tracking'])],
    };
    expect(optionsForScope(['pipeline-orchestration', 'model-serving'], frameworks, [claims]).map((o) => [o.id, o.kind])).toEqual([
      ['tracker', 'partial'],
      ['runner', 'partial'],
      ['platform', 'partial'],
    ]);
  });

  it('a stack marked notAnOption, or naming an unknown framework, is never offered', () => {
    const scope: CapabilityId[] = ['pipeline-orchestration', 'experiment-tracking'];
    expect(optionsForScope(scope, frameworks, [{ ...runnerTracker, notAnOption: 'One framework’s own feature.' }]).some((o) => o.kind === 'stack')).toBe(false);
    expect(
      optionsForScope(scope, frameworks, [{ ...runnerTracker, members: [member('nowhere', ['pipeline-orchestration']), member('tracker', ['experiment-tracking'])] }]).some(
        (o) => o.kind === 'stack',
      ),
    ).toBe(false);
  });

  it('an empty scope: every framework is a covering single option and no stack is offered; a repeated capability counts once', () => {
    expect(optionsForScope([], frameworks, [runnerTracker]).map((o) => [o.id, o.kind])).toEqual([
      ['tracker', 'single'],
      ['runner', 'single'],
      ['platform', 'single'],
    ]);
    expect(optionsForScope(['model-registry', 'model-registry'], [runner], [])[0]!.gaps).toEqual([{ capability: 'model-registry', level: 'via-integration' }]);
  });

  it('a capability missing from a framework’s levels is a gap at level unknown', () => {
    expect(optionsForScope(['feature-store'], [tracker], [])[0]!.gaps).toEqual([{ capability: 'feature-store', level: 'unknown' }]);
  });
});

describe('the real frameworks and stacks', () => {
  const model = loadDecisionModel();
  const byId = new Map(model.frameworks.map((f) => [f.id, f]));

  it('every capability a stack member covers is native or a managed add-on in its frontmatter', () => {
    const wrong = model.stacks.flatMap((s) =>
      s.members.flatMap((m) => m.covers.filter((c) => !COVERING_LEVELS.has(byId.get(m.framework)!.capabilities[c].level)).map((c) => `${s.id}: ${m.framework} ${c}`)),
    );
    expect(wrong).toEqual([]);
  });

  it('tracking and a registry: the frameworks with both natively (or as an add-on) are single options; no stack is offered', () => {
    // From the frontmatter: ClearML's registry and Metaflow's are partial, Kubeflow's and ZenML's
    // tracking partial, Flyte's tracking via an integration.
    const options = optionsForScope(['experiment-tracking', 'model-registry'], model.frameworks, model.stacks);
    expect(
      options
        .filter((o) => o.kind === 'single')
        .map((o) => o.id)
        .sort(),
    ).toEqual(['azure-ml', 'databricks', 'mlflow', 'sagemaker', 'vertex-ai', 'wandb']);
    expect(
      options
        .filter((o) => o.kind === 'partial')
        .map((o) => o.id)
        .sort(),
    ).toEqual(['clearml', 'flyte', 'kubeflow', 'metaflow', 'zenml']);
    expect(options.some((o) => o.kind === 'stack')).toBe(false);
  });

  it('pipelines and tracking: the stacks of an orchestrator and a tracker are offered, the managed-MLflow ones are not', () => {
    const options = optionsForScope(['pipeline-orchestration', 'experiment-tracking'], model.frameworks, model.stacks);
    expect(
      options
        .filter((o) => o.kind === 'stack')
        .map((o) => o.id)
        .sort(),
    ).toEqual([
      'flyte-mlflow',
      'flyte-wandb',
      'kubeflow-mlflow',
      'kubeflow-wandb',
      'metaflow-mlflow',
      'metaflow-wandb',
      'wandb-azure-ml',
      'wandb-sagemaker',
      'wandb-vertex-ai',
      'zenml-mlflow',
      'zenml-wandb',
    ]);
    // MLflow has no orchestrator and W&B's pipelines are partial: alone, each is partial.
    const mlflow = options.find((o) => o.id === 'mlflow')!;
    expect(mlflow.gaps).toEqual([{ capability: 'pipeline-orchestration', level: 'none' }]);
    expect(options.find((o) => o.id === 'wandb')!.gaps).toEqual([{ capability: 'pipeline-orchestration', level: 'partial' }]);
    // Metaflow records runs but logs no metrics and has no run comparison (rated partial): it needs a tracker beside it.
    expect(options.find((o) => o.id === 'metaflow')!.gaps).toEqual([{ capability: 'experiment-tracking', level: 'partial' }]);
    expect(
      options
        .filter((o) => o.kind === 'single')
        .map((o) => o.id)
        .sort(),
    ).toEqual(['azure-ml', 'clearml', 'databricks', 'sagemaker', 'vertex-ai']);
  });
});
