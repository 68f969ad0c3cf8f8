/** The open data (/data/frameworks.json, .csv, the Markdown pages and /llms.txt), from the collections. */
import { buildOpenData } from '../lib/open-data/build';
import type { OpenData } from '../lib/open-data/schema';
import { getFrameworks } from './frameworks';
import { siteBase } from './site';
import { getSources } from './sources';
import { oncePerBuild } from './once';
import { getAttestations } from './attestations';
import { getCurrentRows } from './current';

/**
 * The open data, with absolute URLs from the site's address and base path. Every framework's
 * Markdown page reads it, so it is built once per build (see ./once.ts); callers must not change it.
 */
export async function getOpenData(site: URL | undefined): Promise<OpenData> {
  return openDataFor(siteBase(site));
}

const openDataFor = oncePerBuild(async (base: string): Promise<OpenData> => {
  const [frameworks, sources, current, attestations] = await Promise.all([getFrameworks(), getSources(), getCurrentRows(), getAttestations()]);
  return buildOpenData(frameworks, sources, base, { current, attestations });
});
