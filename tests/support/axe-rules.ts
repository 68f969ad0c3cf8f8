/**
 * Which axe rules run in which theme, and how a violation is reported: shared by every browser test
 * that runs axe (the accessibility suite in tests/support/axe.ts, and the tools' and compare view's
 * checks of states only a reader's action reaches).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The WCAG rules whose answer depends on colours: text contrast, and links told apart from text by colour alone. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe for a page in a theme. The light theme runs every WCAG 2.0–2.2 A and AA rule; the dark theme
 * changes colours only (see below), so there it runs the colour rules: the structure they share was
 * checked in the light theme on the same pages and states. Contrast is most of axe's time on a long
 * page, so this saves about a third of each dark visit, not more (measured 2026-12-07).
 */
const axeFor = (page: Page, theme: 'light' | 'dark') => {
  // Only violations are read: axe still runs each chosen rule on every node, but lists one node per passing
  // or inapplicable rule instead of all of them (axe-core's resultTypes option). options() replaces
  // AxeBuilder's whole options object, so it comes before withTags/withRules, which add to it.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  return theme === 'light' ? builder.withTags(WCAG_TAGS) : builder.withRules(COLOUR_RULES);
};

/** Each violation as one line: the rule, its impact and the first three elements it names. */
function describeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>): string[] {
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/** axe's violations on the page as it is now, in the theme it is shown in, one line each. */
export async function axeViolations(page: Page, theme: 'light' | 'dark'): Promise<string[]> {
  return describeViolations(await axeFor(page, theme).analyze());
}
