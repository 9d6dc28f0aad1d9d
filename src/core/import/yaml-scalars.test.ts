import { describe, expect, test } from 'vitest';
import { goFloat32Key, parseGoBigInt, parseGoInteger, resolvePlainScalar, yaml11Surprise } from './yaml-scalars';

describe('parseGoInteger (strconv.ParseInt/ParseUint with base 0)', () => {
  test.each([
    ['0', 0],
    ['42', 42],
    ['-42', -42],
    ['+7', 7],
    ['0600', 384],
    ['0o17', 15],
    ['0O17', 15],
    ['0x1f', 31],
    ['0XFF', 255],
    ['0b101', 5],
    ['-0b101', -5],
    ['9223372036854775807', Number(2n ** 63n - 1n)],
    ['18446744073709551615', Number(2n ** 64n - 1n)],
    ['08', undefined],
    ['0x', undefined],
    ['-18446744073709551615', undefined],
    ['0x10000000000000000', undefined],
    ['1.5', undefined],
    ['', undefined],
    ['+', undefined],
  ])('%j → %j', (text, expected) => {
    expect(parseGoInteger(text)).toBe(expected);
  });
});

describe('resolvePlainScalar (go-yaml v2 resolve)', () => {
  test.each([
    ['', { kind: 'null', value: null }],
    ['~', { kind: 'null', value: null }],
    ['NULL', { kind: 'null', value: null }],
    ['nil', { kind: 'str', value: 'nil' }],
    ['y', { kind: 'bool', value: true }],
    ['YES', { kind: 'bool', value: true }],
    ['On', { kind: 'bool', value: true }],
    ['no', { kind: 'bool', value: false }],
    ['OFF', { kind: 'bool', value: false }],
    ['tRue', { kind: 'str', value: 'tRue' }],
    ['08', { kind: 'float', value: 8 }],
    ['1_000', { kind: 'int', value: 1000 }],
    ['.5', { kind: 'float', value: 0.5 }],
    ['-.5e1', { kind: 'float', value: -5 }],
    ['1.', { kind: 'float', value: 1 }],
    ['.', { kind: 'str', value: '.' }],
    ['-', { kind: 'str', value: '-' }],
    ['1:30', { kind: 'str', value: '1:30' }],
    ['2.15.1', { kind: 'str', value: '2.15.1' }],
    ['500m', { kind: 'str', value: '500m' }],
    ['1e999', { kind: 'str', value: '1e999' }],
    ['<<', { kind: 'merge', value: '<<' }],
  ])('%j', (text, expected) => {
    expect(resolvePlainScalar(text)).toEqual(expected);
  });

  test('infinity and NaN words', () => {
    expect(resolvePlainScalar('.inf').value).toBe(Number.POSITIVE_INFINITY);
    expect(resolvePlainScalar('-.Inf').value).toBe(Number.NEGATIVE_INFINITY);
    expect(Number.isNaN(resolvePlainScalar('.NaN').value)).toBe(true);
  });
});

describe('yaml11Surprise', () => {
  test.each([
    ['yes', 'was read as true'],
    ['off', 'was read as false'],
    ['0600', 'octal number 384'],
    ['1_000', 'the number 1000'],
    ['0b11', 'binary number 3'],
  ])('%j is reported', (text, fragment) => {
    expect(yaml11Surprise(text, resolvePlainScalar(text))).toContain(fragment);
  });

  test.each(['true', 'False', '42', '0', '1.5', 'hello', '0x10'])('%j is not', (text) => {
    expect(yaml11Surprise(text, resolvePlainScalar(text))).toBeUndefined();
  });
});

describe("goFloat32Key (strconv.FormatFloat(f, 'g', -1, 32), as sigs.k8s.io/yaml writes float keys)", () => {
  test.each([
    [1.5, '1.5'],
    [0.1, '0.1'],
    [1000, '1000'],
    [2, '2'],
    [123456.5, '123456.5'],
    [1234567, '1.234567e+06'],
    [1e20, '1e+20'],
    [1e-5, '1e-05'],
    [0.0001, '0.0001'],
    [3.14159265358979, '3.1415927'],
    [-2.5e-7, '-2.5e-07'],
    [1e39, '.inf'],
    [-0, '-0'],
    [Number.NaN, '.nan'],
  ])('%s -> %s', (x, want) => {
    expect(goFloat32Key(x)).toBe(want);
  });
});

describe('parseGoBigInt keeps every digit', () => {
  test('int64 and uint64 bounds', () => {
    expect(parseGoBigInt('9223372036854775807')).toBe(9223372036854775807n);
    expect(parseGoBigInt('18446744073709551615')).toBe(18446744073709551615n);
    expect(parseGoBigInt('18446744073709551616')).toBeUndefined();
    expect(parseGoBigInt('-9223372036854775809')).toBeUndefined();
  });
});
