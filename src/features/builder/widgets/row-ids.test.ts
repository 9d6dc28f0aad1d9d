import { describe, expect, test } from 'vitest';
import { matchRowIds } from './row-ids';

function counter() {
  let n = 0;
  return () => `new-${(n += 1)}`;
}

describe('matchRowIds (a change from outside the list)', () => {
  test('undoing a removal: the rows that stayed keep their ids, the restored row gets a new one', () => {
    const ids = matchRowIds([{ n: 'b' }, { n: 'c' }], ['id-b', 'id-c'], [{ n: 'a' }, { n: 'b' }, { n: 'c' }], counter());
    expect(ids).toEqual(['new-1', 'id-b', 'id-c']);
  });

  test('an edited row keeps the id of its position when the length is the same', () => {
    expect(matchRowIds([{ n: 'a' }, { n: 'b' }], ['x', 'y'], [{ n: 'a' }, { n: 'B' }], counter())).toEqual(['x', 'y']);
  });

  test('equal rows keep their own index first, then the first unused equal row', () => {
    expect(matchRowIds(['a', 'a', 'b'], ['1', '2', '3'], ['b', 'a', 'a'], counter())).toEqual(['3', '2', '1']);
    expect(matchRowIds(['a', 'b'], ['1', '2'], ['c', 'd', 'a'], counter())).toEqual(['new-1', 'new-2', '1']);
  });
});
