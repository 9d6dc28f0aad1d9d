import { describe, expect, test } from 'vitest';
import { helmMerge } from './helm-merge';

// Helm v3.22 behaviour, observed with `helm template` (interop/tests/helm-merge.interop.test.ts):
// chart values.yaml {"a":{"b":null,"c":1},"t":null,"u":1}, user -f {"a":{"b":null,"c":null,"z":null},"t":null,"u":null,"w":null}
// renders {"a":{"b":null,"z":null},"w":null}.
describe('helmMerge null rules (as Helm coalesces)', () => {
  test('nested: a user null over a null default keeps the key as null', () => {
    expect(helmMerge({ a: { b: null, c: 1 } }, { a: { b: null } })).toEqual({ a: { b: null, c: 1 } });
  });
  test('nested: a user null over a set default deletes the key', () => {
    expect(helmMerge({ a: { c: 1, m: { x: 1 } } }, { a: { c: null, m: null } })).toEqual({ a: {} });
  });
  test('top level: a user null deletes the key even when the default is null', () => {
    expect(helmMerge({ t: null, u: 1 }, { t: null, u: null })).toEqual({});
  });
  test('a user null for a key the chart does not have is kept, at any depth', () => {
    expect(helmMerge({ a: { c: 1 } }, { a: { z: null }, w: null })).toEqual({ a: { c: 1, z: null }, w: null });
  });
  test('the observed Helm render, whole', () => {
    expect(helmMerge({ a: { b: null, c: 1 }, t: null, u: 1 }, { a: { b: null, c: null, z: null }, t: null, u: null, w: null })).toEqual({
      a: { b: null, z: null },
      w: null,
    });
  });
  test('one user map met twice (a YAML alias) merges as two maps (seed 1293424960 of the interop test)', () => {
    const shared = {};
    expect(helmMerge({ a: { c: true }, b: null }, { a: shared, b: shared })).toEqual({ a: { c: true }, b: {} });
  });
});
