// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { decodeShareState } from '../../core/share/codec';
import { parseFragment } from '../../core/share/fragment';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { renderInBuilder } from '../../test-utils/render-builder';
import { byName, sectionById } from '../../test-utils/section-by-id';
import { Section } from '../builder';
import { SharePanel } from './share-panel';

/*
 * "Copy share link" and the address bar: the link carries the changed values
 * (secrets only when opted in), a copied link goes stale when the values
 * change, and without a clipboard the link is shown to copy by hand. The
 * address bar's fragment follows the form, secrets always left out.
 */
const writeText = vi.fn<(text: string) => Promise<void>>();
const SECRET = 's3cret-token';
const initialValues = { namespace: 'ml', agent: { token: SECRET } };

beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

function renderPanel() {
  renderInBuilder(
    <>
      <Section section={sectionById('namespace')} />
      <SharePanel />
    </>,
    { initialValues },
  );
  return screen.getByRole('region', { name: 'Share' });
}

async function click(el: HTMLElement) {
  await act(async () => {
    fireEvent.click(el);
  });
}

async function type(el: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(el, { target: { value } });
  });
}

async function decoded(url: string) {
  const result = await decodeShareState(url.slice(url.indexOf('#')));
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const copyButton = (region: HTMLElement) => within(region).getByRole('button', { name: /link/i });

describe('SharePanel', () => {
  test('copies a link with the changed values, the secret left out and named', async () => {
    const region = renderPanel();
    expect(copyButton(region).textContent).toBe('Copy share link');
    await click(copyButton(region));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const url = writeText.mock.calls[0]![0];
    expect(url.startsWith(`${window.location.origin}/#s=`)).toBe(true);
    expect(url).not.toContain(SECRET);
    const link = await decoded(url);
    expect(link.changed).toMatchObject({ namespace: 'ml' });
    expect(link.leftOut.map((l) => l.id)).toEqual(['agent.token']);

    expect(copyButton(region).textContent).toBe('Link copied');
    const result = within(region).getByTestId('share-result');
    expect(result.textContent).toContain(`${url.length} characters`);
    expect(within(result).getByTestId('share-left-out').textContent).toContain('agent.token');
  });

  test('with the opt-in ticked the secret goes in the link and nothing is listed as left out', async () => {
    const region = renderPanel();
    const optIn = within(region).getByRole('checkbox', { name: 'Include secrets in the link' });
    await click(optIn);
    expect((optIn as HTMLInputElement).checked).toBe(true);
    await click(copyButton(region));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const link = await decoded(writeText.mock.calls[0]![0]);
    expect(link.changed).toMatchObject({ namespace: 'ml', agent: { token: SECRET } });
    expect(within(region).queryByTestId('share-left-out')).toBeNull();
    // Unticking clears the result: the copied link held the secret, the next one will not.
    await click(optIn);
    expect(within(region).queryByTestId('share-result')).toBeNull();
  });

  test('a change after the copy makes the copied link stale until it is copied again', async () => {
    const region = renderPanel();
    await click(copyButton(region));
    await vi.waitFor(() => expect(copyButton(region).textContent).toBe('Link copied'));
    await type(byName('namespace'), 'ml-prod');
    await vi.waitFor(() => expect(copyButton(region).textContent).toBe('Copy updated link'));
    expect(within(region).getByTestId('share-result').className).toMatch(/warning/i);
    await click(copyButton(region));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    expect((await decoded(writeText.mock.calls[1]![0])).changed).toMatchObject({ namespace: 'ml-prod' });
    expect(copyButton(region).textContent).toBe('Link copied');
  });

  test('without a clipboard the link is shown, selected on focus, to copy by hand', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const region = renderPanel();
    await click(copyButton(region));
    const field = await vi.waitFor(() => within(region).getByTestId('share-link-text') as HTMLInputElement);
    expect(field.readOnly).toBe(true);
    act(() => field.focus());
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect((await decoded(field.value)).changed).toMatchObject({ namespace: 'ml' });
    expect(within(region).getByTestId('share-left-out').textContent).toContain('agent.token');
    // Dismissing the notice goes back to the start.
    await click(within(region).getByRole('button', { name: /close/i }));
    expect(within(region).queryByTestId('share-result')).toBeNull();
  });

  test('a clipboard that refuses (permission denied) falls back to the link shown', async () => {
    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const region = renderPanel();
    await click(copyButton(region));
    await vi.waitFor(() => expect(within(region).getByTestId('share-link-text')).toBeTruthy());
  });
});

describe('the address bar (useAddressSync)', () => {
  test('follows the form without secrets and keeps a #field= deep link', async () => {
    window.history.replaceState(null, '', '/?lang=en#field=namespace');
    renderPanel();
    await vi.waitFor(() => expect(parseFragment(window.location.hash).state).toBeDefined(), { timeout: 5000 });
    expect(window.location.search).toBe('?lang=en');
    expect(parseFragment(window.location.hash).field).toBe('namespace');
    expect(window.location.hash).not.toContain(SECRET);
    const first = await decoded(window.location.hash);
    expect(first.version).toBe(LATEST_CHART_VERSION);
    expect(first.changed).toMatchObject({ namespace: 'ml' });
    expect(first.changed).not.toHaveProperty('agent.token');

    await type(byName('namespace'), 'ml-prod');
    await vi.waitFor(async () => expect((await decoded(window.location.hash)).changed).toMatchObject({ namespace: 'ml-prod' }), { timeout: 5000 });
  });

  test('nothing changed: the address has no state', async () => {
    window.history.replaceState(null, '', '/#s=stale');
    renderInBuilder(<SharePanel />);
    await vi.waitFor(() => expect(window.location.hash).toBe(''), { timeout: 5000 });
    expect(window.location.href).toBe(`${window.location.origin}/`);
  });
});
