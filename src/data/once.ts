/**
 * Work derived from the content collections that every page or every citation asks for (source
 * numbers, the open data) is done once per build rather than once per call: during `astro build`
 * the collections cannot change, and recomputing per page made a build's cost grow with the square
 * of its page count. `astro dev` recomputes on every call, so edits show without a restart.
 */
export function oncePerBuild<Args extends readonly (string | number)[], T>(compute: (...args: Args) => Promise<T>): (...args: Args) => Promise<T> {
  const results = new Map<string, Promise<T>>();
  return (...args) => {
    if (import.meta.env.DEV) return compute(...args);
    const key = args.join('\u0000');
    let result = results.get(key);
    if (!result) {
      result = compute(...args);
      results.set(key, result);
    }
    return result;
  };
}
