import type { APIRoute } from 'astro';
import { siteBase } from '../data';
import { getChanges } from '../data/editorial';
import { atomFeed } from '../lib/changes';
import { routes } from '../lib/routes';

/** /changes.xml: the changes log as an Atom feed, with absolute links from the site's address and base path. */
export const GET: APIRoute = ({ site }) => {
  const base = siteBase(site);
  const absolute = (path: string) => new URL(path.replace(/^\//, ''), base).href;
  const feed = atomFeed(getChanges(), {
    title: 'MLOps Field Guide: changes',
    feedUrl: absolute(routes.changesFeed()),
    pageUrl: absolute(routes.changes()),
    sourceUrl: (id) => absolute(routes.source(id)),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
