// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
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
  test('title, chart version, regions, heading order and the problems drawer', { timeout: 120_000 }, async () => {
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

    // The defaults have no problems, only two steps still to do (agent token and instance): the drawer lists them as notes.
    const badge = screen.getByRole('button', { ...fast, name: 'No problems · 2 to do' });
    await act(async () => {
      fireEvent.click(badge);
    });
    const drawer = screen.getByRole('dialog', { ...fast, name: 'Problems and notes' });
    expect(within(drawer).getByRole('heading', { ...fast, name: 'Errors (0)' })).toBeTruthy();
    expect(within(drawer).getByRole('heading', { ...fast, name: 'Warnings (0)' })).toBeTruthy();
    expect(within(drawer).getByRole('heading', { ...fast, name: 'Notes: still to do (2)' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(within(drawer).getByRole('button', { ...fast, name: 'Go to agent.instance' }));
    });
    await settle(400);
    const focused = document.activeElement as HTMLInputElement | null;
    expect(focused?.name).toBe('agent.instance');
  });
});
