import { describe, expect, test } from 'vitest';
import { helmMerge } from './helm-merge';
import { helmOverlay } from './overlay';
import type { Values } from '../../shared/values';

const defaults: Values = {
  a: 1,
  m: { x: '1', y: null, z: { deep: true } },
  list: [1, 2],
  empty: {},
  nil: null,
  affinity: { podAffinity: { rule: [1] } },
};

describe('helmOverlay', () => {
  test('unchanged values give an empty overlay', () => {
    expect(helmOverlay(defaults, structuredClone(defaults))).toEqual({});
  });

  test('changed scalars and nested keys only', () => {
    const desired = structuredClone(defaults);
    desired.a = 2;
    (desired.m as Values).x = '2';
    expect(helmOverlay(defaults, desired)).toEqual({ a: 2, m: { x: '2' } });
  });

  test('an unset leaf with a default becomes null; with a null default it is omitted', () => {
    const desired = structuredClone(defaults);
    desired.affinity = undefined;
    desired.nil = undefined;
    expect(helmOverlay(defaults, desired)).toEqual({ affinity: null });
  });

  test('removed keys of a map become null so Helm drops them', () => {
    const desired = structuredClone(defaults);
    desired.affinity = { nodeAffinity: { r: 1 } };
    expect(helmOverlay(defaults, desired)).toEqual({ affinity: { nodeAffinity: { r: 1 }, podAffinity: null } });
  });

  test('lists are written whole', () => {
    const desired = structuredClone(defaults);
    desired.list = [1, 2, 3];
    expect(helmOverlay(defaults, desired)).toEqual({ list: [1, 2, 3] });
  });

  test('merging the overlay onto the defaults gives the desired values back', () => {
    const desired: Values = {
      a: 5,
      m: { x: 'q', y: 'set', z: { deep: false, more: 1 } },
      list: [],
      empty: { k: 'v' },
      nil: null,
      affinity: { nodeAffinity: {} },
      extra: { unknown: 'kept' },
    };
    const merged = helmMerge(defaults, helmOverlay(defaults, desired));
    expect(merged).toEqual(desired);
  });
});

describe('helmMerge', () => {
  test('a user null deletes the key; default nulls are kept', () => {
    expect(helmMerge({ a: { b: 1, c: null }, d: 2 }, { a: { b: null }, d: null })).toEqual({ a: { c: null } });
  });
  test('non-map user values replace defaults', () => {
    expect(helmMerge({ a: { b: 1 }, l: [1] }, { a: 'x', l: [] })).toEqual({ a: 'x', l: [] });
  });
});
