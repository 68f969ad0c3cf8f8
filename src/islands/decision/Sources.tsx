/** Sources one click away, so a term reads as one sentence and its evidence is still beside it. */
import type { DecisionModel } from '~/lib/decision/model';

export function Sources({ ids, model, href }: { ids: readonly string[]; model: DecisionModel; href: string }) {
  if (ids.length === 0) return null;
  return (
    <details class="decision-sources">
      <summary>{ids.length === 1 ? '1 source' : `${ids.length} sources`}</summary>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <a href={`${href}#${id}`}>{model.sourceTitles[id] ?? id}</a>
          </li>
        ))}
      </ul>
    </details>
  );
}
