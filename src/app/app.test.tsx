// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { App } from './app';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

async function settle(ms = 0) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

// The whole form in jsdom is slow (every emotion rule goes through jsdom's CSS engine); `hidden: true`
// skips getByRole's per-element computed-style visibility check, which is what costs seconds here.
const fast = { hidden: true } as const;

describe('app shell', () => {
  test('title, chart version, regions, heading order and the problems link', { timeout: 120_000 }, async () => {
    render(<App />);
    await settle();
    expect(screen.getByRole('heading', { ...fast, level: 1, name: 'Polyaxon Agent values builder' })).toBeTruthy();
    expect((screen.getByRole('combobox', { ...fast, name: 'Chart version' }) as HTMLSelectElement).value).toBe('2.15.1');
    expect(screen.getByRole('region', { ...fast, name: 'values.yaml' })).toBeTruthy();
    expect(screen.getByRole('region', { ...fast, name: 'Helm command' })).toBeTruthy();
    expect(screen.getByRole('region', { ...fast, name: /^Ingress & gateway service/ })).toBeTruthy();

    const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level, `heading ${i} (h${level}) after h${levels[i - 1]}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });

    // The defaults have problems (no agent token, no instance): the link focuses the first one's input.
    const link = screen.getByRole('link', { ...fast, name: /^\d+ problems?$/ });
    await act(async () => {
      fireEvent.click(link);
    });
    await settle(120);
    const focused = document.activeElement as HTMLInputElement | null;
    expect(focused?.name).toMatch(/^agent\./);
  });
});
