import { describe, expect, test } from 'vitest';
import { contrastRatio } from '../../core/theme/contrast';
import type { ThemeMode } from '../../core/theme/preference';
import { appTheme } from './app-theme';
import { PALETTES } from './palette';

/** WCAG AA for normal-size text. */
const AA = 4.5;
const MODES: readonly ThemeMode[] = ['light', 'dark'];

function failures(pairs: ReadonlyArray<[name: string, fg: string, bg: string]>): string[] {
  return pairs.filter(([, fg, bg]) => contrastRatio(fg, bg) < AA).map(([name, fg, bg]) => `${name}: ${fg} on ${bg} = ${contrastRatio(fg, bg).toFixed(2)}:1`);
}

describe.each(MODES)('the %s theme meets WCAG AA (4.5:1)', (mode) => {
  const p = PALETTES[mode];

  test('text colours on the page, the paper and nested boxes', () => {
    const texts: Record<string, string> = {
      'text.primary': p.text.primary,
      'text.secondary': p.text.secondary,
      'primary.main': p.primary.main,
      'secondary.main': p.secondary.main,
      'info.main': p.info.main,
      'warning.main': p.warning.main,
      'warning.dark': p.warning.dark,
      'error.main': p.error.main,
      'success.main': p.success.main,
    };
    const backgrounds: Record<string, string> = { 'background.paper': p.background.paper, 'background.default': p.background.default, nested: p.nested };
    const pairs = Object.entries(texts).flatMap(([tn, fg]) => Object.entries(backgrounds).map(([bn, bg]): [string, string, string] => [`${tn} on ${bn}`, fg, bg]));
    expect(failures(pairs)).toEqual([]);
  });

  test('every YAML token colour, the code text and a masked secret on the code background', () => {
    const pairs: Array<[string, string, string]> = [
      ['code.text', p.code.text, p.code.background],
      ...Object.entries(p.code.syntax).map(([type, fg]): [string, string, string] => [`syntax.${type}`, fg, p.code.background]),
      ['masked secret', p.text.secondary, p.code.mask],
    ];
    expect(pairs.length).toBe(10);
    expect(failures(pairs)).toEqual([]);
  });

  test('badges and buttons: contrast text on its colour (problem badge, section rail counts, contained buttons, hover)', () => {
    const pairs: Array<[string, string, string]> = [
      ['primary', p.primary.contrastText, p.primary.main],
      ['primary hover', p.primary.contrastText, p.primary.dark],
      ['secondary', p.secondary.contrastText, p.secondary.main],
      ['info', p.info.contrastText, p.info.main],
      ['warning badge', p.warning.contrastText, p.warning.main],
      ['warning badge hover', p.warning.contrastText, p.warning.dark],
      ['error badge', p.error.contrastText, p.error.main],
      ['error badge hover', p.error.contrastText, p.error.dark],
      ['success', p.success.contrastText, p.success.main],
    ];
    expect(failures(pairs)).toEqual([]);
  });

  test('the MUI theme uses these colours', () => {
    const t = appTheme(mode).palette;
    expect(t.mode).toBe(mode);
    expect([t.background.paper, t.background.default, t.text.primary, t.text.secondary, t.divider]).toEqual([p.background.paper, p.background.default, p.text.primary, p.text.secondary, p.divider]);
    for (const name of ['primary', 'error', 'warning'] as const) {
      expect([t[name].main, t[name].dark, t[name].contrastText], name).toEqual([p[name].main, p[name].dark, p[name].contrastText]);
    }
    expect(t.grey[50]).toBe(p.nested);
    expect(t.grey[500]).toMatch(/^#/); // the other greys are MUI's
  });
});

describe('contrastRatio', () => {
  test('known WCAG values', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('rgb(255, 255, 255)', '#000000')).toBeCloseTo(21, 5);
    // Half-transparent black over white is mid grey.
    expect(contrastRatio('rgba(0, 0, 0, 0.5)', '#ffffff')).toBeCloseTo(contrastRatio('#808080', '#ffffff'), 1);
  });

  test('unknown colour syntax and translucent backgrounds are refused, not guessed', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/not a colour/);
    expect(() => contrastRatio('#000', 'rgba(0,0,0,0.5)')).toThrow(/opaque/);
  });
});
