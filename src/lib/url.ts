/**
 * Turning a site path into a link, as pure functions. Pages use `withBase` from src/data/site-base.ts,
 * which applies `joinBase` with the build's base path, so one build works at the root of a host and
 * under a sub-path such as /field-guide/.
 */

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Joins a root-relative site path (`/frameworks/mlflow/`) onto a base (`/field-guide/`). */
export function joinBase(base: string, path: string): string {
  if (EXTERNAL.test(path) || path.startsWith('#') || path.startsWith('?')) return path;
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  if (!path.startsWith('/')) throw new Error(`internal links must start with "/": got "${path}"`);
  return cleanBase + path.slice(1);
}

/** The reverse of joinBase, for marking the current section in the navigation. */
export function stripBase(base: string, pathname: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(cleanBase) ? `/${pathname.slice(cleanBase.length)}` : pathname;
}

export const isExternal = (href: string): boolean => EXTERNAL.test(href);
