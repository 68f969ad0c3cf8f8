/**
 * Runs for every page as it is built: adds the heading anchor links (src/lib/heading-anchors.ts) to
 * HTML pages. Other files (JSON, XML, text) pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { addHeadingAnchors } from './lib/heading-anchors';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(addHeadingAnchors(html), { status: response.status, statusText: response.statusText, headers: response.headers });
});
