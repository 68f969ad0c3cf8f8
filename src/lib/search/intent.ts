/**
 * Questions whose answer is one page: "how much does X cost" is the cost calculator, "how long to
 * set up X" the implementation-effort figures. A topic word alone ("hidden costs", "DBU pricing")
 * is a topic search, so a question needs a framework's name or a question word as well.
 */
import { words } from './terms';

export type Intent = 'cost' | 'setup';

const COST_WORDS = new Set(['cost', 'costs', 'price', 'prices', 'pricing', 'priced', 'expensive', 'cheap', 'cheaper', 'cheapest', 'budget']);
const SETUP_WORDS = new Set(['setup', 'install', 'installs', 'installing', 'installation', 'onboarding']);
const QUESTION_WORDS = new Set(['how', 'what', 'which', 'is', 'does', 'do', 'can', 'should']);

/** What a question asks about, when it names a framework or reads as a question; undefined otherwise. */
export function questionIntent(query: string, namesFramework: boolean): Intent | undefined {
  const all = words(query);
  if (!namesFramework && !all.some((word) => QUESTION_WORDS.has(word))) return undefined;
  // "set up" is two words; "set" alone ("feature set") is not about setup.
  const setup = all.some((word, at) => SETUP_WORDS.has(word) || (word === 'set' && all[at + 1] === 'up'));
  if (all.some((word) => COST_WORDS.has(word))) return 'cost';
  return setup ? 'setup' : undefined;
}
