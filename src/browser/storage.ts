/**
 * localStorage that never throws: storage can be disabled, full or blocked (private windows, strict
 * privacy settings). The URL always carries a tool's state, so forgetting is safe.
 *
 * Every key the site stores starts with STORAGE_PREFIX (the theme's too: THEME_STORAGE_KEY in
 * src/scripts/theme-init.mjs, which must stay free of imports). Keys spelled otherwise by earlier
 * versions are read once under their new name and moved, so a returning reader keeps their answers.
 */
export const STORAGE_PREFIX = 'mlops-field-guide:';

/** New key → the key an earlier version used. */
const EARLIER_KEYS: Readonly<Record<string, string>> = {
  [`${STORAGE_PREFIX}decision-checklist`]: 'field-guide:decision-checklist',
};

export function readStored(key: string): string | null {
  try {
    const value = window.localStorage.getItem(key);
    const earlier = EARLIER_KEYS[key];
    if (value !== null || earlier === undefined) return value;
    const kept = window.localStorage.getItem(earlier);
    if (kept !== null) {
      window.localStorage.setItem(key, kept);
      window.localStorage.removeItem(earlier);
    }
    return kept;
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
