import { brokenStorage } from '../../test-utils/broken-storage';
import { describe, expect, test } from 'vitest';
import { memoryStorage } from '../autosave/storage';
import { helmMerge } from '../values/helm-merge';
import type { Values } from '../values/types';
import { chartDefaults } from '../../schema/defaults';
import { HistorySession } from './session';
import { createHistoryStore, HISTORY_KEY, parseHistory, serializeHistory, type SavedHistory } from './persist';
import type { Work } from './history';

const V = '2.15.1';
const work = (changed: Values, version = V): Work => ({ version, values: helmMerge(chartDefaults(version), changed) });

/** A session driven like the form drives it, with a manual clock. */
function session(saved?: SavedHistory) {
  let now = 0;
  const shown: Work[] = [];
  const s = new HistorySession({ now: () => now }, saved);
  return {
    s,
    shown,
    tick: (ms: number) => (now += ms),
    attach: (w: Work) => s.attach(w, (next) => shown.push(next)),
  };
}

describe('history persistence', () => {
  test('secrets never reach storage: a token-only step is left out, mixed steps lose the secret part', () => {
    const t = session();
    t.attach(work({}));
    t.s.observe(work({ agent: { token: 's3cret-token' } }));
    t.tick(10_000);
    t.s.observe(work({ agent: { token: 's3cret-token', instance: 'org.agents.uuid' } }));
    t.tick(10_000);
    t.s.announce('Reset all values');
    t.s.observe(work({ polyaxonSecret: 'other-s3cret', namespace: 'ns' }));
    const text = serializeHistory(t.s.saved()!);
    expect(text).not.toContain('s3cret');
    const back = parseHistory(text)!;
    expect(back.state.past.map((e) => e.label)).toEqual([expect.stringMatching(/^Edit/), 'Reset all values']);
    expect(back.head.values).not.toHaveProperty('polyaxonSecret');
    // In memory the session keeps them: undo in this page puts the token back.
    t.s.undo();
    expect((t.shown.at(-1)!.values.agent as Values).token).toBe('s3cret-token');
  });

  test('a reload continues the history when the form shows the stored head (secrets come from the form)', () => {
    const storage = memoryStorage();
    const store = createHistoryStore(storage);
    const t = session();
    t.attach(work({}));
    t.s.observe(work({ namespace: 'a' }));
    t.tick(10_000);
    t.s.observe(work({ namespace: 'a', agent: { token: 'tok' } }));
    t.tick(10_000);
    t.s.observe(work({ namespace: 'a', agent: { token: 'tok' }, ingress: { enabled: true } }));
    expect(store.save(t.s.saved()!)).toBe(true);
    expect(storage.data.get(HISTORY_KEY)).not.toContain('tok');

    const r = session(store.load());
    r.attach(work({ namespace: 'a', agent: { token: 'tok' }, ingress: { enabled: true } }));
    expect(r.s.getView().steps).toBe(2);
    r.s.undo();
    expect(r.shown.at(-1)).toEqual(work({ namespace: 'a', agent: { token: 'tok' } }));
    r.s.undo();
    expect(r.shown.at(-1)).toEqual(work({ agent: { token: 'tok' } }));
  });

  test('stored history that leads elsewhere is kept, and the jump to what the form shows is a step', () => {
    const t = session();
    t.attach(work({}));
    t.s.observe(work({ namespace: 'a' }));
    const r = session(parseHistory(serializeHistory(t.s.saved()!)));
    r.s.attach(work({ namespace: 'from-link' }), (w) => r.shown.push(w), 'Open a share link');
    expect(r.s.getView()).toMatchObject({ steps: 2, undoLabel: 'Open a share link' });
    r.s.undo();
    expect(r.shown.at(-1)).toEqual(work({ namespace: 'a' }));
  });

  test('corrupt, hostile or wrongly shaped text is refused', () => {
    const t = session();
    t.attach(work({}));
    t.s.observe(work({ namespace: 'a' }));
    const good = serializeHistory(t.s.saved()!);
    expect(parseHistory(good)).toBeDefined();
    expect(parseHistory('{nope')).toBeUndefined();
    expect(parseHistory(good.replace('"format":1', '"format":0'))).toBeUndefined();
    expect(parseHistory(good.replace(`"version":"${V}"`, '"version":"0.0.1"'))).toBeUndefined();
    expect(parseHistory(good.replace('"past":[', '"past":[{"id":"x"},'))).toBeUndefined();
    expect(parseHistory(good.replace('"values":{', '"values":{"__proto__":{"polluted":true},'))).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('oversized history drops its oldest steps to fit', () => {
    const t = session();
    t.attach(work({}));
    for (let i = 0; i < 20; i += 1) {
      t.tick(10_000);
      t.s.observe(work({ annotations: { big: 'x'.repeat(1000 + i) } }));
    }
    const text = serializeHistory(t.s.saved()!, 8000);
    expect(text.length).toBeLessThanOrEqual(8000);
    const back = parseHistory(text)!;
    expect(back.state.past.length).toBeGreaterThan(0);
    expect(back.state.past.length).toBeLessThan(20);
    expect(back.state.past.at(-1)?.id).toBe(t.s.saved()!.state.past.at(-1)?.id);
  });

  test('a storage that throws never breaks the page', () => {
    const store = createHistoryStore(brokenStorage());
    expect(store.load()).toBeUndefined();
    const t = session();
    t.attach(work({}));
    expect(store.save(t.s.saved()!)).toBe(false);
    expect(() => store.clear()).not.toThrow();
  });
});

describe('history session', () => {
  test('an announced action is one named step with an Undo notice; a stale notice cannot undo a later step', () => {
    const t = session();
    t.attach(work({ namespace: 'mine' }));
    t.s.announce('Reset all values', 'All values were reset to the chart defaults.');
    t.s.observe(work({}));
    const notice = t.s.getNotice()!;
    expect(notice).toMatchObject({ message: 'All values were reset to the chart defaults.', offer: 'undo' });
    t.tick(10_000);
    t.s.observe(work({ ingress: { enabled: true } }));
    expect(t.s.undoIfTop(notice.entryId)).toBeUndefined();
    t.s.undo();
    expect(t.s.undoIfTop(notice.entryId)?.label).toBe('Reset all values');
    expect(t.shown.at(-1)).toEqual(work({ namespace: 'mine' }));
    expect(t.s.getNotice()).toMatchObject({ message: 'Undone: Reset all values', offer: 'redo' });
  });

  test('an announcement expires when no change follows it', () => {
    const t = session();
    t.attach(work({}));
    t.s.announce('Apply preset');
    t.tick(60_000);
    t.s.observe(work({ namespace: 'typed' }));
    expect(t.s.getView().undoLabel).toBe('Edit “Namespace”');
  });

  test('the view object changes only when what the buttons show changes', () => {
    const t = session();
    t.attach(work({}));
    t.s.observe(work({ namespace: 'a' }));
    const v1 = t.s.getView();
    t.tick(100);
    t.s.observe(work({ namespace: 'ab' }));
    expect(t.s.getView()).toBe(v1);
    t.s.seal();
    t.s.observe(work({ namespace: 'abc' }));
    expect(t.s.getView()).not.toBe(v1);
  });
});

describe('forgetting the history', () => {
  test('clear() leaves nothing to undo or redo, and the next form attached starts afresh (no step for the jump)', () => {
    const t = session();
    t.attach(work({}));
    t.s.observe(work({ namespace: 'ml' }));
    t.tick(10_000);
    t.s.observe(work({ namespace: 'ml', timezone: 'Europe/Berlin' }));
    t.s.undo();
    expect(t.s.getView()).toMatchObject({ steps: 1, redoLabel: expect.any(String) });
    t.s.clear();
    expect(t.s.getView()).toEqual({ undoLabel: undefined, redoLabel: undefined, topId: undefined, steps: 0 });
    expect(t.s.getNotice()).toBeUndefined();
    expect(t.s.saved()).toBeUndefined();
    // The old form may still report its values before it goes: nothing is recorded.
    t.s.observe(work({ namespace: 'other' }));
    expect(t.s.getView().steps).toBe(0);
    // The form mounted anew on the chart defaults: no "Load other values" step, Undo has nothing to bring back.
    t.attach(work({}));
    expect(t.s.getView().steps).toBe(0);
    expect(t.s.undo()).toBeUndefined();
    t.s.observe(work({ namespace: 'fresh' }));
    expect(t.s.getView().steps).toBe(1);
  });

  test('a cleared history saves nothing until the next form attaches, and its store forgets the stored steps', () => {
    const storage = memoryStorage();
    const store = createHistoryStore(storage);
    const t = session();
    t.attach(work({}));
    t.s.observe(work({ namespace: 'ml' }));
    store.save(t.s.saved()!);
    expect(storage.getItem(HISTORY_KEY)).toContain('ml');
    t.s.clear();
    store.clear();
    expect(storage.getItem(HISTORY_KEY)).toBeNull();
    expect(store.load()).toBeUndefined();
  });
});
