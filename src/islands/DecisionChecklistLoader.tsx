/**
 * Loads the checklist's model (and, for the full page, the cost calculator's data) as build-time
 * JSON files when the island starts, so no page carries them in its HTML. Until they arrive it shows
 * its children: the same checklist rendered at build time with the same answers, so nothing moves
 * when the live one takes its place. If a fetch fails, the static copy stays, with a link.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Ranking } from '../lib/decision/engine';
import type { DecisionModel } from '../lib/decision/model';
import type { Engine } from './DecisionChecklist';
import type { ChecklistLinks } from './decision/links';

type Checklist = typeof import('./decision/live').default;
/** The model's JSON also carries the ranking with no answers, so the first render needs no engine. */
type ModelJson = DecisionModel & { blank: Ranking };

export interface DecisionChecklistLoaderProps {
  modelUrl: string;
  /** The cost calculator's data, for the likely cost beside each framework; left out by embeds. */
  costUrl?: string;
  links: ChecklistLinks;
  compact?: boolean;
  preset?: Record<string, string[]>;
  hidden?: string[];
  /** The build-time rendering shown until the data arrives. */
  children?: ComponentChildren;
}

const json = <T,>(url: string): Promise<T> => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(String(r.status)))));

export default function DecisionChecklistLoader({ modelUrl, costUrl, links, compact = false, preset, hidden, children }: DecisionChecklistLoaderProps) {
  const [loaded, setLoaded] = useState<{ model: ModelJson; Checklist: Checklist; engine: Engine | undefined } | null>(null);
  const [failed, setFailed] = useState(false);
  // A link with answers ranks differently from the build-time copy (which has none): its ranking
  // stays hidden until the live one replaces it, so nothing visible moves.
  const [pending, setPending] = useState(false);
  useEffect(() => {
    let current = true;
    const linkAnswers = !compact && window.location.search.length > 1;
    if (linkAnswers) setPending(true);
    // The cost model's code and data load only with the first answer (DecisionChecklist), off the page's first JavaScript.
    // The live checklist loads with the model, so the page's first JavaScript is only this loader. Its
    // scoring engine loads with the first answer, or now when the first render already has answers.
    const withAnswers = linkAnswers || Object.values(preset ?? {}).some((picked) => picked.length > 0);
    Promise.all([json<ModelJson>(modelUrl), import('./decision/live'), withAnswers ? import('./decision/engine-live') : undefined])
      .then(([model, module, engine]) => current && setLoaded({ model, Checklist: module.default, engine }))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [modelUrl]);
  if (!loaded) {
    return (
      <div class={pending ? 'decision-loader decision-loader-pending' : 'decision-loader'}>
        {children}
        {failed && (
          <p class="decision-embed-fallback" role="status">
            The checklist could not load its data. <a href={links.checklist}>Reload the decision checklist</a> to try again.
          </p>
        )}
      </div>
    );
  }
  return (
    <div class="decision-loader">
      <loaded.Checklist
        model={loaded.model}
        blank={loaded.model.blank}
        engine={loaded.engine}
        costUrl={costUrl}
        links={links}
        compact={compact}
        preset={preset ?? {}}
        hidden={hidden ?? []}
        live
      />
    </div>
  );
}
