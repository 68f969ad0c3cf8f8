/**
 * One hook for every island whose state lives in the query string (and, optionally, in
 * localStorage): it reads the state on load, follows back/forward, and writes each change with
 * pushState (a step the reader can go back to) or replaceState (typing in a field). The island
 * supplies the defensive reader and the writer from src/lib; this file only moves strings between
 * them and the browser. Nothing touches `window` during render, so islands can render on the server.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { readStored, writeStored } from './storage';

export interface UrlCodec<S> {
  /** Parses a query string ("?a=b" or ""), never throws; `ignored` says in words what was dropped. */
  read: (search: string) => { state: S; ignored: string[] };
  /** The query string for a state ("?a=b", or "" at the defaults). */
  write: (state: S) => string;
}

export interface UrlStateOptions {
  /** Remember the last state in this localStorage key, and restore it when the URL says nothing. */
  storageKey?: string;
  /** How a change enters the history: 'push' for discrete choices, 'replace' for typing. */
  history?: 'push' | 'replace';
  /** False for embeds that share a page with other content: they keep state in memory only. */
  ownsUrl?: boolean;
  /**
   * For client-only islands (never rendered on the server): read the URL during the first render,
   * so the first paint already shows what the link asks for, notes included.
   */
  readOnFirstRender?: boolean;
}

export interface UrlStateCallbacks<S> {
  /** Called with every state read from outside (load, storage, back/forward), not with `update`s. */
  onRead?: (state: S) => void;
}

export interface UrlState<S> {
  state: S;
  /** What the URL held that could not be used, in words; cleared by the reader's first change. */
  ignored: string[];
  /** False until the state has been read from the URL or storage (first render uses `initial`). */
  ready: boolean;
  /** Sets the state and records it in the URL and storage. */
  update: (next: S, options?: { history?: 'push' | 'replace' }) => void;
}

function currentUrl(query: string): string {
  return `${window.location.pathname}${query}${window.location.hash}`;
}

/**
 * `codec` may be null while it loads (an island whose first script leaves the URL parser out): the
 * URL is then read once it arrives, and `ready` waits for it. A change made before then is kept and
 * written to the URL on arrival, rather than overwritten by what the URL said.
 */
export function useUrlState<S>(initial: S, codec: UrlCodec<S> | null, options: UrlStateOptions & UrlStateCallbacks<S> = {}): UrlState<S> {
  const { storageKey, history = 'push', ownsUrl = true, onRead, readOnFirstRender = false } = options;
  const [first] = useState(() => (readOnFirstRender && ownsUrl && codec ? codec.read(window.location.search) : { state: initial, ignored: [] }));
  const [state, setState] = useState<S>(first.state);
  const [ignored, setIgnored] = useState<string[]>(first.ignored);
  const [ready, setReady] = useState(false);
  const edited = useRef<S | null>(null);
  const loaded = codec !== null;

  useEffect(() => {
    if (!ownsUrl) {
      setReady(true);
      return undefined;
    }
    if (!codec) return undefined;
    const fromLocation = (restoreFromStorage: boolean) => {
      const search = window.location.search;
      if (search.length > 1 || !restoreFromStorage || !storageKey) {
        const result = codec.read(search);
        setState(result.state);
        setIgnored(result.ignored);
        onRead?.(result.state);
        return;
      }
      // What this browser remembered is a query string too, read by the same defensive parser; it
      // goes into the address as well, so copying the URL shares what the reader sees.
      const restored = codec.read(readStored(storageKey) ?? '');
      setState(restored.state);
      setIgnored([]);
      onRead?.(restored.state);
      const query = codec.write(restored.state);
      if (query) window.history.replaceState(null, '', currentUrl(query));
    };
    if (edited.current !== null) {
      const query = codec.write(edited.current);
      if (query !== window.location.search) window.history.replaceState(null, '', currentUrl(query));
      if (storageKey) writeStored(storageKey, query);
      edited.current = null;
    } else fromLocation(true);
    setReady(true);
    const onPop = () => fromLocation(false);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
    // The codec is defined once per island; re-reading on every render would undo the reader's edits.
  }, [ownsUrl, storageKey, loaded]);

  const update = useCallback(
    (next: S, change: { history?: 'push' | 'replace' } = {}) => {
      setState(next);
      setIgnored([]);
      if (!ownsUrl) return;
      if (!codec) {
        edited.current = next;
        return;
      }
      const query = codec.write(next);
      if (query !== window.location.search) {
        const mode = change.history ?? history;
        if (mode === 'push') window.history.pushState(null, '', currentUrl(query));
        else window.history.replaceState(null, '', currentUrl(query));
      }
      if (storageKey) writeStored(storageKey, query);
    },
    // The codec is left out for the same reason as above (only its arrival counts).
    [ownsUrl, storageKey, history, loaded],
  );

  return { state, ignored, ready, update };
}
