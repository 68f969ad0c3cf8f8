/**
 * The compact checklist for articles and the home page. It fetches the model (a build-time JSON
 * file) when it comes into view, so a page's HTML stays small. Until then it shows its children: the
 * same compact checklist rendered at build time with the same answers, so nothing moves when the
 * live one takes its place. If the fetch fails, the static copy stays, with a link to the full page.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DecisionModel } from '../lib/decision/model';
import DecisionChecklist, { type ChecklistLinks } from './DecisionChecklist';

export interface DecisionChecklistEmbedProps {
  modelUrl: string;
  links: ChecklistLinks;
  preset?: Record<string, string[]>;
  hidden?: string[];
  /** The build-time rendering shown until the model arrives. */
  children?: ComponentChildren;
}

export default function DecisionChecklistEmbed({ modelUrl, links, preset, hidden, children }: DecisionChecklistEmbedProps) {
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
      <>
        {children}
        {failed && (
          <p class="decision-embed-fallback" role="status">
            The quick checklist could not load. <a href={links.checklist}>Open the decision checklist</a> to rank every framework for your team.
          </p>
        )}
      </>
    );
  }
  return <DecisionChecklist model={model} links={links} compact preset={preset ?? {}} hidden={hidden ?? []} />;
}
