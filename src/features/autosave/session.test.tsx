// @vitest-environment jsdom
import { ThemeProvider } from '@mui/material/styles';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { appTheme } from '../../ui/theme/app-theme';
import { memoryStorage } from '../../core/autosave/storage';
import { AUTOSAVE_KEY, createAutosaveStore } from '../../core/autosave/store';
import { encodeShareState } from '../../core/share/codec';
import { helmMerge } from '../../core/values/helm-merge';
import type { Values } from '../../shared/values';
import { chartDefaults } from '../../schema/defaults';
import { BuilderForm } from '../builder/builder-form';
import { HistoryRecorder } from '../history/history-recorder';
import { WorkProviders } from '../import/work-providers';
import { REPLACED_WORK_KEY } from './builder-session';
import { SessionEffects, FormActions } from './session-effects';
import { SessionNotices } from './session-notices';
import { useBuilderSession } from './use-builder-session';

function NamespaceInput() {
  const { register } = useFormContext<Values>();
  return (
    <>
      <input aria-label="namespace" {...register('namespace')} />
      <input type="checkbox" aria-label="ingress enabled" {...register('ingress.enabled')} />
      <input aria-label="timezone" {...register('timezone')} />
    </>
  );
}

function Harness({ storage }: { storage: ReturnType<typeof memoryStorage> }) {
  const session = useBuilderSession({ storage });
  const [historyStorage] = useState(() => memoryStorage());
  if (session.status === 'loading') return <p>Loading</p>;
  return (
    <ThemeProvider theme={appTheme('light')}>
      <WorkProviders load={session.load} historyStorage={historyStorage}>
        <BuilderForm key={session.formKey} version={session.version} {...(session.initialValues ? { initialValues: session.initialValues } : {})}>
          <SessionEffects session={session} />
          <HistoryRecorder />
          <SessionNotices session={session} />
          <FormActions session={session} />
          <span data-testid="version">{session.version}</span>
          <NamespaceInput />
        </BuilderForm>
      </WorkProviders>
    </ThemeProvider>
  );
}

function savedWork(storage: ReturnType<typeof memoryStorage>, changed: Values, version = '2.15.1') {
  createAutosaveStore(storage).save({ version, values: helmMerge(chartDefaults(version), changed), savedAt: '2026-01-01T00:00:00.000Z' });
}

