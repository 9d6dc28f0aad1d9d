// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { afterPaintSettled, RenderCounter, renderInBuilder } from '../../test-utils/render-builder';
import { byName, previewText, sectionById } from '../../test-utils/section-by-id';
import { Section } from '../builder/section';
import { ValuesPreview } from '../preview/values-preview';
import { HelmCommandPanel } from './helm-command-panel';
import { ReleaseNameProvider } from '../output/release-name';

/** Every render of a code block, by what it shows: the preview (by id) or a command (its first line). */
const codeRenders: string[] = [];

// A plain (not memoized) stand-in, so each render its parent asks for is counted: the real one is memoized too.
vi.mock('../../ui/code-block', () => ({
  CodeBlock({ text, id }: { text: string; id?: string }) {
    codeRenders.push(id ?? `command: ${text.split('\n')[0]}`);
    return (
      <pre id={id}>
        <code>{text}</code>
      </pre>
    );
  },
}));

afterEach(cleanup);

/** The panels that are not the preview follow a change after its frame. */
const settle = afterPaintSettled;

function renderOutputs(counter: RenderCounter) {
  renderInBuilder(
    <ReleaseNameProvider>
      <Profiler id="ingress" onRender={counter.onRender}>
        <Section section={sectionById('ingress')} />
      </Profiler>
      <Profiler id="preview" onRender={counter.onRender}>
        <ValuesPreview />
      </Profiler>
      <Profiler id="helm" onRender={counter.onRender}>
        <HelmCommandPanel />
      </Profiler>
    </ReleaseNameProvider>,
  );
  return screen.getByRole('region', { name: 'Helm command' });
}

const count = (id: string) => codeRenders.filter((r) => r === id).length;
const commandRenders = () => codeRenders.filter((r) => r.startsWith('command: '));

describe('output renders per keystroke', () => {
  test('the preview renders once per change and command blocks whose text is unchanged do not re-render', async () => {
    const counter = new RenderCounter();
    const panel = renderOutputs(counter);
    await settle();
    const host = byName('ingress.hostName');

    // With `-f values.yaml` the commands do not carry the values: typing re-renders nothing in the panel.
    let before = counter.snapshot();
    codeRenders.length = 0;
    for (const [i, text] of ['p', 'po', 'pol'].entries()) {
      await act(async () => {
        fireEvent.change(host, { target: { value: text } });
      });
      expect(count('values-preview'), `preview code renders after change ${i + 1}`).toBe(i + 1);
    }
    await settle();
    expect(previewText()).toBe('ingress:\n  hostName: pol\n');
    expect(count('values-preview')).toBe(3);
    expect(commandRenders()).toEqual([]);
    expect(counter.get('helm') - (before.get('helm') ?? 0), 'helm panel commits while typing with -f').toBe(0);
    expect(counter.get('preview') - (before.get('preview') ?? 0), 'preview commits for 3 changes').toBeLessThanOrEqual(3);

    // The heredoc embeds the values: only its block re-renders, once per change.
    await act(async () => {
      fireEvent.click(within(panel).getByRole('button', { name: 'Self-contained (heredoc)' }));
    });
    await settle();
    const blocks = panel.querySelectorAll('pre').length;
    expect(blocks).toBeGreaterThan(1);
    before = counter.snapshot();
    codeRenders.length = 0;
    for (const text of ['polyaxon', 'polyaxon.acme.com']) {
      await act(async () => {
        fireEvent.change(host, { target: { value: text } });
      });
      await settle();
    }
    const heredoc = commandRenders();
    expect(heredoc, 'command blocks rendered while typing with the heredoc variant').toHaveLength(2);
    expect(new Set(heredoc).size, 'the same (install) block both times').toBe(1);
    expect(count('values-preview')).toBe(2);
    expect(counter.get('helm') - (before.get('helm') ?? 0), 'helm panel commits for 2 changes').toBeLessThanOrEqual(2);
    expect(previewText()).toContain('hostName: polyaxon.acme.com');
    expect([...panel.querySelectorAll('pre')].some((pre) => pre.textContent?.includes('hostName: polyaxon.acme.com'))).toBe(true);
  });
});
