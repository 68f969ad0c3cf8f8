/**
 * The compact checklist for articles. It fetches the model (a build-time JSON file) when it comes
 * into view, so an article's HTML stays small, then renders the same island as the full page.
 * Until then, and if the fetch fails, it offers the full checklist as a plain link.
 */
import { useEffect, useState } from 'preact/hooks';
import type { DecisionModel } from '../lib/decision/model';
import DecisionChecklist, { type ChecklistLinks } from './DecisionChecklist';

export interface DecisionChecklistEmbedProps {
  modelUrl: string;
  links: ChecklistLinks;
  preset?: Record<string, string[]>;
  hidden?: string[];
}

export default function DecisionChecklistEmbed({ modelUrl, links, preset, hidden }: DecisionChecklistEmbedProps) {
  const [model, setModel] = useState<DecisionModel | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    fetch(modelUrl)
      .then((response) => (response.ok ? (response.json() as Promise<DecisionModel>) : Promise.reject(new Error(String(response.status)))))
      .then((loaded) => current && setModel(loaded))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [modelUrl]);
  if (!model) {
    return (
      <p class="decision-embed-fallback" role={failed ? 'status' : undefined}>
        {failed ? 'The quick checklist could not load. ' : ''}
        <a href={links.checklist}>Open the decision checklist</a> to rank every framework for your team.
      </p>
    );
  }
  return <DecisionChecklist model={model} links={links} compact preset={preset ?? {}} hidden={hidden ?? []} />;
}
