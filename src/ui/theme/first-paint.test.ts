import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { THEME_STORAGE_KEY } from '../../core/theme/preference';
import { PALETTES } from './palette';

// index.html paints the page in the chosen theme before the app loads: its script must agree with the app.
const html = readFileSync(path.resolve(__dirname, '../../../index.html'), 'utf8');
const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

type Env = { search: string; stored: string | null; systemDark: boolean };

/** Runs the first-paint script against a fake page and returns the colour scheme and background it set. */
function firstPaint({ search, stored, systemDark }: Env): { colorScheme: string; backgroundColor: string } {
  const style = { colorScheme: '', backgroundColor: '' };
  const run = new Function('location', 'localStorage', 'matchMedia', 'document', 'URLSearchParams', script) as (...args: unknown[]) => void;
  run(
    { search },
    { getItem: (key: string) => (key === THEME_STORAGE_KEY ? stored : null) },
    (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark }),
    { documentElement: { style } },
    URLSearchParams,
  );
  return style;
}

describe('index.html first paint', () => {
  test('has the script', () => {
    expect(script).toContain(THEME_STORAGE_KEY);
  });

  test.each([
    [{ search: '', stored: null, systemDark: true }, 'dark'],
    [{ search: '', stored: null, systemDark: false }, 'light'],
    [{ search: '', stored: 'light', systemDark: true }, 'light'],
    [{ search: '', stored: 'dark', systemDark: false }, 'dark'],
    [{ search: '', stored: 'garbage', systemDark: true }, 'dark'],
    [{ search: '?embed', stored: 'dark', systemDark: true }, 'light'],
    [{ search: '?embed&theme=dark', stored: null, systemDark: false }, 'dark'],
    [{ search: '?embed&theme=system', stored: null, systemDark: true }, 'dark'],
    [{ search: '?embed&theme=blue', stored: null, systemDark: true }, 'light'],
  ] as const)('%j -> %s, with the palette background', (env, mode) => {
    expect(firstPaint(env)).toEqual({ colorScheme: mode, backgroundColor: PALETTES[mode].background.default });
  });
});
