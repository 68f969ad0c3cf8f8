import type { APIRoute, GetStaticPaths } from 'astro';
import { getFrameworks, getOpenData } from '~/data';
import { frameworkMarkdown } from '~/lib/open-data/build';

export const getStaticPaths: GetStaticPaths = async () => (await getFrameworks()).map((entry) => ({ params: { id: entry.id }, props: { body: entry.body ?? '' } }));

/** A plain-text (Markdown) version of a framework page, for readers and tools that want no HTML. */
export const GET: APIRoute = async ({ site, params, props }) => {
  const data = await getOpenData(site);
  const framework = data.frameworks.find((f) => f.id === params.id)!;
  return new Response(frameworkMarkdown(framework, (props as { body: string }).body, data), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
