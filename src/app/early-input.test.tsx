// @vitest-environment jsdom
import { act, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { replayEarlyInput } from './early-input';

/** A controlled text input, switch and select reporting every change, like the form's widgets. */
function Form({ onChange }: { onChange: (what: string, value: string | boolean) => void }) {
  const [text, setText] = useState('polyaxon');
  const [on, setOn] = useState(false);
  const [pick, setPick] = useState('a');
  return (
    <form>
      <input
        name="text"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange('text', e.target.value);
        }}
      />
      <input
        name="on"
        type="checkbox"
        checked={on}
        onChange={(e) => {
          setOn(e.target.checked);
          onChange('on', e.target.checked);
        }}
      />
      <select
        name="pick"
        value={pick}
        onChange={(e) => {
          setPick(e.target.value);
          onChange('pick', e.target.value);
        }}
      >
        <option value="a">a</option>
        <option value="b">b</option>
      </select>
      <input name="untouched" defaultValue="same" />
    </form>
  );
}

describe('replayEarlyInput', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.innerHTML = '';
  });

  test('edits made in the prerendered markup before hydration reach React once it has the controls', async () => {
    vi.useFakeTimers();
    const root = document.createElement('div');
    document.body.append(root);
    const changes: Array<[string, string | boolean]> = [];
    const onChange = (what: string, value: string | boolean) => changes.push([what, value]);
    root.innerHTML = renderToString(<Form onChange={onChange} />);
    // The user edits before the script has run.
    root.querySelector<HTMLInputElement>('[name=text]')!.value = 'polyaxon-early';
    root.querySelector<HTMLInputElement>('[name=on]')!.checked = true;
    root.querySelector<HTMLSelectElement>('[name=pick]')!.value = 'b';

    replayEarlyInput(root);
    await act(async () => {
      hydrateRoot(root, <Form onChange={onChange} />);
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });

    expect(changes).toEqual(
      expect.arrayContaining([
        ['text', 'polyaxon-early'],
        ['on', true],
        ['pick', 'b'],
      ]),
    );
    expect(changes).toHaveLength(3);
    expect(root.querySelector<HTMLInputElement>('[name=text]')!.value).toBe('polyaxon-early');
    expect(root.querySelector<HTMLInputElement>('[name=on]')!.checked).toBe(true);
  });

  test('nothing edited: nothing replayed', async () => {
    vi.useFakeTimers();
    const root = document.createElement('div');
    document.body.append(root);
    const onChange = vi.fn();
    root.innerHTML = renderToString(<Form onChange={onChange} />);
    replayEarlyInput(root);
    await act(async () => {
      hydrateRoot(root, <Form onChange={onChange} />);
    });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(500);
    });
    expect(onChange).not.toHaveBeenCalled();
  });
});
