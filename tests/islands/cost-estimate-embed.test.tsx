import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import CostEstimateEmbed from '../../src/islands/CostEstimateEmbed';
import { loadCostData } from '../support/cost-data';

const data = loadCostData();
afterEach(cleanup);

describe('CostEstimateEmbed', () => {
  it('shows one framework, recomputes, and links to the full calculator with the same inputs', () => {
    render(<CostEstimateEmbed data={data} framework="mlflow" calculatorPath="/field-guide/tools/cost-calculator/" idPrefix="e" />);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['MLflow']);
    // The same figure as the full calculator's default scenario (tests/unit/cost-model.test.ts, scenario A)
    expect(screen.getByRole('row', { name: /MLflow/ }).textContent).toContain('$176,515 ($83,983–$332,470)');
    fireEvent.input(screen.getByLabelText(/Data scientists/), { target: { value: '12' } });
    fireEvent.change(screen.getByLabelText('Your cloud'), { target: { value: 'gcp' } });
    const link = screen.getByRole('link', { name: 'Open the full calculator with these inputs' });
    expect(link.getAttribute('href')).toBe('/field-guide/tools/cost-calculator/?team=12&cloud=gcp');
    expect(screen.getByRole('row', { name: /MLflow/ }).textContent).not.toContain('$176,515');
  });

  it('a bad value gets its message and the estimate stays', () => {
    render(<CostEstimateEmbed data={data} calculatorPath="/tools/cost-calculator/" idPrefix="all" />);
    expect(screen.getAllByRole('rowheader')).toHaveLength(data.profiles.length);
    const before = screen.getByRole('row', { name: /Kubeflow/ }).textContent;
    const years = screen.getByLabelText(/Horizon/);
    fireEvent.input(years, { target: { value: '9' } });
    expect(years.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(years.getAttribute('aria-describedby')!)!.textContent).toContain('Enter at most 5');
    expect(screen.getByRole('row', { name: /Kubeflow/ }).textContent).toBe(before);
  });
});
