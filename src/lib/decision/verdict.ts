/**
 * The verdict words, apart from the engine: the checklist's first render (no answers yet) shows them
 * without loading the scoring code, which comes with the first answer.
 */
export type Verdict = 'best-fit' | 'contender' | 'possible' | 'poor-fit' | 'ruled-out' | 'unranked';

/** Verdict words a reader understands without a legend. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  'best-fit': 'Best fit',
  contender: 'Close contender',
  possible: 'Possible, further behind',
  'poor-fit': 'Poor fit for your answers',
  'ruled-out': 'Ruled out',
  unranked: 'Not ranked yet',
};
