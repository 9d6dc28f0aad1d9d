import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { THEME_STORAGE_KEY } from '../../core/theme/preference';
import { PALETTES } from './palette';

// index.html paints the page in the chosen theme before the app loads: its script must agree with the app.
const html = readFileSync(path.resolve(__dirname, '../../../index.html'), 'utf8');
const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

type Env = { search: string; stored: string | null; systemDark: boolean; hash?: string; local?: Record<string, string>; session?: Record<string, string> };

/** A Storage-like object over `items` (what the script reads: length, key(i), getItem). */
function storage(items: Record<string, string>) {
  const keys = Object.keys(items);
  return { length: keys.length, key: (i: number) => keys[i] ?? null, getItem: (key: string) => items[key] ?? null };
}

/** Runs the first-paint script against a fake page: the colour scheme and background it set, and whether it asked for a client render. */
function firstPaint({ search, stored, systemDark, hash = '', local = {}, session = {} }: Env): { colorScheme: string; backgroundColor: string; render: string | undefined } {
  const style = { colorScheme: '', backgroundColor: '' };
  const dataset: { render?: string } = {};
  const run = new Function('location', 'localStorage', 'sessionStorage', 'matchMedia', 'document', 'URLSearchParams', script) as (...args: unknown[]) => void;
  run(
    { search, hash },
    storage({ ...local, ...(stored === null ? {} : { [THEME_STORAGE_KEY]: stored }) }),
    storage(session),
    (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark }),
    { documentElement: { style, dataset } },
    URLSearchParams,
  );
  return { ...style, render: dataset.render };
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
    const { colorScheme, backgroundColor } = firstPaint(env);
    expect({ colorScheme, backgroundColor }).toEqual({ colorScheme: mode, backgroundColor: PALETTES[mode].background.default });
  });

  // The build's prerendered screen (vite-plugins/prerender.ts) is a first visit's in the light theme: anything else renders anew.
  test.each([
    [{ search: '', stored: null, systemDark: false }, undefined],
    [{ search: '', stored: 'light', systemDark: true }, undefined],
    [{ search: '', stored: null, systemDark: false, local: { 'other-site': 'x' } }, undefined],
    [{ search: '', stored: null, systemDark: true }, 'client'],
    [{ search: '', stored: 'dark', systemDark: false }, 'client'],
    [{ search: '?embed', stored: null, systemDark: false }, 'client'],
    [{ search: '', stored: null, systemDark: false, hash: '#s=abc' }, 'client'],
    [{ search: '', stored: null, systemDark: false, local: { 'polyaxon-values-builder:autosave': '{}' } }, 'client'],
    [{ search: '', stored: null, systemDark: false, session: { 'polyaxon-values-builder:history': '{}' } }, 'client'],
  ] as const)('%j -> render %s', (env, render) => {
    expect(firstPaint(env).render).toBe(render);
  });

  test('a storage that throws asks for a client render', () => {
    const style = { colorScheme: '', backgroundColor: '' };
    const dataset: { render?: string } = {};
    const denied = {
      get length(): number {
        throw new Error('denied');
      },
      getItem: () => {
        throw new Error('denied');
      },
    };
    const run = new Function('location', 'localStorage', 'sessionStorage', 'matchMedia', 'document', 'URLSearchParams', script) as (...args: unknown[]) => void;
    run({ search: '', hash: '' }, denied, denied, () => ({ matches: false }), { documentElement: { style, dataset } }, URLSearchParams);
    expect(dataset.render).toBe('client');
  });
});
