import { parseThemePreference, serializeThemePreference, THEME_STORAGE_KEY, type ThemePreference } from '../../core/theme/preference';

/**
 * The theme choice kept in localStorage (not secret), as an external store
 * for useSyncExternalStore: read once, written on change, re-read when
 * another tab changes it or "Forget everything" clears the storage.
 * Storage that is unavailable (sandboxed frame, disabled) keeps the choice
 * for this page only.
 */
const listeners = new Set<() => void>();
let current: ThemePreference | undefined;

function read(): ThemePreference {
  try {
    return parseThemePreference(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

export function getStoredTheme(): ThemePreference {
  return (current ??= read());
}

export function setStoredTheme(preference: ThemePreference): void {
  current = preference;
  try {
    const text = serializeThemePreference(preference);
    if (text === undefined) window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, text);
  } catch {
    // Not stored: the choice lasts for this page.
  }
  emit();
}

/** Reads the stored choice again (after the storage was cleared by "Forget everything"). */
export function reloadStoredTheme(): void {
  const next = read();
  if (next === current) return;
  current = next;
  emit();
}

function onStorage(event: StorageEvent): void {
  if (event.key === THEME_STORAGE_KEY || event.key === null) reloadStoredTheme();
}

export function subscribeStoredTheme(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('storage', onStorage);
  };
}
