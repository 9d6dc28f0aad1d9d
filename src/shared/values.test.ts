import { describe, expect, it } from 'vitest';
import { cloneValues, deepEqual, deletePath, ensureMapAt, getPath, hasPath, isEmptyValue, isPlainMap, setPath, type Values } from './values';

describe('getPath / hasPath', () => {
  const tree: Values = { a: { b: [{ c: 1 }, null] }, n: null };

  it('walks maps and list items (numbers or digit strings)', () => {
    expect(getPath(tree, ['a', 'b', 0, 'c'])).toBe(1);
    expect(getPath(tree, ['a', 'b', '0', 'c'])).toBe(1);
    expect(getPath(tree, [])).toBe(tree);
  });

  it('is undefined for missing steps, inherited keys and non-index list steps', () => {
    expect(getPath(tree, ['a', 'x'])).toBeUndefined();
    expect(getPath(tree, ['a', 'toString'])).toBeUndefined();
    expect(getPath(tree, ['a', 'b', 'length'])).toBeUndefined();
    expect(getPath(tree, ['a', 'b', '01'])).toBeUndefined();
    expect(getPath(tree, ['n', 'x'])).toBeUndefined();
  });

  it('hasPath counts null as present and undefined as absent', () => {
    expect(hasPath(tree, ['n'])).toBe(true);
    expect(hasPath({ u: undefined }, ['u'])).toBe(false);
    expect(hasPath(tree, ['missing'])).toBe(false);
  });
});

describe('setPath', () => {
  it('creates maps on the way and replaces scalars in the way', () => {
    const root: Values = { a: 'text' };
    setPath(root, ['a', 'b', 'c'], 1);
    expect(root).toEqual({ a: { b: { c: 1 } } });
  });

  it('writes into existing lists', () => {
    const root: Values = { list: [{ x: 1 }, { x: 2 }] };
    setPath(root, ['list', '1', 'x'], 3);
    expect(root).toEqual({ list: [{ x: 1 }, { x: 3 }] });
  });

  it('removes on undefined (list items are spliced) and creates nothing', () => {
    const root: Values = { a: { b: 1, c: 2 }, list: [1, 2, 3] };
    setPath(root, ['a', 'b'], undefined);
    setPath(root, ['list', 0], undefined);
    setPath(root, ['x', 'y'], undefined);
    expect(root).toEqual({ a: { c: 2 }, list: [2, 3] });
  });

  it('ignores an empty path and a non-index step into a list', () => {
    const root: Values = { list: [] };
    setPath(root, [], 1);
    setPath(root, ['list', 'name', 'x'], 1);
    expect(root).toEqual({ list: [] });
  });
});

describe('ensureMapAt / deletePath', () => {
  it('ensureMapAt returns the (new) map at a path', () => {
    const root: Values = { a: 1 };
    ensureMapAt(root, ['a', 'b']).c = true;
    expect(root).toEqual({ a: { b: { c: true } } });
  });

  it('deletePath removes a key and the maps it left empty, and says whether it was there', () => {
    const root: Values = { a: { b: { c: 1 } }, keep: { x: { y: 1, z: 2 } } };
    expect(deletePath(root, ['a', 'b', 'c'])).toBe(true);
    expect(deletePath(root, ['keep', 'x', 'y'])).toBe(true);
    expect(deletePath(root, ['keep', 'missing'])).toBe(false);
    expect(deletePath(root, ['keep', 'x', 'z', 'deeper'])).toBe(false);
    expect(root).toEqual({ keep: { x: { z: 2 } } });
  });
});

describe('cloneValues', () => {
  it('copies deeply, keeps scalars, nulls and own __proto__ keys', () => {
    const source: Values = JSON.parse('{"a":{"b":[1,{"c":null}]},"__proto__":{"x":1}}') as Values;
    const copy = cloneValues(source);
    expect(copy).toEqual(source);
    expect(copy.a).not.toBe(source.a);
    expect(Object.prototype.hasOwnProperty.call(copy, '__proto__')).toBe(true);
    expect(isPlainMap(copy)).toBe(true);
    expect(cloneValues('x')).toBe('x');
    expect(cloneValues(null)).toBeNull();
  });
});

describe('isEmptyValue / deepEqual', () => {
  it.each([undefined, null, '', [], {}])('%j is empty', (v) => expect(isEmptyValue(v)).toBe(true));
  it.each([0, false, ' ', [null], { a: undefined }])('%j is not empty', (v) => expect(isEmptyValue(v)).toBe(false));

  it('compares maps without key order, ignores undefined keys, and treats NaN as equal to NaN', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(deepEqual({ a: 1, u: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: null }, { a: undefined })).toBe(false);
    expect(deepEqual({}, [])).toBe(false);
  });
});

describe('cloneValues', () => {
  it('a map met twice becomes two independent copies', () => {
    const shared = { c: 1 };
    const source = { a: shared, b: shared, list: [shared] };
    const copy = cloneValues(source);
    (copy.a as Record<string, unknown>).c = 2;
    expect(copy.b).toEqual({ c: 1 });
    expect(copy.list).toEqual([{ c: 1 }]);
    expect(source.a).toEqual({ c: 1 });
  });

  it('an own __proto__ key stays a key', () => {
    const source = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as Record<string, unknown>;
    const copy = cloneValues(source);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('a cycle throws instead of looping', () => {
    const source: Record<string, unknown> = {};
    source.self = source;
    expect(() => cloneValues(source)).toThrow(TypeError);
  });
});
