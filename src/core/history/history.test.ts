import { describe, expect, test } from 'vitest';
import { helmMerge } from '../values/helm-merge';
import { computeValues } from '../values/output';
import type { Values } from '../../shared/values';
import { chartDefaults } from '../../schema/defaults';
import { applyChanges, diffValues } from './changes';
import { describeEdit } from './describe';
import { changesBetween, EMPTY_HISTORY, record, redo, seal, undo, type HistoryState, type Work } from './history';

const V = '2.15.1';
const work = (changed: Values, version = V): Work => ({ version, values: helmMerge(chartDefaults(version), changed) });
const changedOf = (w: Work) => computeValues(w.values, w.version).changed;

/** Records the edit from `before` to `after` the way the app does (label and group from describeEdit). */
function edit(state: HistoryState, before: Work, after: Work, now: number, coalesceMs = 2000, limit = 100): HistoryState {
  const found = changesBetween(before, after);
  return record(state, { ...found, ...describeEdit(found.changes), now }, { coalesceMs, limit });
}

describe('changes', () => {
  test('one change per form field, holding the whole field value', () => {
    const a = work({ connections: [{ name: 'a', kind: 'host_path', schema_: { hostPath: '/a', mountPath: '/a' } }] });
    const b = work({ namespace: 'x', connections: [{ name: 'b', kind: 'host_path', schema_: { hostPath: '/a', mountPath: '/a' } }] });
    const changes = diffValues(a.values, b.values);
    expect(changes.map((c) => c.path.join('.')).sort()).toEqual(['connections', 'namespace']);
    expect(applyChanges(a.values, changes, 'after')).toEqual(b.values);
    expect(applyChanges(b.values, changes, 'before')).toEqual(a.values);
  });

  test('keys the schema does not know are changed at their own path, removed keys come back', () => {
    const a = work({ platformOnly: { x: 1 } });
    const b = work({});
    const changes = diffValues(a.values, b.values);
    expect(changes).toEqual([{ path: ['platformOnly'], before: { x: 1 }, after: undefined }]);
    expect(applyChanges(b.values, changes, 'before')).toEqual(a.values);
  });

  test('describeEdit: typing groups by input, rows added or removed never group', () => {
    const base = work({ tolerations: [{ key: 'a', operator: 'Exists' }] });
    const typed = changesBetween(base, work({ tolerations: [{ key: 'ab', operator: 'Exists' }] })).changes;
    expect(describeEdit(typed)).toEqual({ label: 'Edit “Tolerations”', group: 'tolerations.0.key' });
    const added = changesBetween(base, work({ tolerations: [{ key: 'a', operator: 'Exists' }, {}] })).changes;
    expect(describeEdit(added)).toEqual({ label: 'Add a row to “Tolerations”' });
    const removed = changesBetween(base, work({ tolerations: [] })).changes;
    expect(describeEdit(removed)).toEqual({ label: 'Remove a row from “Tolerations”' });
    const two = changesBetween(base, work({ namespace: 'n', rbac: { enabled: false }, tolerations: [{ key: 'a', operator: 'Exists' }] })).changes;
    expect(describeEdit(two)).toEqual({ label: 'Change 2 fields' });
    expect(describeEdit(changesBetween(base, work({ namespace: 'n', tolerations: [{ key: 'a', operator: 'Exists' }] })).changes)).toEqual({
      label: 'Edit “Namespace”',
      group: 'namespace',
    });
  });
});

