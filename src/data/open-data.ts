/** The open data (/data/frameworks.json, .csv, the Markdown pages and /llms.txt), from the collections. */
import { buildOpenData } from '../lib/open-data/build';
import type { OpenData } from '../lib/open-data/schema';
import { getFrameworks } from './frameworks';
import { siteBase } from './site';
import { getSources } from './sources';

/** The open data, with absolute URLs from the site's address and base path. */
export async function getOpenData(site: URL | undefined): Promise<OpenData> {
  const [frameworks, sources] = await Promise.all([getFrameworks(), getSources()]);
  return buildOpenData(frameworks, sources, siteBase(site));
}
