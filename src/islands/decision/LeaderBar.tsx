/**
 * On phones, the current leader and its run rate in a bar pinned to the bottom of the screen, with a
 * link to the ranking, so a reader sees the answer while answering. It is always rendered (empty
 * until the first answer) and fixed, so it never shifts the layout; the page reserves its height
 * and scroll-padding keeps a focused input above it (decision-checklist.css). Wide screens hide it:
 * the ranking column stays in view there.
 */
import { usd } from '~/lib/format';
import type { Ranked } from '~/lib/decision/engine';

export function LeaderBar({ leader, answered }: { leader: Ranked | undefined; answered: number }) {
  const text =
    answered === 0 || !leader
      ? 'Answer a question to see the best fit here.'
      : `Leading: ${leader.framework.shortName}${leader.cost ? `, about ${usd(leader.cost.monthly)} a month${leader.cost.incomplete ? ' (cost incomplete)' : ''}` : ''}`;
  return (
    <div class="decision-leader-bar">
      <p>{text}</p>
      <a href="#decision-ranking-heading">See the ranking</a>
    </div>
  );
}
