// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { valuesFileText } from '../../core/download/values-file';
import { renderInBuilder } from '../../test-utils/render-builder';
import { byName, previewText, sectionById } from '../../test-utils/section-by-id';
import { Section } from '../builder/section';
import { ValuesPreview } from './values-preview';

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function type(el: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(el, { target: { value } });
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('values.yaml preview', () => {
  test('shows only the changes by default and the full merged values on request', async () => {
    renderInBuilder(
      <>
        <Section section={sectionById('ingress')} />
        <ValuesPreview />
      </>,
    );
    const region = screen.getByRole('region', { name: 'values.yaml' });
    expect(region.querySelector('pre code')).not.toBeNull();
    expect(previewText()).toBe('{}\n');
    await type(byName('ingress.hostName'), 'polyaxon.acme.com');
    expect(previewText()).toBe('ingress:\n  hostName: polyaxon.acme.com\n');
    await act(async () => {
      fireEvent.click(within(region).getByRole('switch', { name: 'Show full merged values' }));
    });
    const full = previewText();
    expect(full).toContain('namespace: polyaxon\n');
    expect(full).toContain('  hostName: polyaxon.acme.com\n');
  });

  test('download and copy give the values file, and say how many problems remain', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:values';
    });
    Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });

    renderInBuilder(
      <>
        <Section section={sectionById('namespace')} />
        <ValuesPreview />
      </>,
    );
    await type(byName('namespace'), 'Not_Valid');
    const region = screen.getByRole('region', { name: 'values.yaml' });
    expect(within(region).getByText(/\d+ problems? remains?/)).toBeTruthy();
    const text = previewText();
    const expected = valuesFileText(text, '2.15.1', { release: 'polyaxon', namespace: 'Not_Valid' });

    await act(async () => {
      fireEvent.click(within(region).getByRole('button', { name: 'Download values.yaml' }));
    });
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('values.yaml');
    expect(await blobs[0]!.text()).toBe(expected);

    await act(async () => {
      fireEvent.click(within(region).getByRole('button', { name: 'Copy values.yaml' }));
    });
    expect(writeText).toHaveBeenCalledWith(expected);
    expect(within(region).getByRole('button', { name: 'Copied' })).toBeTruthy();
  });
});
