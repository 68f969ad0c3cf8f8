/**
 * The options a hard requirement rules out, below the ranking and apart from it: greyed, without a
 * rank, score or bar, each with the member that fails and why. The full checklist only: the embed
 * shows its top three and says it leaves these out.
 */
import type { Ranked } from '~/lib/decision/engine';
import type { DecisionModel } from '~/lib/decision/model';
import type { ChecklistLinks } from './links';
import { OptionName } from './OptionItem';
import { RuledOutItem } from './Terms';

export function RuledOutList({ entries, model, links }: { entries: Ranked[]; model: DecisionModel; links: ChecklistLinks }) {
  if (entries.length === 0) return null;
  return (
    <section class="decision-ruled-out" aria-labelledby="decision-ruled-out-heading">
      <h3 id="decision-ruled-out-heading">Ruled out by your hard requirements</h3>
      <ul>
        {entries.map((entry) => (
          <li key={entry.framework.id}>
            <p class="decision-rank-head">
              <OptionName entry={entry} links={links} /> <span class="decision-verdict">⊘ Ruled out</span>
            </p>
            <ul class="decision-reasons">
              {entry.ruledOut.map((item) => (
                <RuledOutItem key={`${item.requirement}-${item.text}`} item={item} model={model} links={links} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
