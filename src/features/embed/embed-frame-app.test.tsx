// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CHANGE, HEIGHT, SET_THEME, SET_VALUES, type EmbedConfig } from '../../core/embed/protocol';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { SECTIONS } from '../../schema/sections';
import { sectionDomId } from '../builder';
import { EmbedFrameApp } from './embed-frame-app';

/*
 * The iframe embed (`?embed`): the builder talks to the page around it with
 * postMessage. In jsdom the test page is its own parent, so `window.parent`
 * is replaced by a stand-in that records what the builder posts, and messages
 * "from the parent" are MessageEvents whose source is that stand-in.
 */
const DOCS = 'https://docs.example.com';
const parent = { postMessage: vi.fn<(message: unknown, targetOrigin: string) => void>() };

/** jsdom has no layout: the page's height is set by hand, and `relayout()` plays the ResizeObserver's part. */
let pageHeight = 480;
const observers = new Set<() => void>();
class FakeResizeObserver {
  constructor(private readonly callback: () => void) {}
  observe(): void {
    observers.add(this.callback);
  }
  disconnect(): void {
    observers.delete(this.callback);
  }
}
function relayout(height: number) {
  pageHeight = height;
  for (const callback of observers) callback();
}

beforeEach(() => {
  parent.postMessage.mockReset();
  Object.defineProperty(window, 'parent', { value: parent, configurable: true });
  pageHeight = 480;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockImplementation(() => ({ height: pageHeight }) as DOMRect);
});
afterEach(() => {
  cleanup();
  // The own property shadows jsdom's getter; deleting it gives the real parent back.
  delete (window as { parent?: unknown }).parent;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('style');
});

type Posted = { type: string; [key: string]: unknown };
const posted = (type: string): Array<{ message: Posted; target: string }> =>
  parent.postMessage.mock.calls.map(([message, target]) => ({ message: message as Posted, target })).filter((p) => p.message.type === type);
const lastChange = (): Posted | undefined => posted(CHANGE).at(-1)?.message;

function config(over: Partial<EmbedConfig> = {}): EmbedConfig {
  return { allow: [DOCS], targetOrigin: DOCS, sections: ['ingress'], ignored: [], ...over };
}

async function renderEmbed(c: EmbedConfig) {
  await act(async () => {
    render(<EmbedFrameApp config={c} />);
  });
  await vi.waitFor(() => expect(screen.getByTestId('embed-view')).toBeTruthy());
}

async function send(data: unknown, { origin = DOCS, source = parent as unknown }: { origin?: string; source?: unknown } = {}) {
  const event = new MessageEvent('message', { data, origin });
  Object.defineProperty(event, 'source', { value: source });
  await act(async () => {
    window.dispatchEvent(event);
  });
}

