// @vitest-environment jsdom
import { ThemeProvider } from '@mui/material/styles';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Profiler, useState } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { appTheme } from '../../ui/theme/app-theme';
import { memoryStorage } from '../../core/autosave/storage';
import { HISTORY_KEY } from '../../core/history/persist';
import type { Values } from '../../core/values/types';
import { helmMerge } from '../../core/values/helm-merge';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { chartDefaults } from '../../schema/defaults';
import { SECTIONS } from '../../schema/sections';
import { RenderCounter } from '../../test-utils/render-builder';
import { BuilderForm } from '../builder/builder-form';
import { Section } from '../builder/section';
import { WorkProviders } from '../import/work-providers';
import { HistoryRecorder } from './history-recorder';
import { UndoRedoButtons } from './undo-redo-buttons';

afterEach(cleanup);

const shown = SECTIONS.filter((s) => s.id === 'namespace' || s.id === 'ingress');

function Harness({ storage, counter }: { storage: ReturnType<typeof memoryStorage>; counter: RenderCounter }) {
  const [state, setState] = useState<{ version: string; key: number; values: Values | undefined }>({ version: LATEST_CHART_VERSION, key: 0, values: undefined });
  const load = (version: string, values: Values) => setState((s) => ({ version, values, key: s.key + 1 }));
  return (
    <ThemeProvider theme={appTheme('light')}>
      <WorkProviders load={load} historyStorage={storage}>
        <BuilderForm key={state.key} version={state.version} {...(state.values ? { initialValues: state.values } : {})}>
          <HistoryRecorder />
          <Profiler id="buttons" onRender={counter.onRender}>
            <UndoRedoButtons />
          </Profiler>
          {shown.map((s) => (
            <Profiler key={s.id} id={s.id} onRender={counter.onRender}>
              <Section section={s} />
            </Profiler>
          ))}
          <textarea aria-label="not a form field" />
        </BuilderForm>
      </WorkProviders>
    </ThemeProvider>
  );
}

const input = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

async function type(name: string, ...texts: string[]) {
  for (const text of texts) {
    await act(async () => {
      fireEvent.change(input(name), { target: { value: text } });
    });
  }
}

async function key(target: Element, init: KeyboardEventInit) {
  await act(async () => {
    fireEvent.keyDown(target, init);
  });
}

async function settle(ms = 0) {
  await act(async () => {
    await new Promise((r) => setTimeout(r, ms));
  });
}

describe('undo history in the form', () => {
  test('typing is one step per input; Ctrl+Z / Ctrl+Shift+Z and the buttons undo and redo; nothing else re-renders', { timeout: 60_000 }, async () => {
    const storage = memoryStorage();
    const counter = new RenderCounter();
    render(<Harness storage={storage} counter={counter} />);
    await settle();
    const before = counter.snapshot();
    const grew = (id: string) => counter.get(id) - (before.get(id) ?? 0);

    await type('namespace', 't', 'te', 'team');
    expect(grew('ingress'), 'the ingress section while typing the namespace').toBe(0);
    // The buttons re-render once, when the first keystroke makes the step; not per keystroke.
    expect(grew('buttons')).toBe(1);
    expect(screen.getByRole('button', { name: 'Undo: Edit “Namespace”' })).toBeTruthy();

    await act(async () => {
      fireEvent.blur(input('namespace'));
      input('namespace').dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
    await type('ingress.hostName', 'a', 'a.example.com');

    await key(input('ingress.hostName'), { key: 'z', ctrlKey: true });
    expect(input('ingress.hostName').value).toBe('');
    expect(input('namespace').value).toBe('team');
    await key(document.body, { key: 'z', ctrlKey: true });
    expect(input('namespace').value).toBe('polyaxon');
    await key(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(input('namespace').value).toBe('team');
    fireEvent.click(screen.getByRole('button', { name: 'Redo: Edit “Host name”' }));
    await settle();
    expect(input('ingress.hostName').value).toBe('a.example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Edit “Host name”' }));
    await settle();
    expect(input('ingress.hostName').value).toBe('');
    // A new edit clears what could be redone.
    await type('namespace', 'other');
    expect((screen.getByTestId('history-redo') as HTMLButtonElement).disabled).toBe(true);
  });

  test('Ctrl+Z in a text box that is not a form field is left to the browser', async () => {
    render(<Harness storage={memoryStorage()} counter={new RenderCounter()} />);
    await settle();
    await type('namespace', 'mine');
    const other = screen.getByRole('textbox', { name: 'not a form field' });
    const event = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
    await act(async () => {
      other.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(false);
    expect(input('namespace').value).toBe('mine');
  });

  test('the history is kept in session storage and continues after a reload', async () => {
    const storage = memoryStorage();
    const first = render(<Harness storage={storage} counter={new RenderCounter()} />);
    await settle();
    await type('namespace', 'kept');
    first.unmount(); // flushes the pending save
    expect(storage.data.get(HISTORY_KEY)).toContain('Edit “Namespace”');
    // The reloaded page opens the autosaved work (here: the same values given back).
    const storage2 = memoryStorage(Object.fromEntries(storage.data));
    function Reloaded() {
      const [values] = useState(() => ({ namespace: 'kept' }));
      return (
        <ThemeProvider theme={appTheme('light')}>
          <WorkProviders load={() => {}} historyStorage={storage2}>
            <BuilderForm version={LATEST_CHART_VERSION} initialValues={defaultsWith(values)}>
              <HistoryRecorder />
              <UndoRedoButtons />
              <Section section={shown[0]!} />
            </BuilderForm>
          </WorkProviders>
        </ThemeProvider>
      );
    }
    render(<Reloaded />);
    await settle();
    expect(input('namespace').value).toBe('kept');
    fireEvent.click(screen.getByRole('button', { name: 'Undo: Edit “Namespace”' }));
    await settle();
    expect(input('namespace').value).toBe('polyaxon');
  });
});

function defaultsWith(changed: Values): Values {
  return helmMerge(chartDefaults(LATEST_CHART_VERSION), changed);
}
