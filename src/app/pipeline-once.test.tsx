// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { computeValues } from '../core/values/output';
import { validateValues } from '../core/validation/validate';
import { outputFor } from '../core/output/output-values';
import { App } from './app';

// Every call anywhere in the app is counted (the real functions run).
vi.mock('../core/values/output', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/values/output')>();
  return { ...real, computeValues: vi.fn(real.computeValues) };
});
vi.mock('../core/validation/validate', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/validation/validate')>();
  return { ...real, validateValues: vi.fn(real.validateValues) };
});
vi.mock('../core/output/output-values', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/output/output-values')>();
  return { ...real, outputFor: vi.fn(real.outputFor) };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
});

async function settle(ms = 0) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

const calls = () => ({
  computeValues: vi.mocked(computeValues).mock.calls.length,
  validateValues: vi.mocked(validateValues).mock.calls.length,
  outputFor: vi.mocked(outputFor).mock.calls.length,
});

describe('one subscription pipeline', () => {
  test('a keystroke computes the values, the problems and the outputs exactly once for the whole app', { timeout: 120_000 }, async () => {
    render(<App />);
    // The validation rules and the output column load after the first render; autosave, the address bar and the change counts settle.
    await settle(900);
    const input = document.querySelector<HTMLInputElement>('input[name="ingress.hostName"]');
    expect(input, 'the ingress host name input').not.toBeNull();
    expect(screen.getByRole('button', { hidden: true, name: 'No problems · 2 to do' })).toBeTruthy();
    vi.clearAllMocks();

    await act(async () => {
      fireEvent.change(input!, { target: { value: 'p' } });
    });
    // The keystroke's own event computes what the preview shows; the problems follow right after its frame is painted
    // (form-pipeline.test.ts pins that order; here a slow machine may already have painted when act returns).
    const inKeystroke = calls();
    expect({ computeValues: inKeystroke.computeValues, outputFor: inKeystroke.outputFor }, 'in the keystroke').toEqual({ computeValues: 1, outputFor: 1 });
    expect(inKeystroke.validateValues, 'validations in the keystroke').toBeLessThanOrEqual(1);
    // The problems, the panels that are not the preview, the debounced readers (autosave 500 ms, address bar 400 ms,
    // change counts 150 ms) and history reuse that computation.
    await settle(900);
    expect(calls(), 'once everything settled').toEqual({ computeValues: 1, validateValues: 1, outputFor: 1 });
    expect(document.getElementById('values-preview')?.textContent).toContain('hostName: p');
    expect(localStorage.getItem('polyaxon-values-builder:autosave')).toContain('"hostName":"p"');
    expect(window.location.hash).toMatch(/^#s=/);
    expect(screen.getByRole('button', { hidden: true, name: '1 change' })).toBeTruthy();

    // Leaving the field changes no value: nothing is recomputed.
    vi.clearAllMocks();
    await act(async () => {
      fireEvent.blur(input!);
    });
    await settle(900);
    expect(calls(), 'after a blur').toEqual({ computeValues: 0, validateValues: 0, outputFor: 0 });
  });
});
