// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { mergeUserValues } from '../../core/values/helm-merge';
import { chartDefaults } from '../../schema/defaults';
import { renderInBuilder } from '../../test-utils/render-builder';
import { previewText } from '../../test-utils/section-by-id';
import { HelmCommandPanel } from '../helm-command/helm-command-panel';
import { OutputSettingsProvider } from '../output/output-settings';
import { ValuesPreview } from './values-preview';

const writeText = vi.fn<(text: string) => Promise<void>>();

beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(cleanup);

const TOKEN = 'tok-5e2b';

function renderOutputs() {
  const initialValues = mergeUserValues(chartDefaults('2.15.1'), {
    namespace: 'ml',
    timezone: 'Europe/Berlin',
    agent: { token: TOKEN, executorRefreshInterval: 60 },
  });
  renderInBuilder(
    <OutputSettingsProvider>
      <ValuesPreview />
      <HelmCommandPanel />
    </OutputSettingsProvider>,
    { initialValues },
  );
  return { preview: screen.getByRole('region', { name: 'values.yaml' }), panel: screen.getByRole('region', { name: 'Helm command' }) };
}

async function click(el: HTMLElement) {
  await act(async () => {
    fireEvent.click(el);
  });
}

async function pick(select: HTMLElement, value: string) {
  await act(async () => {
    fireEvent.change(select, { target: { value } });
  });
}

function commands(panel: HTMLElement): string[] {
  return [...panel.querySelectorAll('pre')].map((pre) => pre.textContent ?? '');
}

async function copiedFile(preview: HTMLElement): Promise<string> {
  writeText.mockClear();
  await click(within(preview).getByRole('button', { name: 'Copy values.yaml' }));
  return writeText.mock.calls[0]?.[0] ?? '';
}

describe('one output profile for the preview, the download and the command', () => {
  test('default: the overlay with the token, no note', async () => {
    const { preview } = renderOutputs();
    // Masked on screen; the copy writes the real value and says so.
    expect(previewText()).toContain('  token: ••••••••\n');
    expect(previewText()).not.toContain(TOKEN);
    expect(within(preview).queryByRole('note')).toBeNull();
    const copied = await copiedFile(preview);
    expect(copied).toContain(`  token: ${TOKEN}\n`);
    expect(within(preview).getByRole('button', { name: 'Copied, secrets included' })).toBeTruthy();
    await click(within(preview).getByRole('button', { name: 'Reveal secret agent.token' }));
    expect(previewText()).toContain(`  token: ${TOKEN}\n`);
    await click(within(preview).getByRole('button', { name: 'Hide secrets' }));
    expect(previewText()).not.toContain(TOKEN);
    expect(copied).toContain('#   helm upgrade --install polyaxon polyaxon/agent --namespace ml --create-namespace --version 2.15.1 -f values.yaml\n');
  });

  test('Polyaxon CLI: the preview and the download are the CLI file, with a note on what was left out', async () => {
    const { preview, panel } = renderOutputs();
    await click(within(panel).getByRole('button', { name: 'Polyaxon CLI' }));
    await click(within(preview).getByRole('button', { name: 'Reveal secret agent.token' }));
    const text = previewText();
    expect(text).toContain('deploymentChart: agent\n');
    expect(text).toContain('releaseName: polyaxon\n');
    expect(text).not.toContain('executorRefreshInterval');
    const note = within(preview).getByRole('note', { name: 'About this file' });
    expect(note.textContent).toContain('Left out because the Polyaxon CLI rejects them');
    expect(within(note).getByText('agent.executorRefreshInterval').tagName).toBe('CODE');
    const switchEl = within(preview).getByRole('switch', { name: 'Show full merged values' }) as HTMLInputElement;
    expect(switchEl.disabled).toBe(true);

    const file = await copiedFile(preview);
    expect(file.endsWith(text)).toBe(true);
    expect(file).toContain('#   polyaxon admin deploy -f values.yaml --check\n');
    expect(commands(panel).join('\n')).toContain('polyaxon admin deploy -f values.yaml');
    // The file already has what the CLI needs: the install block asks for nothing more.
    expect(panel.textContent).not.toContain('use the CLI-compatible file');
  });

  test('token from $POLYAXON_AGENT_TOKEN: the file leaves it out, says so, and the heredoc embeds the same text', async () => {
    const { preview, panel } = renderOutputs();
    await pick(within(panel).getByRole('combobox', { name: 'Agent token' }), 'env');
    const text = previewText();
    expect(text).not.toContain('token');
    expect(within(preview).getByRole('note').textContent).toContain('agent.token is left out of values.yaml: the command passes it from $POLYAXON_AGENT_TOKEN.');
    const file = await copiedFile(preview);
    expect(file.endsWith(text)).toBe(true);
    expect(file).not.toContain(TOKEN);
    expect(file).toContain('#     --set-string agent.token="$POLYAXON_AGENT_TOKEN"');

    await click(within(panel).getByRole('button', { name: 'Self-contained (heredoc)' }));
    const heredoc = commands(panel).find((c) => c.includes('helm upgrade --install')) ?? '';
    const body = /<<'(\w+)'\n([\s\S]*)\n\1$/.exec(heredoc);
    expect(`${body?.[2]}\n`).toBe(previewText());
    expect(commands(panel).join('\n')).not.toContain(TOKEN);
  });

  test('Kubernetes secret: agentSecret in the file, and the CLI variant keeps it that way', async () => {
    const { preview, panel } = renderOutputs();
    await pick(within(panel).getByRole('combobox', { name: 'Agent token' }), 'secret');
    expect(previewText()).toContain('agentSecret: polyaxon-agent-token\n');
    expect(previewText()).not.toContain('token:');
    expect(within(preview).getByRole('note').textContent).toContain('agentSecret: polyaxon-agent-token points the chart at the Secret');
    await click(within(panel).getByRole('button', { name: 'Polyaxon CLI' }));
    expect(previewText()).toContain('agentSecret: polyaxon-agent-token\n');
    expect(previewText()).toContain('deploymentChart: agent\n');
    expect(commands(panel).join('\n')).toContain('kubectl create secret generic polyaxon-agent-token');
  });
});
