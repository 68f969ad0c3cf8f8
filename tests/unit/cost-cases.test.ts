/**
 * The model against the cases computed by hand in content/data/cost-cases.yaml, line by
 * line: each expectation there spells out its arithmetic from the unit prices, so a change in the
 * data or the model that moves a number shows up here with the sum that was expected.
 */
import { describe, expect, it } from 'vitest';
import { estimateGenai } from '~/lib/cost/genai';
import { inputsFromQuery } from '~/lib/cost/url';
import { estimateFramework } from '~/lib/cost/model';
import { costCases, loadCostData } from '../support/cost-data';

const data = loadCostData();

describe.each(costCases())('case $id: $title', (costCase) => {
  const { inputs, ignored } = inputsFromQuery(costCase.query);

  it('reads its query without notes', () => expect(ignored).toEqual([]));

  if (costCase.estimateOf) {
    const profile = data.profiles.find((p) => p.framework === costCase.estimateOf);
    const estimate = () => estimateFramework(data, profile!, inputs);
    const line = (id: string) => {
      const found = estimate().lines.find((l) => l.id === id);
      if (!found)
        throw new Error(
          `${costCase.estimateOf} has no line ${id}: ${estimate()
            .lines.map((l) => l.id)
            .join(', ')}`,
        );
      return found;
    };

    it.each(Object.entries(costCase.lines ?? {}))('line %s', (id, expected) => {
      expect(line(id).status, expected.arithmetic).not.toBe('quote');
      expect(line(id).amount.likely, expected.arithmetic).toBeCloseTo(expected.likely, 5);
    });
    it.each(Object.entries(costCase.low ?? {}))('line %s, low', (id, expected) => {
      expect(line(id).amount.low, expected.arithmetic).toBeCloseTo(expected.value, 5);
    });
    it.each(Object.entries(costCase.high ?? {}))('line %s, high', (id, expected) => {
      expect(line(id).amount.high, expected.arithmetic).toBeCloseTo(expected.value, 5);
    });
    if (costCase.quoted) {
      it('keeps its quotes out of the total and names them', () => {
        expect(estimate().notInTotal.map((l) => l.id)).toEqual(expect.arrayContaining(costCase.quoted!));
        for (const id of costCase.quoted!) expect(line(id).horizon.likely).toBe(0);
      });
    }
    if (costCase.total) {
      it('total', () => expect(estimate().total.likely, costCase.total!.arithmetic).toBeCloseTo(costCase.total!.likely, 3));
    }
  }

  if (costCase.genai) {
    it.each(Object.entries(costCase.genai))('GenAI %s', (key, expected) => {
      const result = estimateGenai(data, inputs);
      const value = key === 'api' ? result.api.monthly : key === 'selfHosted' ? result.selfHosted.monthly : result.breakEvenMillionTokens;
      expect(value, expected.arithmetic).toBeCloseTo(expected.likely, 4);
    });
  }
});