describe('history', () => {
  test('typing in one field within the window is one step; undo puts back what was there before typing', () => {
    const w0 = work({});
    const w1 = work({ namespace: 't' });
    const w2 = work({ namespace: 'te' });
    const w3 = work({ namespace: 'team' });
    let h = edit(EMPTY_HISTORY, w0, w1, 0);
    h = edit(h, w1, w2, 500);
    h = edit(h, w2, w3, 1500);
    expect(h.past).toHaveLength(1);
    expect(h.past[0]?.label).toBe('Edit “Namespace”');
    const step = undo(h, w3);
    expect(step?.work.values).toEqual(w0.values);
    expect(changedOf(step!.work)).toEqual({});
  });

  test('a pause longer than the window, another field, or a seal starts a new step', () => {
    const w0 = work({});
    const w1 = work({ namespace: 'a' });
    const w2 = work({ namespace: 'ab' });
    const w3 = work({ namespace: 'ab', ingress: { hostName: 'h' } });
    const w4 = work({ namespace: 'abc', ingress: { hostName: 'h' } });
    const w5 = work({ namespace: 'abcd', ingress: { hostName: 'h' } });
    let h = edit(EMPTY_HISTORY, w0, w1, 0);
    h = edit(h, w1, w2, 5000); // pause
    h = edit(h, w2, w3, 5100); // other field
    h = edit(h, w3, w4, 5200); // back to namespace: a new step
    h = seal(h);
    h = edit(h, w4, w5, 5300); // after blur
    expect(h.past.map((e) => e.group)).toEqual(['namespace', 'namespace', 'ingress.hostName', 'namespace', 'namespace']);
    expect(h.past[2]?.label).toMatch(/^Edit “.+”$/);
  });

  test('typing back to the start removes the step', () => {
    const w0 = work({ namespace: 'ab' });
    const w1 = work({ namespace: 'abc' });
    let h = edit(EMPTY_HISTORY, w0, w1, 0);
    h = edit(h, w1, w0, 100);
    expect(h.past).toEqual([]);
  });

  test('a new change clears redo; undo then redo give the exact works back', () => {
    const w0 = work({});
    const w1 = work({ namespace: 'a' });
    const w2 = work({ namespace: 'a', rbac: { enabled: false } });
    let h = edit(EMPTY_HISTORY, w0, w1, 0);
    h = edit(h, w1, w2, 10_000);
    const u1 = undo(h, w2)!;
    expect(u1.work).toEqual(w1);
    const u2 = undo(u1.state, u1.work)!;
    expect(u2.work).toEqual(w0);
    expect(undo(u2.state, u2.work)).toBeUndefined();
    const r1 = redo(u2.state, u2.work)!;
    expect(r1.work).toEqual(w1);
    expect(r1.state.future).toHaveLength(1);
    // A new edit now: the undone rbac step cannot be redone any more.
    const other = work({ namespace: 'a', ingress: { enabled: true } });
    const h2 = edit(r1.state, r1.work, other, 20_000);
    expect(h2.future).toEqual([]);
    expect(redo(h2, other)).toBeUndefined();
  });

  test('after an undo the next typing does not merge into the undone-to step', () => {
    const w0 = work({});
    const w1 = work({ namespace: 'a' });
    const w2 = work({ namespace: 'ab' });
    let h = edit(EMPTY_HISTORY, w0, w1, 0);
    h = edit(h, w1, w2, 10); // one step: '' -> ab
    const u = undo(h, w2)!;
    const h2 = edit(u.state, u.work, work({ namespace: 'x' }), 20);
    expect(h2.past).toHaveLength(1);
    expect(undo(h2, work({ namespace: 'x' }))!.work).toEqual(w0);
  });

  test('the limit keeps only the newest steps', () => {
    let h = EMPTY_HISTORY;
    let w = work({});
    for (let i = 0; i < 8; i += 1) {
      const next = work({ namespace: `n${i}`, ingress: { hostName: `h${i}` } });
      h = edit(h, w, next, i * 10_000, 2000, 5);
      w = next;
    }
    expect(h.past).toHaveLength(5);
    expect(h.past[0]?.id).toBe(4);
    let cur = w;
    for (let i = 0; i < 5; i += 1) {
      const step = undo(h, cur)!;
      h = step.state;
      cur = step.work;
    }
    expect(undo(h, cur)).toBeUndefined();
    // The oldest three steps were dropped: undo stops at the work after step 3.
    expect(changedOf(cur)).toMatchObject({ namespace: 'n2', ingress: { hostName: 'h2' } });
  });

  test('a chart release switch is one step that undo reverses, version and values', () => {
    const before = work({ namespace: 'a' }, '2.15.1');
    const after = work({ namespace: 'a' }, '2.14.0');
    const found = changesBetween(before, after);
    expect(found.version).toEqual({ before: '2.15.1', after: '2.14.0' });
    const h = record(EMPTY_HISTORY, { ...found, label: 'Target chart 2.14.0', now: 0 });
    const u = undo(h, after)!;
    expect(u.work).toEqual(before);
    expect(redo(u.state, u.work)!.work).toEqual(after);
  });

  test('no change, no step', () => {
    const w = work({ namespace: 'a' });
    expect(edit(EMPTY_HISTORY, w, work({ namespace: 'a' }), 0)).toBe(EMPTY_HISTORY);
  });
});
