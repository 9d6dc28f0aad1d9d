/**
 * The colour theme the user chose: follow the system setting (the default),
 * or always light, or always dark. Stored in the browser (not secret) under
 * THEME_STORAGE_KEY; "Forget everything" removes it with the other keys
 * under the builder's storage prefix.
 */
export type ThemePreference = 'system' | 'light' | 'dark';
/** The theme actually shown. */
export type ThemeMode = 'light' | 'dark';

export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];
export const DEFAULT_THEME_PREFERENCE: ThemePreference = 'system';
/** Under the autosave STORAGE_PREFIX ('polyaxon-values-builder:'), so "Forget everything" clears it. */
export const THEME_STORAGE_KEY = 'polyaxon-values-builder:theme';

export function isThemePreference(value: unknown): value is ThemePreference {
  return typeof value === 'string' && (THEME_PREFERENCES as readonly string[]).includes(value);
}

/** A stored or received choice: anything but exactly 'system', 'light' or 'dark' (absent, garbage, other case) gives 'system'. */
export function parseThemePreference(value: unknown): ThemePreference {
  return isThemePreference(value) ? value : DEFAULT_THEME_PREFERENCE;
}

/** The text to store: the default is not stored at all (undefined: remove the key). */
export function serializeThemePreference(preference: ThemePreference): string | undefined {
  return preference === DEFAULT_THEME_PREFERENCE ? undefined : preference;
}

/** The theme shown for a choice, given whether the system asks for dark (prefers-color-scheme). */
export function resolveThemeMode(preference: ThemePreference, systemDark: boolean): ThemeMode {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

const LABELS: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** "System", "Light" or "Dark". */
export function themePreferenceLabel(preference: ThemePreference): string {
  return LABELS[preference];
}

/** What the theme control says: "Theme: System (dark)", "Theme: Light". */
export function themeStatusText(preference: ThemePreference, mode: ThemeMode): string {
  return preference === 'system' ? `Theme: System (${mode})` : `Theme: ${LABELS[preference]}`;
}
