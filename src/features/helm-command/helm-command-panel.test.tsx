// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { buildHelmCommands } from '../../core/helm-command/build';
import { afterPaintSettled, renderInBuilder } from '../../test-utils/render-builder';
import { byName, sectionById } from '../../test-utils/section-by-id';
import { Section } from '../builder/section';
import { HelmCommandPanel } from './helm-command-panel';
import { ReleaseNameProvider } from '../output/release-name';

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

async function type(el: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(el, { target: { value } });
  });
  // The panel follows a change after the frame that shows it in the preview.
  await afterPaintSettled();
}

function renderPanel(sections: string[]) {
  renderInBuilder(
    <ReleaseNameProvider>
      {sections.map((id) => (
        <Section key={id} section={sectionById(id)} />
      ))}
      <HelmCommandPanel />
    </ReleaseNameProvider>,
  );
  return screen.getByRole('region', { name: 'Helm command' });
}

function blockTexts(region: HTMLElement): string[] {
  return [...region.querySelectorAll('pre')].map((pre) => pre.textContent ?? '');
}

describe('helm command panel', () => {
  test('one release and namespace, from the form, shared by the Helm and Polyaxon CLI commands', async () => {
    const region = renderPanel(['deployment', 'namespace']);
    // No second release-name input in the panel: it shows the form's values once.
    expect(within(region).queryByRole('textbox')).toBeNull();
    expect(within(region).getByTestId('release-target').textContent).toContain('Release polyaxon in namespace polyaxon');
    await type(byName('releaseName'), 'agent-prod');
    await type(byName('namespace'), 'ml');
    expect(within(region).getByTestId('release-target').textContent).toContain('Release agent-prod in namespace ml');
    const changed = { releaseName: 'agent-prod', namespace: 'ml' };
    const expected = buildHelmCommands({ release: 'agent-prod', namespace: 'ml', chartVersion: '2.15.1', changed, yaml: 'namespace: ml\nreleaseName: agent-prod\n', variant: 'file' });
    expect(blockTexts(region)).toEqual(expected.map((b) => b.command));

    await act(async () => {
      fireEvent.click(within(region).getByRole('button', { name: '--set flags' }));
    });
    const set = buildHelmCommands({ release: 'agent-prod', namespace: 'ml', chartVersion: '2.15.1', changed, yaml: '', variant: 'set' });
    expect(blockTexts(region)).toEqual(set.map((b) => b.command));

    await act(async () => {
      fireEvent.click(within(region).getByRole('button', { name: 'Polyaxon CLI' }));
    });
    const texts = blockTexts(region).join('\n');
    expect(texts).toContain('polyaxon admin deploy -f values.yaml');
    // The CLI file targets the same release: no note that it installs another one.
    expect(region.textContent).not.toContain('The CLI installs the release named by releaseName');
  });

  test('each block has its own Copy button with a visible confirmation', async () => {
    const region = renderPanel([]);
    const first = within(region).getAllByRole('button', { name: /^Copy: / })[0]!;
    await act(async () => {
      fireEvent.click(first);
    });
    expect(writeText).toHaveBeenCalledWith(blockTexts(region)[0]);
    expect(first.textContent).toContain('Copied');
  });

  test('the token picker appears once agent.token is set', async () => {
    const region = renderPanel(['agent']);
    expect(within(region).queryByRole('combobox', { name: 'Agent token' })).toBeNull();
    await type(byName('agent.token'), 'tok-123');
    const picker = within(region).getByRole('combobox', { name: 'Agent token' }) as HTMLSelectElement;
    // The self-contained variant carries the values (and so the inline token) in the command itself.
    await act(async () => {
      fireEvent.click(within(region).getByRole('button', { name: 'Self-contained (heredoc)' }));
    });
    // Masked on screen, revealed on request.
    expect(blockTexts(region).join('\n')).not.toContain('tok-123');
    await act(async () => {
      fireEvent.click(within(region).getAllByRole('button', { name: 'Reveal secret agent.token' })[0]!);
    });
    expect(blockTexts(region).join('\n')).toContain('tok-123');
    await type(picker, 'env');
    const all = blockTexts(region).join('\n');
    expect(all).not.toContain('tok-123');
    expect(all).toContain('$POLYAXON_AGENT_TOKEN');
  });
});
