/**
 * A level whose reason holds only for some scopes reads differently under the others (`scopeLevels`
 * in decision-criteria.yaml). The cloud criterion's `managed-here` (+5) is earned by being the
 * cloud's own service next to the training data; a tracker holds run records, not the data, so under
 * a tracking scope that level counts as a service hosted in your cloud (+1, the same as the MLflow
 * the cloud hosts). Expected numbers are read off the data by hand.
 */
import { describe, expect, it } from 'vitest';
import { rank } from '~/lib/decision/engine';
import { describeIssues } from '~/lib/schema/common';
import { decisionCriterionSchema } from '~/lib/schema/decision';
import { readDecisionVocabulary } from '~/data/content-files';
import { ROOT } from '../support/content';
import { loadDecisionModel, readData } from '../support/decision';

const model = loadDecisionModel();
const cloudTerm = (answers: Record<string, string[]>, framework: string) => {
  const entry = rank(model, answers).ranking.find((r) => r.framework.id === framework)!;
  return [...entry.terms, ...entry.notes].find((t) => t.criterion === 'cloud');
};

describe('scopeLevels on the cloud criterion', () => {
  it('on AWS, the cloud’s own platform earns +5 for a pipelines or end-to-end scope', () => {
    expect(cloudTerm({ cloud: ['aws'], scope: ['pipelines'] }, 'sagemaker')!.points).toBe(5);
    expect(cloudTerm({ cloud: ['aws'], scope: ['e2e'] }, 'sagemaker')!.points).toBe(5);
    expect(cloudTerm({ cloud: ['aws'] }, 'sagemaker')!.points).toBe(5);
  });

  it('under a tracking scope it earns +1, as much as the MLflow AWS hosts, and says why', () => {
    const term = cloudTerm({ cloud: ['aws'], scope: ['tracking'] }, 'sagemaker')!;
    expect(term.points).toBe(1);
    expect(term.text).toMatch(/^A managed service of the cloud you already use, hosted in your account and region\. For a tracker/);
    // The profile's own note still follows the sentence.
    expect(term.text).toMatch(/SageMaker AI is an AWS service\.$/);
    expect(cloudTerm({ cloud: ['aws'], scope: ['tracking'] }, 'mlflow')!.points).toBe(1);
    // Azure's own platform likewise (managed-here on azure).
    expect(cloudTerm({ cloud: ['azure'], scope: ['tracking'] }, 'azure-ml')!.points).toBe(1);
  });

  it('levels the scope does not re-read keep their points: another cloud’s service still does not rank on AWS', () => {
    const ranking = rank(model, { cloud: ['aws'], scope: ['tracking'] }).ranking;
    expect(ranking.find((r) => r.framework.id === 'vertex-ai')!.ruledOut.map((r) => r.requirement)).toEqual(['move']);
    expect(cloudTerm({ cloud: ['multi'], scope: ['tracking'] }, 'sagemaker')!.points).toBe(-1);
  });
});

describe('the schema, on scopeLevels', () => {
  const vocabulary = readDecisionVocabulary(ROOT);
  const raw = () => structuredClone(readData('decision-criteria.yaml').find((c: any) => c.id === 'cloud')) as any;

  it('rejects a scope the scope question does not offer', () => {
    const criterion = raw();
    criterion.scopeLevels = { everything: criterion.scopeLevels.tracking };
    const result = decisionCriterionSchema(vocabulary).safeParse(criterion);
    expect(result.success ? [] : describeIssues(result.error)).toEqual(['scopeLevels.everything: "everything" is not an answer of question "scope"']);
  });

  it('rejects a level the criterion does not have', () => {
    const criterion = raw();
    criterion.scopeLevels.tracking = { 'next-door': criterion.scopeLevels.tracking['managed-here'] };
    const result = decisionCriterionSchema(vocabulary).safeParse(criterion);
    expect(result.success ? [] : describeIssues(result.error)).toEqual(['scopeLevels.tracking.next-door: "next-door" is not one of this criterion\'s levels']);
  });
});
