// @vitest-environment jsdom
import { act } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { mount, type MountHandle } from './shadow-mount';
import type { ChangeReport } from './use-change-report';

/*
 * The script embed (dist/embed.js): PolyaxonValuesBuilder.mount() renders the
 * builder into a shadow root, reports changes (secrets masked), takes values
 * from the page and cleans up after itself.
 */
const handles: MountHandle[] = [];
afterEach(() => {
  for (const h of handles.splice(0)) act(() => h.unmount());
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

async function mountIn(options: Parameters<typeof mount>[1]): Promise<{ host: HTMLElement; handle: MountHandle }> {
  const host = document.createElement('div');
  document.body.append(host);
  let handle: MountHandle | undefined;
  await act(async () => {
    handle = mount(host, options);
  });
  handles.push(handle as MountHandle);
  return { host, handle: handle as MountHandle };
}

const lastReport = (onChange: ReturnType<typeof vi.fn>): ChangeReport => onChange.mock.calls.at(-1)?.[0] as ChangeReport;

describe('mount (script embed)', () => {
  test('renders the builder inside a shadow root and leaves the page’s own DOM alone', async () => {
    const { host } = await mountIn({ sections: ['ingress'], preview: false });
    expect(host.children).toHaveLength(0);
    const view = host.shadowRoot?.querySelector('[data-testid="embed-view"]');
    expect(view).not.toBeNull();
    expect(view?.querySelector('[role="form"][aria-label="Chart values"]')).not.toBeNull();
    expect(host.shadowRoot?.querySelector('style[data-emotion^="pvb"]')).not.toBeNull();
  });

  test('reports the initial values at start, secrets masked, and again after setValues', async () => {
    const onChange = vi.fn();
    const { handle } = await mountIn({ initialValues: { ingress: { enabled: true }, agent: { token: 's3cret-token' } }, onChange, preview: false });
    expect(onChange).toHaveBeenCalled();
    const first = lastReport(onChange);
    expect(first.version).toBe(LATEST_CHART_VERSION);
    expect(first.values.ingress).toEqual({ enabled: true });
    expect(first.masked).toContain('agent.token');
    expect(first.yaml).not.toContain('s3cret-token');

    await act(async () => handle.setValues({ gateway: { service: { type: 'NodePort' } } }));
    await vi.waitFor(() => expect(lastReport(onChange).values).toEqual({ gateway: { service: { type: 'NodePort' } } }));
    expect(lastReport(onChange).yaml).toContain('type: NodePort');
  });

  test('shows only the chosen sections and warns about unknown ones', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { host } = await mountIn({ sections: ['ingress', 'no-such-section'], preview: false });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unknown section "no-such-section"'));
    const headings = [...(host.shadowRoot?.querySelectorAll('h2') ?? [])].map((h) => h.textContent);
    expect(headings).toHaveLength(1);
  });

  test('shows the live values.yaml unless preview is false', async () => {
    const withPreview = await mountIn({ sections: ['ingress'], initialValues: { ingress: { enabled: true } } });
    await vi.waitFor(() => expect(withPreview.host.shadowRoot?.textContent).toContain('enabled: true'));
  });

  test('rejects what it cannot use with a clear message', async () => {
    expect(() => mount({} as Element)).toThrow(/element must be an HTML element/);
    const host = document.createElement('div');
    expect(() => mount(host, { version: '0.0.1' })).toThrow(/unknown chart version "0.0.1"/);
    expect(() => mount(host, { initialValues: JSON.parse('{"__proto__": {"x": 1}}') as Record<string, unknown> })).toThrow(/initialValues must be a map of plain values/);
    const { handle } = await mountIn({ preview: false });
    expect(() => handle.setValues([] as unknown as Record<string, unknown>)).toThrow(/values must be a map of plain values/);
  });

  test('takes a theme option and setTheme(); a theme it does not know is a clear error', async () => {
    const background = (host: HTMLElement) => getComputedStyle(host.shadowRoot?.querySelector('.MuiScopedCssBaseline-root') as Element).backgroundColor;
    const { host, handle } = await mountIn({ preview: false, theme: 'dark' });
    const dark = background(host);
    await act(async () => handle.setTheme('light'));
    expect(background(host)).not.toBe(dark);
    expect(() => handle.setTheme('purple' as 'light')).toThrow(/theme must be "light", "dark" or "system" \(got "purple"\)/);
    expect(() => mount(document.createElement('div'), { theme: 'sepia' as 'light' })).toThrow(/theme must be/);
    act(() => handle.unmount());
    expect(() => handle.setTheme('dark')).toThrow(/setTheme after unmount/);
  });

  test('unmount removes the builder and its styles; setValues afterwards is an error', async () => {
    const { host, handle } = await mountIn({ preview: false });
    act(() => handle.unmount());
    expect(host.shadowRoot?.childNodes).toHaveLength(0);
    expect(() => handle.setValues({})).toThrow(/setValues after unmount/);
    act(() => handle.unmount());
  });
});