const namespaceInput = () => screen.getByLabelText<HTMLInputElement>('namespace');

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  // jsdom has neither; the deep-link focus uses both.
  globalThis.CSS ??= { escape: (s: string) => s.replace(/["\\]/g, '\\$&') } as typeof CSS;
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
});
afterEach(cleanup);

describe('builder session', () => {
  test('edits are saved (debounced) and come back after a reload', async () => {
    const storage = memoryStorage();
    const first = render(<Harness storage={storage} />);
    fireEvent.change(namespaceInput(), { target: { value: 'team-a' } });
    await waitFor(() => expect(storage.data.get(AUTOSAVE_KEY)).toContain('team-a'), { timeout: 3000 });
    first.unmount();
    render(<Harness storage={storage} />);
    expect(namespaceInput().value).toBe('team-a');
  });

  test('opening the page saves nothing new: stored work stays byte for byte', async () => {
    const storage = memoryStorage();
    savedWork(storage, { namespace: 'mine' });
    const before = storage.data.get(AUTOSAVE_KEY);
    render(<Harness storage={storage} />);
    expect(namespaceInput().value).toBe('mine');
    await act(() => new Promise((r) => setTimeout(r, 800)));
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(before);
  });

  test('a share link wins over different saved work, which can be restored', async () => {
    const storage = memoryStorage();
    savedWork(storage, { namespace: 'mine' }, '2.14.0');
    const fragment = await encodeShareState({ version: '2.15.1', changed: { namespace: 'from-link' }, includeSecrets: false });
    window.history.replaceState(null, '', `/#${fragment}&field=namespace`);
    render(<Harness storage={storage} />);
    await waitFor(() => expect(namespaceInput().value).toBe('from-link'));
    expect(screen.getByTestId('version').textContent).toBe('2.15.1');
    expect(window.location.hash).toBe('#field=namespace');
    await waitFor(() => expect(document.activeElement).toBe(namespaceInput()));
    expect(storage.data.get(REPLACED_WORK_KEY)).toContain('mine');
    fireEvent.click(screen.getByRole('button', { name: 'Restore previous work' }));
    await waitFor(() => expect(namespaceInput().value).toBe('mine'));
    expect(screen.getByTestId('version').textContent).toBe('2.14.0');
    expect(storage.data.has(REPLACED_WORK_KEY)).toBe(false);
  });

  test("a link and stored work in the docs' spellings open migrated, like an import (one ingest path)", async () => {
    const storage = memoryStorage();
    const fragment = await encodeShareState({ version: '2.15.1', changed: { timeZone: 'Europe/Berlin', namespace: 'legacy' }, includeSecrets: false });
    window.history.replaceState(null, '', `/#${fragment}`);
    const first = render(<Harness storage={storage} />);
    await waitFor(() => expect(namespaceInput().value).toBe('legacy'));
    expect(screen.getByLabelText<HTMLInputElement>('timezone').value).toBe('Europe/Berlin');
    // Inline code is shown as code, not as raw backticks.
    const migrations = screen.getByTestId('link-migrations');
    expect(migrations.textContent).toContain('Renamed timeZone to timezone');
    expect(migrations.textContent).not.toContain('`');
    expect([...migrations.querySelectorAll('code')].map((c) => c.textContent)).toEqual(expect.arrayContaining(['timeZone', 'timezone']));
    first.unmount();
    // Work an older builder stored with the docs' spelling.
    storage.data.set(AUTOSAVE_KEY, JSON.stringify({ format: 1, version: '2.15.1', savedAt: '2026-01-01T00:00:00.000Z', values: { ...chartDefaults('2.15.1'), timeZone: 'Asia/Tokyo' } }));
    window.history.replaceState(null, '', '/');
    render(<Harness storage={storage} />);
    expect(screen.getByLabelText<HTMLInputElement>('timezone').value).toBe('Asia/Tokyo');
  });

  test('a link pasted into the address of the open page is applied too; the edited work is offered back', async () => {
    const storage = memoryStorage();
    render(<Harness storage={storage} />);
    fireEvent.change(namespaceInput(), { target: { value: 'typed-here' } });
    const fragment = await encodeShareState({ version: '2.15.1', changed: { namespace: 'pasted-link' }, includeSecrets: false });
    act(() => {
      window.location.hash = fragment;
    });
    await waitFor(() => expect(namespaceInput().value).toBe('pasted-link'));
    fireEvent.click(await screen.findByRole('button', { name: 'Restore previous work' }));
    await waitFor(() => expect(namespaceInput().value).toBe('typed-here'));
  });

  test('a broken link shows why and leaves the saved work untouched', async () => {
    const storage = memoryStorage();
    savedWork(storage, { namespace: 'mine' });
    const before = storage.data.get(AUTOSAVE_KEY);
    const fragment = await encodeShareState({ version: '2.15.1', changed: { namespace: 'from-link' }, includeSecrets: false });
    window.history.replaceState(null, '', `/#${fragment.slice(0, -6)}`);
    render(<Harness storage={storage} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not be opened');
    expect(alert.textContent).toContain('incomplete');
    expect(namespaceInput().value).toBe('mine');
    await act(() => new Promise((r) => setTimeout(r, 800)));
    expect(storage.data.get(AUTOSAVE_KEY)).toBe(before);
    // The app stays usable: edits still save.
    fireEvent.change(namespaceInput(), { target: { value: 'after-error' } });
    await waitFor(() => expect(storage.data.get(AUTOSAVE_KEY)).toContain('after-error'), { timeout: 3000 });
  });

  test('reset the whole form, then undo', async () => {
    const storage = memoryStorage();
    savedWork(storage, { namespace: 'mine' });
    render(<Harness storage={storage} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /Reset the whole form/ }));
    await waitFor(() => expect(namespaceInput().value).toBe('polyaxon'));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(namespaceInput().value).toBe('mine'));
  });

  test('reset one section leaves the others', async () => {
    const storage = memoryStorage();
    savedWork(storage, { namespace: 'mine', ingress: { enabled: true } });
    render(<Harness storage={storage} />);
    const ingress = screen.getByLabelText<HTMLInputElement>('ingress enabled');
    expect(ingress.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    const item = await screen.findByRole('menuitem', { name: /Reset “Ingress & gateway service”/ });
    fireEvent.click(item);
    await screen.findByText(/“Ingress & gateway service” was reset/);
    expect(screen.getByLabelText<HTMLInputElement>('ingress enabled').checked).toBe(false);
    expect(namespaceInput().value).toBe('mine');
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('ingress enabled').checked).toBe(true));
  });
});
