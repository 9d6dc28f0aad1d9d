// @vitest-environment jsdom
import { ThemeProvider, alpha } from '@mui/material/styles';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { appTheme } from '../../ui/theme/app-theme';
import type { Values } from '../../shared/values';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { ingest } from '../../core/ingest/ingest';
import { loadValuesYaml } from '../../core/import/safe-yaml';
import { previewText } from '../../test-utils/section-by-id';
import { memoryStorage } from '../../core/autosave/storage';
import { BuilderForm } from '../builder/builder-form';
import { HistoryRecorder } from '../history/history-recorder';
import { ValuesPreview } from '../preview/values-preview';
import { ChartVersionSelect } from '../version/chart-version-select';
import { VersionReportBanner } from '../version/version-report-banner';
import { ImportButton } from './import-button';
import { WorkProviders } from './work-providers';

// The parse and the checks call through; the tests count the calls (the dialog reads a text once).
vi.mock('../../core/import/safe-yaml', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../core/import/safe-yaml')>();
  return { ...actual, loadValuesYaml: vi.fn(actual.loadValuesYaml) };
});
vi.mock('../../core/ingest/ingest', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../core/ingest/ingest')>();
  return { ...actual, ingest: vi.fn(actual.ingest) };
});

afterEach(cleanup);

/** The app's wiring in small: a session that can replace the form as a whole. */
function Harness({ initialValues, mode = 'light' }: { initialValues?: Values; mode?: 'light' | 'dark' }) {
  const [state, setState] = useState<{ version: string; key: number; values: Values | undefined }>({ version: LATEST_CHART_VERSION, key: 0, values: initialValues });
  const [historyStorage] = useState(() => memoryStorage());
  const load = (version: string, values: Values) => setState((s) => ({ version, values, key: s.key + 1 }));
  return (
    <ThemeProvider theme={appTheme(mode)}>
      <WorkProviders load={load} historyStorage={historyStorage}>
        <BuilderForm key={state.key} version={state.version} {...(state.values ? { initialValues: state.values } : {})}>
          <HistoryRecorder />
          <ImportButton />
          <ChartVersionSelect version={state.version} onVersionChange={(v) => setState((s) => ({ ...s, version: v }))} />
          <VersionReportBanner />
          <ValuesPreview />
        </BuilderForm>
      </WorkProviders>
    </ThemeProvider>
  );
}

async function settle(ms = 0) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

async function openAndPaste(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
  });
  const dialog = screen.getByRole('dialog', { name: 'Import values' });
  await act(async () => {
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Text to import' }), { target: { value: text } });
  });
  await settle();
  return dialog;
}

function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i += 1)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  return `${lines.join('\n')}\n`;
}

describe('import dialog', () => {
  test('paste, see the migration report, apply, and undo', async () => {
    render(<Harness />);
    const dialog = await openAndPaste('timeZone: Europe/Berlin\nsecurityContext:\n  enabled: true\n  user: 1111\n');
    expect(within(dialog).getByTestId('import-summary').textContent).toContain('Read as values.yaml');
    const migrations = within(dialog).getByTestId('import-migrations').textContent ?? '';
    expect(migrations).toContain('Renamed timeZone to timezone');
    expect(migrations).toContain('Renamed securityContext.user to securityContext.runAsUser');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Apply import' }));
    });
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(previewText()).toContain('timezone: Europe/Berlin');
    expect(previewText()).toContain('runAsUser: 1111');
    expect(previewText()).not.toContain('timeZone');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    await settle();
    expect(previewText()).toBe('{}\n');
  });

  test('a billion laughs shows a clear message, cannot be applied, and changes nothing', async () => {
    render(<Harness initialValues={undefined} />);
    const dialog = await openAndPaste(billionLaughs());
    const error = within(dialog).getByTestId('import-error');
    expect(error.textContent).toContain('billion laughs');
    expect(within(dialog).getByRole('button', { name: 'Apply import' })).toHaveProperty('disabled', true);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    });
    expect(previewText()).toBe('{}\n');
  });

  test('with edits in the form, applying asks first', async () => {
    render(<Harness />);
    let dialog = await openAndPaste('timezone: Asia/Tokyo\n');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Apply import' }));
    });
    await settle();
    expect(previewText()).toContain('Asia/Tokyo');
    dialog = await openAndPaste('timezone: Europe/Paris\n');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Apply import' }));
    });
    expect(within(dialog).getByRole('alert').textContent).toContain('This replaces your current work (1 changed key)');
    expect(previewText()).toContain('Asia/Tokyo');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Replace my values' }));
    });
    await settle();
    expect(previewText()).toContain('Europe/Paris');
  });

  test('unticking "Switch to chart" reuses the parsed text: one parse per text, one check per release', async () => {
    render(<Harness />);
    const parses = vi.mocked(loadValuesYaml);
    const checks = vi.mocked(ingest);
    parses.mockClear();
    checks.mockClear();
    const dialog = await openAndPaste('deploymentVersion: "2.14.0"\ntimezone: UTC\n');
    const box = within(dialog).getByRole('checkbox', { name: /Switch to chart 2\.14\.0/ });
    expect(parses).toHaveBeenCalledTimes(1);
    expect(checks.mock.calls.map(([, version]) => version)).toEqual(['2.14.0']);
    for (const checked of [false, true, false]) {
      await act(async () => {
        fireEvent.click(box);
      });
      await settle();
      expect(box).toHaveProperty('checked', checked);
    }
    expect(within(dialog).getByTestId('import-summary').textContent).toContain('1 changed key');
    // Unticked, ticked, unticked: the text is not parsed again, and each release is checked once.
    expect(parses).toHaveBeenCalledTimes(1);
    expect(checks.mock.calls.map(([, version]) => version)).toEqual(['2.14.0', LATEST_CHART_VERSION]);
  });

  test.each(['light', 'dark'] as const)('dragging a file over the page shows the drop overlay tinted with the %s theme’s primary colour', async (mode) => {
    render(<Harness mode={mode} />);
    const drag = (type: string) => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [] } });
      act(() => {
        window.dispatchEvent(event);
      });
    };
    drag('dragenter');
    const overlay = screen.getByText('Drop a values file to import it').parentElement as HTMLElement;
    expect(getComputedStyle(overlay).backgroundColor).toBe(alpha(appTheme(mode).palette.primary.main, 0.12));
    drag('dragleave');
    expect(screen.queryByText('Drop a values file to import it')).toBeNull();
  });

  test('a helm command naming another release offers to switch, and applying switches', async () => {
    render(<Harness />);
    const dialog = await openAndPaste('helm upgrade --install agent polyaxon/agent --version 2.14.0 --set timezone=UTC --set agent.instance=acme.agents.x');
    const box = within(dialog).getByRole('checkbox', { name: /Switch to chart 2\.14\.0/ });
    expect(box).toHaveProperty('checked', true);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Apply import' }));
    });
    await settle();
    expect((screen.getByRole('combobox', { name: 'Chart version' }) as HTMLSelectElement).value).toBe('2.14.0');
    expect(previewText()).toContain('instance: acme.agents.x');
  });
});

