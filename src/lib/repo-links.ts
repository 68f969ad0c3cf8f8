/**
 * "Report an error" and "Edit this page": links into the repository that holds the guide's source,
 * whose URL the host sets (REPO_URL), so any copy of the site points readers at its own repository.
 * With no URL set, both links are left out rather than pointing somewhere wrong.
 */

export interface RepoLinks {
  /** A new issue with the page named in its title and body. */
  report: string;
  /** The page's source file in the repository's web editor; absent for a page with no single source file. */
  edit?: string | undefined;
}

export interface PageForLinks {
  title: string;
  /** The page's path on the site (/frameworks/mlflow/), so a maintainer can open what the reader saw. */
  path: string;
  /** The file a writer edits, relative to the repository root (content/frameworks/mlflow.mdx). */
  sourcePath?: string | undefined;
}

export type RepoUrl = { ok: true; url: string | undefined } | { ok: false; message: string };

/** Reads REPO_URL: empty means "no links"; anything else must be an http(s) URL, returned without a trailing slash. */
export function parseRepoUrl(raw: string | undefined): RepoUrl {
  const value = raw?.trim() ?? '';
  if (value === '') return { ok: true, url: undefined };
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return { ok: false, message: `REPO_URL "${value}" is not a URL; set it to the repository's web address, e.g. https://github.com/owner/repo, or leave it unset` };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { ok: false, message: `REPO_URL "${value}" must start with https:// (or http://)` };
  }
  return { ok: true, url: value.replace(/\/+$/, '') };
}

/** The two links for one page; GitHub's URL scheme (Gitea and Forgejo use the same paths). */
export function repoLinks(repoUrl: string | undefined, page: PageForLinks): RepoLinks | undefined {
  if (repoUrl === undefined) return undefined;
  // Title only: the page's name and path identify it, and a short link keeps every page's HTML small.
  const report = `${repoUrl}/issues/new?title=${encodeURIComponent(`Error on ${page.title} (${page.path})`)}`;
  const edit = page.sourcePath ? `${repoUrl}/edit/main/${page.sourcePath.split('/').map(encodeURIComponent).join('/')}` : undefined;
  return { report, edit };
}
