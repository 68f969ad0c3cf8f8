/**
 * The repository URL for "Report an error" and "Edit this page", read from REPO_URL when the site is
 * built (see README: Deploying). A malformed value stops the build with a message naming the variable.
 */
import { parseRepoUrl } from '../lib/repo-links';

export function repoUrl(): string | undefined {
  const parsed = parseRepoUrl(process.env.REPO_URL);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.url;
}
