/** What each verdict means, for the page that explains the scoring (kept out of the island's code). */
import type { Verdict } from './engine';

export const VERDICT_MEANINGS: Record<Verdict, string> = {
  'best-fit': 'the top score, at least 3 points clear of the next framework',
  contender: 'within 3 points of the top score (the top one too, when its lead is smaller)',
  possible: 'a score of zero or more, more than 3 points behind the top',
  'poor-fit': 'a negative score: your answers count against it overall',
  'ruled-out': 'a hard requirement or a must-have capability excludes it',
  unranked: 'no question answered yet, so nothing counts for or against any framework',
};
