import { describe, expect, test } from 'vitest';
import type { Problem } from '../../core/validation/validate';
import { ProblemsStore } from './problems-store';

const p = (over: Partial<Problem> = {}): Problem => ({ rule: 'rule', path: 'tolerations', subPath: '0.operator', message: 'bad operator', severity: 'error', ...over });

function withCalls(store: ProblemsStore) {
  let calls = 0;
  store.subscribe(() => (calls += 1));
  return () => calls;
}

describe('ProblemsStore slices', () => {
  test('an equal list (a new array) notifies nobody; a changed subPath does', () => {
    const store = new ProblemsStore();
    const calls = withCalls(store);
    store.set([p()]);
    expect(calls()).toBe(1);
    store.set([p()]);
    expect(calls()).toBe(1);
    store.set([p({ subPath: '1.operator' })]);
    expect(calls()).toBe(2);
  });

  test('a field slice keeps its identity while its problems read the same, and changes with a subPath', () => {
    const store = new ProblemsStore();
    store.set([p(), p({ path: 'namespace', subPath: undefined, message: 'x' })]);
    const slice = store.forField('tolerations');
    expect(slice).toHaveLength(1);
    store.set([p(), p({ path: 'namespace', subPath: undefined, message: 'y' })]);
    expect(store.forField('tolerations')).toBe(slice);
    store.set([p({ subPath: '1.operator' })]);
    const moved = store.forField('tolerations');
    expect(moved).not.toBe(slice);
    expect(moved[0]?.subPath).toBe('1.operator');
    expect(store.forField('namespace')).toHaveLength(0);
    expect(store.forField('namespace')).toBe(store.forField('nodeSelector'));
  });

  test('a section count keeps its identity while the numbers are the same', () => {
    const store = new ProblemsStore();
    const keys = ['tolerations', 'nodeSelector'];
    store.set([p({ message: 'a' })]);
    const count = store.countForKeys('scheduling', keys);
    expect(count).toEqual({ total: 1, errors: 1 });
    store.set([p({ message: 'b' }), p({ path: 'namespace' })]);
    expect(store.countForKeys('scheduling', keys)).toBe(count);
    store.set([p({ message: 'b', severity: 'warning' })]);
    expect(store.countForKeys('scheduling', keys)).toEqual({ total: 1, errors: 0 });
  });

  test('the summary changes with the counts or the first problem, not with a later message', () => {
    const store = new ProblemsStore();
    expect(store.getSummary()).toEqual({ total: 0, errors: 0, notes: 0, first: undefined });
    store.set([p(), p({ path: 'ingress.tls', subPath: undefined, severity: 'warning', message: 'host a' })]);
    const summary = store.getSummary();
    expect(summary).toEqual({ total: 2, errors: 1, notes: 0, first: { path: 'tolerations', subPath: '0.operator', message: 'bad operator' } });
    store.set([p(), p({ path: 'ingress.tls', subPath: undefined, severity: 'warning', message: 'host ab' })]);
    expect(store.getSummary()).toBe(summary);
    expect(store.getTotal()).toBe(2);
    store.set([p({ subPath: '2.operator' })]);
    expect(store.getSummary()).toEqual({ total: 1, errors: 1, notes: 0, first: { path: 'tolerations', subPath: '2.operator', message: 'bad operator' } });
    store.set([]);
    expect(store.getSummary().first).toBeUndefined();
  });

  test('notes (steps still to do) are listed and counted apart, never as problems', () => {
    const store = new ProblemsStore();
    store.set([p({ path: 'agent.instance', subPath: undefined, severity: 'note', message: 'instance not set' })]);
    expect(store.getSummary()).toEqual({ total: 0, errors: 0, notes: 1, first: undefined });
    expect(store.getTotal()).toBe(0);
    expect(store.countForKeys('agent', ['agent'])).toEqual({ total: 0, errors: 0 });
    expect(store.getAll()).toHaveLength(1);
    store.set([p({ path: 'agent.instance', subPath: undefined, severity: 'note', message: 'instance not set' }), p({ severity: 'warning' })]);
    expect(store.getSummary()).toEqual({ total: 1, errors: 0, notes: 1, first: { path: 'tolerations', subPath: '0.operator', message: 'bad operator' } });
  });

  test('a held row keeps its problems back until released; release of the list releases every row under it', () => {
    const store = new ProblemsStore();
    const calls = withCalls(store);
    store.hold('tolerations.0');
    expect(calls()).toBe(0);
    store.set([p(), p({ subPath: '1.key', message: 'row 2' }), p({ path: 'namespace', subPath: undefined })]);
    expect(store.getAll().map((x) => x.message)).toEqual(['row 2', 'bad operator']);
    expect(store.forField('tolerations').map((x) => x.subPath)).toEqual(['1.key']);
    store.hold('tolerations.1');
    expect(store.getSummary().total).toBe(1);
    store.release('tolerations.1');
    expect(store.getSummary().total).toBe(2);
    store.release('tolerations');
    expect(store.getSummary().total).toBe(3);
  });
});
