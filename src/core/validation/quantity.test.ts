import { describe, expect, test } from 'vitest';
import { compareQuantities, parseQuantity } from './quantity';

const cmp = (a: unknown, b: unknown) => {
  const x = parseQuantity(a);
  const y = parseQuantity(b);
  if (!x || !y) throw new Error(`not a quantity: ${String(a)} / ${String(b)}`);
  return compareQuantities(x, y);
};

describe('parseQuantity', () => {
  test.each([
    ['500m', { mantissa: 500n, pow10: -3, pow2: 0 }],
    ['2', { mantissa: 2n, pow10: 0, pow2: 0 }],
    ['1.5', { mantissa: 15n, pow10: -1, pow2: 0 }],
    ['.5', { mantissa: 5n, pow10: -1, pow2: 0 }],
    ['3.', { mantissa: 3n, pow10: 0, pow2: 0 }],
    ['128Mi', { mantissa: 128n, pow10: 0, pow2: 20 }],
    ['1.5Gi', { mantissa: 15n, pow10: -1, pow2: 30 }],
    ['2Ki', { mantissa: 2n, pow10: 0, pow2: 10 }],
    ['4Ti', { mantissa: 4n, pow10: 0, pow2: 40 }],
    ['100k', { mantissa: 100n, pow10: 3, pow2: 0 }],
    ['128M', { mantissa: 128n, pow10: 6, pow2: 0 }],
    ['1G', { mantissa: 1n, pow10: 9, pow2: 0 }],
    ['1E', { mantissa: 1n, pow10: 18, pow2: 0 }],
    ['1e3', { mantissa: 1n, pow10: 3, pow2: 0 }],
    ['1E3', { mantissa: 1n, pow10: 3, pow2: 0 }],
    ['2.5e-3', { mantissa: 25n, pow10: -4, pow2: 0 }],
    ['+1', { mantissa: 1n, pow10: 0, pow2: 0 }],
    ['-1', { mantissa: -1n, pow10: 0, pow2: 0 }],
    [' 250m ', { mantissa: 250n, pow10: -3, pow2: 0 }],
    [2, { mantissa: 2n, pow10: 0, pow2: 0 }],
    [0.25, { mantissa: 25n, pow10: -2, pow2: 0 }],
    [1e21, { mantissa: 1n, pow10: 21, pow2: 0 }],
  ])('%s', (input, expected) => {
    expect(parseQuantity(input)).toEqual(expected);
  });

  test.each(['', 'm', '.', '1x', '1mi', '1KiB', '1 Gi', '1e', 'e3', '1e1000', 'abc', '0x10'])('not a quantity: %j', (input) => {
    expect(parseQuantity(input)).toBeUndefined();
  });

  test('only text and finite numbers are quantities', () => {
    for (const v of [null, undefined, true, {}, [], Number.NaN, Number.POSITIVE_INFINITY]) expect(parseQuantity(v)).toBeUndefined();
  });
});

describe('compareQuantities', () => {
  test.each([
    ['500m', '0.5', 0],
    ['1100m', '1.1', 0], // floating point would say 1.1000000000000001 > 1.1
    ['1', '1000m', 0],
    ['2', '1000m', 1],
    ['999m', '1', -1],
    ['1Gi', '1G', 1],
    ['1024Mi', '1Gi', 0],
    ['1000Mi', '1Gi', -1],
    ['1e3', '1k', 0],
    ['1E3', '1001', -1],
    ['2000Mi', '2G', 1], // 2000 MiB = 2.097 GB
    ['128974848', '129e6', -1],
    ['129M', '123Mi', 1],
    ['0.1', '100m', 0],
    ['1E', '1000P', 0],
    [3, '3000m', 0],
    ['-1', '0', -1],
  ] as const)('%s vs %s', (a, b, expected) => {
    expect(cmp(a, b)).toBe(expected);
    expect(cmp(b, a)).toBe(-expected || 0);
  });
});