describe('files', () => {
  test('a picked file fills the dialog; a binary file is refused with a message', async () => {
    render(<Harness />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    });
    const dialog = screen.getByRole('dialog', { name: 'Import values' });
    const input = within(dialog).getByTestId('import-file-input');
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File(['timezone: Asia/Tokyo\n'], 'my-values.yaml')] } });
    });
    await settle(10);
    expect((within(dialog).getByRole('textbox', { name: 'Text to import' }) as HTMLTextAreaElement).value).toBe('timezone: Asia/Tokyo\n');
    expect(within(dialog).getByText('my-values.yaml')).toBeTruthy();
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1])], 'logo.png')] } });
    });
    await settle(10);
    expect(within(dialog).getByRole('alert').textContent).toContain('binary data');
  });

  test('a file dropped anywhere on the page opens the dialog with its text', async () => {
    render(<Harness />);
    const file = new File(['securityContext:\n  user: 1000\n'], 'dropped.yaml');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    await act(async () => {
      window.dispatchEvent(drop);
    });
    await settle(10);
    expect(drop.defaultPrevented).toBe(true);
    const dialog = screen.getByRole('dialog', { name: 'Import values' });
    expect((within(dialog).getByRole('textbox', { name: 'Text to import' }) as HTMLTextAreaElement).value).toBe('securityContext:\n  user: 1000\n');
    expect(within(dialog).getByTestId('import-migrations').textContent).toContain('Renamed securityContext.user to securityContext.runAsUser');
  });
});

describe('chart version select', () => {
  test('switching shows a per-key report and can switch back exactly', async () => {
    render(<Harness initialValues={undefined} />);
    const dialog = await openAndPaste('agent:\n  enableStatusFinalizers: false\n  imageTag: "2.15.0"\n');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Apply import' }));
    });
    await settle();
    await act(async () => {
      fireEvent.change(screen.getByRole('combobox', { name: 'Chart version' }), { target: { value: '2.8.0' } });
    });
    await settle();
    const banner = screen.getByTestId('version-report');
    expect(banner.textContent).toContain('Now targeting chart 2.8.0 (was 2.15.1). 1 of your keys is not read by 2.8.0.');
    await act(async () => {
      fireEvent.click(within(banner).getByRole('button', { name: 'Show details' }));
    });
    expect(within(banner).getByTestId('version-not-read').textContent).toContain('agent.enableStatusFinalizers');
    expect(within(banner).getByTestId('version-kept').textContent).toContain('agent.imageTag');
    await act(async () => {
      fireEvent.click(within(banner).getByRole('button', { name: 'Switch back to 2.15.1' }));
    });
    await settle();
    expect((screen.getByRole('combobox', { name: 'Chart version' }) as HTMLSelectElement).value).toBe('2.15.1');
    expect(previewText()).toContain('imageTag: 2.15.0');
    expect(previewText()).toContain('enableStatusFinalizers: false');
  });
});
