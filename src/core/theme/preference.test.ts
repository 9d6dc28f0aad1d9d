import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runSeed } from '../yaml/yaml-arbitraries.test-support';
import { isThemePreference, parseThemePreference, resolveThemeMode, serializeThemePreference, THEME_PREFERENCES, THEME_STORAGE_KEY, themeStatusText } from './preference';
import { STORAGE_PREFIX } from '../autosave/settings';

describe('theme preference', () => {
  test('a stored choice round-trips; the default is not stored', () => {
    for (const p of THEME_PREFERENCES) expect(parseThemePreference(serializeThemePreference(p) ?? null)).toBe(p);
    expect(serializeThemePreference('system')).toBeUndefined();
    expect(serializeThemePreference('dark')).toBe('dark');
  });

  test('absent or bad stored values give system', () => {
    for (const bad of [null, undefined, '', 'Dark', 'LIGHT', ' dark', 'auto', '"dark"', '{}', 1, true, {}, ['dark']]) {
      expect(parseThemePreference(bad), String(bad)).toBe('system');
    }
  });

  test('random text parses to system unless it is exactly a choice', () => {
    const seed = runSeed('theme preference');
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseThemePreference(text);
        expect(parsed).toBe(['light', 'dark', 'system'].includes(text) ? text : 'system');
        expect(isThemePreference(parsed)).toBe(true);
      }),
      { seed },
    );
  });

  test('system follows prefers-color-scheme; light and dark ignore it', () => {
    expect(resolveThemeMode('system', true)).toBe('dark');
    expect(resolveThemeMode('system', false)).toBe('light');
    for (const systemDark of [true, false]) {
      expect(resolveThemeMode('light', systemDark)).toBe('light');
      expect(resolveThemeMode('dark', systemDark)).toBe('dark');
    }
  });

  test('the control says the choice and, for system, the theme shown', () => {
    expect(themeStatusText('system', 'dark')).toBe('Theme: System (dark)');
    expect(themeStatusText('light', 'light')).toBe('Theme: Light');
    expect(themeStatusText('dark', 'dark')).toBe('Theme: Dark');
  });

  test('the key is under the storage prefix, so "Forget everything" removes it', () => {
    expect(THEME_STORAGE_KEY.startsWith(STORAGE_PREFIX)).toBe(true);
  });
});
