/**
 * localStorage that never throws: storage can be disabled, full or blocked (private windows, strict
 * privacy settings). The URL always carries a tool's state, so forgetting is safe.
 */
export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    if (value) window.localStorage.setItem(key, value);
    else window.localStorage.removeItem(key);
  } catch {
    // Nothing to remember, nothing to break.
  }
}
