/**
 * Every formula line against hand-computed values, in three scenarios. Each expectation spells out
 * its arithmetic with the unit prices from content/data/prices.yaml, so a change in the data or the
 * model that moves a number shows up here with the sum that was expected.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, type CostInputs } from '../../src/lib/cost/inputs';
import { byCategory, estimateFramework, type FrameworkEstimate } from '../../src/lib/cost/model';
import { loadCostData } from '../support/cost-data';

const data = loadCostData();
const estimate = (id: string, inputs: CostInputs) => estimateFramework(data, data.profiles.find((p) => p.id === id)!, inputs);
const line = (e: FrameworkEstimate, id: string) => {
  const found = e.lines.find((l) => l.id === id);
  if (!found) throw new Error(`${e.id} has no line ${id}: ${e.lines.map((l) => l.id).join(', ')}`);
  return found;
};

describe('scenario A: the defaults (AWS, 3 years, 5 data scientists, 1 platform engineer, $180,000 per FTE)', () => {
  const mlflow = estimate('mlflow', DEFAULT_INPUTS);
  const sagemaker = estimate('sagemaker', DEFAULT_INPUTS);

  it('MLflow, self-hosted on AWS: each line', () => {
    expect(line(mlflow, 'fixed-self-hosted-tracking-service').amount.likely).toBe(200);
    expect(line(mlflow, 'fixed-self-hosted-tracking-service').horizon.likely).toBe(200 * 36);
    // 200 CPU h × 0.192 = 38.4 a month; low × 0.8 = 30.72, high × 1.5 = 57.6
    expect(line(mlflow, 'training-cpu').amount.likely).toBeCloseTo(38.4, 6);
    expect(line(mlflow, 'training-cpu').amount.low).toBeCloseTo(30.72, 6);
    expect(line(mlflow, 'training-cpu').amount.high).toBeCloseTo(57.6, 6);
    // 100 GPU h × 0.526 = 52.6 a month, priced from the GPU price's own source
    expect(line(mlflow, 'training-gpu').amount.likely).toBeCloseTo(52.6, 6);
    expect(line(mlflow, 'training-gpu').price?.id).toBe('aws-gpu-node');
    // 2 endpoints × 1 replica × 730 h × 0.192 = 280.32
    expect(line(mlflow, 'serving').amount.likely).toBeCloseTo(280.32, 6);
    // 1 TB × 1024 × 0.023 = 23.552 in year 1; × 1.5 = 35.328 in year 2; × 2.25 = 52.992 in year 3
    expect(line(mlflow, 'storage').amount.likely).toBeCloseTo(23.552, 6);
    expect(line(mlflow, 'storage').horizon.likely).toBeCloseTo(12 * (23.552 + 35.328 + 52.992), 6); // 1,342.464
    // (0.5 TB × 1024 − 100 GB free) × 0.09 = 412 × 0.09 = 37.08; low (409.6 − 100) × 0.09 = 27.864
    expect(line(mlflow, 'egress').amount.likely).toBeCloseTo(37.08, 6);
    expect(line(mlflow, 'egress').amount.low).toBeCloseTo(27.864, 6);
    // 3 person-weeks × 180,000 / 48 = 11,250 (low 1 week 3,750; high 6 weeks 22,500)
    expect(line(mlflow, 'setup').amount).toEqual({ low: 3750, likely: 11250, high: 22500 });
    // (5 × 8 h + 1 × 16 h) × 180,000 / 1,840 = 56 × 97.826… = 5,478.26
    expect(line(mlflow, 'learning').amount.likely).toBeCloseTo((56 * 180000) / 1840, 6);
    // 0.25 FTE × 180,000 / 12 = 3,750 a month
    expect(line(mlflow, 'operations').amount).toEqual({ low: 1500, likely: 3750, high: 7500 });
    // 20% × 2 person-weeks × 3,750 = 1,500
    expect(line(mlflow, 'exit-effort').amount.likely).toBeCloseTo(1500, 6);
    // 20% × 1 TB × 1.5² × 1024 × 0.09 = 0.2 × 2.25 × 92.16 = 41.472
    expect(line(mlflow, 'exit-data').amount.likely).toBeCloseTo(41.472, 6);
    expect(mlflow.lines.some((l) => l.category === 'kubernetes')).toBe(false);
  });

  it('MLflow totals', () => {
    // 200 + 91 + 280.32 + 23.552 + 37.08 + 3,750 = 4,381.952 a month
    expect(mlflow.monthly.likely).toBeCloseTo(4381.952, 6);
    // 11,250 + 5,478.2609 = 16,728.2609 once
    expect(mlflow.oneTime.likely).toBeCloseTo(11250 + (56 * 180000) / 1840, 6);
    // 7,200 + 3,276 + 10,091.52 + 1,342.464 + 1,334.88 + 11,250 + 5,478.2609 + 135,000 + 1,500 + 41.472
    expect(mlflow.total.likely).toBeCloseTo(176514.5969, 3);
    // people: (11,250 + 5,478.2609 + 135,000 + 1,500) / 176,514.5969 = 0.868
    expect(mlflow.peopleShare).toBeCloseTo(153228.2609 / 176514.5969, 6);
    expect(mlflow.cumulative).toHaveLength(4);
    expect(mlflow.cumulative[0]!.likely).toBeCloseTo(mlflow.oneTime.likely, 6);
    expect(mlflow.cumulative[3]!.likely).toBeCloseTo(mlflow.total.likely, 6);
    expect(mlflow.quoted).toEqual([]);
  });

  it('SageMaker AI: the markup on training and serving, and its own effort profile', () => {
    // 200 × 0.192 × 1.2 = 46.08; 100 × 0.526 × 1.4 = 73.64
    expect(line(sagemaker, 'training-cpu').amount.likely).toBeCloseTo(46.08, 6);
    expect(line(sagemaker, 'training-gpu').amount.likely).toBeCloseTo(73.64, 6);
    // 2 × 1 × 730 × 0.192 × 1.2 = 336.384
    expect(line(sagemaker, 'serving').amount.likely).toBeCloseTo(336.384, 6);
    expect(sagemaker.lines.some((l) => l.category === 'platform')).toBe(false);
    // 8 person-weeks high × 3,750 = 30,000
    expect(line(sagemaker, 'setup').amount.high).toBe(30000);
    // (5 × 24 + 1 × 24) × 180,000 / 1,840 = 14,086.96
    expect(line(sagemaker, 'learning').amount.likely).toBeCloseTo((144 * 180000) / 1840, 6);
    // 20% × 8 weeks × 3,750 = 6,000
    expect(line(sagemaker, 'exit-effort').amount.likely).toBeCloseTo(6000, 6);
  });
});

describe('scenario B: Kubeflow on Google Cloud, two new clusters, GPU-heavy with spot and a commitment', () => {
  const inputs: CostInputs = {
    ...DEFAULT_INPUTS,
    cloud: 'gcp',
    horizonYears: 2,
    dataScientists: 10,
    platformEngineers: 2,
    loadedCostPerFte: 150000,
    cpuHours: 0,
    gpuHours: 400,
    spotSharePct: 50,
    spotDiscountPct: 60,
    commitmentDiscountPct: 28,
    endpoints: 3,
    replicas: 2,
    storageTb: 10,
    storageGrowthPct: 0,
    egressTb: 0,
    clusters: 2,
    overheadNodes: 3,
    migrationRiskPct: 50,
  };
  const kubeflow = estimate('kubeflow', inputs);

  it('each line', () => {
    // 400 × 0.54 × (1 − 0.28) × (1 − 0.5 + 0.5 × 0.4) = 216 × 0.72 × 0.7 = 108.864
    expect(line(kubeflow, 'training-gpu').amount.likely).toBeCloseTo(108.864, 6);
    expect(line(kubeflow, 'training-cpu').status).toBe('usage');
    // 3 × 2 × 730 × 0.19 × 0.72 ÷ 0.7 utilisation = 599.184 ÷ 0.7 = 855.977
    expect(line(kubeflow, 'serving').amount.likely).toBeCloseTo(599.184 / 0.7, 6);
    // 2 clusters × 0.10 × 730 = 146 (not scaled by usage: low = high)
    expect(line(kubeflow, 'kubernetes-control-plane').amount).toEqual({ low: 146, likely: 146, high: 146 });
    // 2 clusters × 3 nodes × 730 × 0.19 × 0.72 = 599.184
    expect(line(kubeflow, 'kubernetes-nodes').amount.likely).toBeCloseTo(599.184, 6);
    // 10 TB × 1024 × 0.020 = 204.8, no growth
    expect(line(kubeflow, 'storage').horizon.likely).toBeCloseTo(204.8 * 24, 6);
    expect(line(kubeflow, 'egress').status).toBe('usage');
    // 10 person-weeks × 150,000 / 48 = 31,250
    expect(line(kubeflow, 'setup').amount.likely).toBe(31250);
    // (10 × 16 + 2 × 60) × 150,000 / 1,840 = 280 × 81.52 = 22,826.09
    expect(line(kubeflow, 'learning').amount.likely).toBeCloseTo((280 * 150000) / 1840, 6);
    // (1.0 FTE + 0.5 FTE for the new cluster) × 150,000 / 12 = 18,750; high (2 + 1) × 12,500 = 37,500
    expect(line(kubeflow, 'operations').amount).toEqual({ low: 9375, likely: 18750, high: 37500 });
    // 50% × 8 weeks × 3,125 = 12,500; 50% × 10 TB × 1024 × 0.12 = 614.4
    expect(line(kubeflow, 'exit-effort').amount.likely).toBeCloseTo(12500, 6);
    expect(line(kubeflow, 'exit-data').amount.likely).toBeCloseTo(614.4, 6);
  });

  it('totals', () => {
    // 108.864 + 855.977 + 146 + 599.184 + 204.8 + 18,750 = 20,664.825 a month
    expect(kubeflow.monthly.likely).toBeCloseTo(20664.825143, 5);
    // 31,250 + 22,826.087 + 24 × 20,664.825 + 12,500 + 614.4 = 563,146.29
    expect(kubeflow.total.likely).toBeCloseTo(563146.2904, 3);
    expect(byCategory(kubeflow).kubernetes).toBeCloseTo(24 * (146 + 599.184), 6);
  });

  it('the EKS extended-support surcharge replaces the standard fee on AWS: 2 × 0.60 × 730 = 876', () => {
    const onAws = estimate('kubeflow', { ...inputs, cloud: 'aws', eksExtendedSupport: 'yes' });
    expect(line(onAws, 'kubernetes-control-plane').amount.likely).toBeCloseTo(876, 6);
    expect(line(onAws, 'kubernetes-control-plane').price?.id).toBe('aws-kubernetes-extended-support');
  });
});

describe('scenario C: Azure, a team that already runs Kubernetes, a quoted subscription, managed MLflow', () => {
  const inputs: CostInputs = {
    ...DEFAULT_INPUTS,
    cloud: 'azure',
    horizonYears: 1,
    dataScientists: 2,
    platformEngineers: 0,
    loadedCostPerFte: 120000,
    cpuHours: 100,
    gpuHours: 0,
    endpoints: 0,
    storageTb: 0.5,
    storageGrowthPct: 100,
    egressTb: 0.05,
    alreadyRunKubernetes: 'yes',
    subscriptionUsd: 1000,
    migrationRiskPct: 0,
    mlflowHosting: 'managed',
  };

  it('Metaflow on Azure: the cluster is already paid for, serving depends on usage, egress is inside the free allowance', () => {
    const metaflow = estimate('metaflow', inputs);
    expect(metaflow.needsKubernetes).toBe(true);
    expect(line(metaflow, 'kubernetes-control-plane').status).toBe('included');
    expect(line(metaflow, 'kubernetes-nodes').amount.likely).toBe(0);
    expect(line(metaflow, 'subscription').amount.likely).toBe(1000);
    // 100 h × 0.192 = 19.2
    expect(line(metaflow, 'training-cpu').amount.likely).toBeCloseTo(19.2, 6);
    expect(line(metaflow, 'training-gpu').status).toBe('usage');
    expect(line(metaflow, 'serving').status).toBe('usage');
    // 0.5 TB × 1024 × 0.0184 = 9.4208
    expect(line(metaflow, 'storage').amount.likely).toBeCloseTo(9.4208, 6);
    // max(0, 0.05 × 1024 − 100) = 0: priced at zero, with the free allowance in the formula
    expect(line(metaflow, 'egress').amount.likely).toBe(0);
    expect(line(metaflow, 'egress').formula).toContain('100 GB free');
    // 2 weeks × 120,000 / 48 = 5,000; 2 × 8 h × 120,000 / 1,840 = 1,043.48; 0.2 FTE × 10,000 = 2,000 a month
    expect(line(metaflow, 'setup').amount.likely).toBe(5000);
    expect(line(metaflow, 'learning').amount.likely).toBeCloseTo((16 * 120000) / 1840, 6);
    expect(line(metaflow, 'operations').amount.likely).toBeCloseTo(2000, 6);
    expect(line(metaflow, 'exit-effort').amount.likely).toBe(0);
    // 200 + 1,000 + 19.2 + 9.4208 + 2,000 = 3,228.6208; total 5,000 + 1,043.478 + 12 × 3,228.6208
    expect(metaflow.monthly.likely).toBeCloseTo(3228.6208, 6);
    expect(metaflow.total.likely).toBeCloseTo(5000 + (16 * 120000) / 1840 + 12 * 3228.6208, 6);
  });

  it('without a quote the subscription shows "quote" and stays out of the totals', () => {
    const metaflow = estimate('metaflow', { ...inputs, subscriptionUsd: null });
    expect(line(metaflow, 'subscription').status).toBe('quote');
    expect(metaflow.quoted).toEqual(['Outerbounds platform subscription (optional managed offering)']);
    expect(metaflow.monthly.likely).toBeCloseTo(3228.6208 - 1000, 6);
  });

  it('managed MLflow: $0 on Azure with the managed effort profile; a quote on AWS', () => {
    const onAzure = estimate('mlflow', inputs);
    expect(line(onAzure, 'fixed-azure-managed-mlflow').amount.likely).toBe(0);
    expect(line(onAzure, 'fixed-azure-managed-mlflow').status).toBe('priced');
    // 1 person-week × 2,500; 0.1 FTE × 10,000 a month
    expect(line(onAzure, 'setup').amount.likely).toBe(2500);
    expect(line(onAzure, 'operations').amount.likely).toBeCloseTo(1000, 6);
    const onAws = estimate('mlflow', { ...inputs, cloud: 'aws' });
    expect(line(onAws, 'fixed-aws-managed-mlflow').status).toBe('quote');
    expect(onAws.quoted).toHaveLength(1);
  });

  it('"none yet" prices the open-source options on AWS and leaves the managed platforms on their own cloud', () => {
    const none = { ...inputs, cloud: 'none' as const };
    expect(estimate('mlflow', none).cloud).toBe('aws');
    expect(estimate('azure-ml', none).cloud).toBe('azure');
    expect(estimate('vertex-ai', none).cloud).toBe('gcp');
    // Metaflow on AWS needs no cluster
    expect(estimate('metaflow', none).needsKubernetes).toBe(false);
  });
});