describe('EmbedFrameApp (iframe embed)', () => {
  test('shows the chosen sections, opened, with the values preview and one h1 for screen readers', async () => {
    await renderEmbed(config({ sections: ['ingress'] }));
    const form = screen.getByRole('form', { name: 'Chart values' });
    expect(within(form).getAllByRole('heading', { level: 2 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Polyaxon Agent values');
    // Opened: the section's fields are in the page.
    expect(form.querySelector('[name="ingress.enabled"]')).not.toBeNull();
    expect(screen.getByTestId('embed-view').querySelector('#values-preview')).not.toBeNull();
  });

  test('without sections it shows every section', async () => {
    await renderEmbed(config({ sections: undefined }));
    const shown = SECTIONS.filter((s) => document.getElementById(sectionDomId(s.id)) !== null).map((s) => s.id);
    expect(shown).toEqual(SECTIONS.map((s) => s.id));
  });

  test('posts its height to the page and the changed values (none yet) to the &origin=', async () => {
    await renderEmbed(config());
    expect(posted(HEIGHT)).toEqual([{ message: { type: HEIGHT, height: 480 }, target: DOCS }]);
    act(() => relayout(612.4));
    act(() => relayout(613));
    expect(posted(HEIGHT).map((p) => p.message.height)).toEqual([480, 613]);
    await vi.waitFor(() => expect(lastChange()).toMatchObject({ version: LATEST_CHART_VERSION, values: {} }));
    expect(posted(CHANGE).every((p) => p.target === DOCS)).toBe(true);
  });

  test('without &origin= it sends only its height, to any parent, and says why in the console', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await renderEmbed(config({ targetOrigin: undefined, ignored: ['origin: "*" is not an http(s) origin'] }));
    expect(info).toHaveBeenCalledWith(expect.stringContaining('no &origin='));
    expect(warn).toHaveBeenCalledWith('polyaxon values builder embed: ignored origin: "*" is not an http(s) origin');
    expect(posted(HEIGHT).map((p) => p.target)).toEqual(['*']);
    expect(posted(CHANGE)).toEqual([]);
  });

  test('set-values from the parent on the allow list replaces the form; secrets go back masked', async () => {
    await renderEmbed(config());
    await send({ type: SET_VALUES, values: { ingress: { enabled: true, hostName: 'polyaxon.acme.com' }, agent: { token: 's3cret' } } });
    await vi.waitFor(() => expect(lastChange()?.values).toMatchObject({ ingress: { enabled: true, hostName: 'polyaxon.acme.com' } }));
    expect(lastChange()?.masked).toContain('agent.token');
    expect(JSON.stringify(lastChange())).not.toContain('s3cret');
    expect((document.querySelector('[name="ingress.hostName"]') as HTMLInputElement).value).toBe('polyaxon.acme.com');
  });

  test('set-values naming another chart release switches the form to it', async () => {
    await renderEmbed(config());
    await send({ type: SET_VALUES, version: '2.8.0', values: { ingress: { enabled: true } } });
    await vi.waitFor(() => expect(lastChange()).toMatchObject({ version: '2.8.0', values: { ingress: { enabled: true } } }));
  });

  test('messages from another origin, from a window that is not the parent, or malformed ones are ignored with a console warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await renderEmbed(config());
    await vi.waitFor(() => expect(lastChange()).toBeDefined());
    const before = posted(CHANGE).length;

    await send({ type: SET_VALUES, values: { ingress: { enabled: true } } }, { origin: 'https://evil.example.com' });
    expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('from https://evil.example.com (not on the &allow= list)'));
    await send({ type: SET_THEME, theme: 'dark' }, { source: null });
    expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('ignored a set-theme message that did not come from the parent window'));
    await send({ type: SET_VALUES, values: 'not a map' });
    expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('ignored a malformed set-values message'));
    await send({ type: SET_THEME, theme: 'purple' });
    expect(warn).toHaveBeenLastCalledWith(expect.stringContaining('ignored a malformed set-theme message'));
    // Messages of other kinds (another tool on the page) are ignored silently.
    const warnings = warn.mock.calls.length;
    await send({ type: 'something-else' }, { origin: 'https://evil.example.com' });
    expect(warn.mock.calls.length).toBe(warnings);

    expect(posted(CHANGE).length).toBe(before);
    expect((document.querySelector('[name="ingress.enabled"]') as HTMLInputElement).checked).toBe(false);
    expect(document.documentElement.style.colorScheme).toBe('light');
  });

  test('starts in the &theme= and follows set-theme from an allowed parent', async () => {
    await renderEmbed(config({ theme: 'dark' }));
    expect(document.documentElement.style.colorScheme).toBe('dark');
    await send({ type: SET_THEME, theme: 'light' });
    expect(document.documentElement.style.colorScheme).toBe('light');
  });

  test('opens at the &version= release', async () => {
    await renderEmbed(config({ version: '2.8.0' }));
    await vi.waitFor(() => expect(lastChange()?.version).toBe('2.8.0'));
  });
});
