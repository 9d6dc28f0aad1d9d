import { describe, expect, test } from 'vitest';
import { parseSetFlags } from './parse-set';
import type { SetFlag } from './set-flags';

const set = (expr: string): SetFlag => ({ kind: 'set', expr });
const str = (expr: string): SetFlag => ({ kind: 'set-string', expr });
const json = (expr: string): SetFlag => ({ kind: 'set-json', expr });

describe('parseSetFlags: --set (Helm strvals cases)', () => {
  test.each([
    ['name1=value1', { name1: 'value1' }],
    ['name1=value1,name2=value2', { name1: 'value1', name2: 'value2' }],
    ['name1=value1,name2=value2,', { name1: 'value1', name2: 'value2' }],
    ['name1=,name2=value2', { name1: '', name2: 'value2' }],
    ['name1=value1,name2=', { name1: 'value1', name2: '' }],
    ['name1=one\\,two,name2=three\\,four', { name1: 'one,two', name2: 'three,four' }],
    ['name1=one\\=two,name2=three\\=four', { name1: 'one=two', name2: 'three=four' }],
    ['name1=one two three', { name1: 'one two three' }],
    ['long_int_string=1234567890', { long_int_string: 1234567890 }],
    ['boolean=true', { boolean: true }],
    ['is_null=null', { is_null: null }],
    ['zero=0', { zero: 0 }],
    ['leading_zeros=00009', { leading_zeros: '00009' }],
    ['octal=0755', { octal: '0755' }],
    ['float=1.5', { float: '1.5' }],
    ['upper=TRUE,mixed=NuLl', { upper: true, mixed: null }],
    ['outer.inner=value', { outer: { inner: 'value' } }],
    ['outer.middle.inner=value', { outer: { middle: { inner: 'value' } } }],
    ['outer.inner1=value,outer.inner2=value2', { outer: { inner1: 'value', inner2: 'value2' } }],
    ['outer.inner1=value,outer.middle.inner=value', { outer: { inner1: 'value', middle: { inner: 'value' } } }],
    ['name1.name2=foo', { name1: { name2: 'foo' } }],
    ['name1.name2=foo,name1.name3=bar', { name1: { name2: 'foo', name3: 'bar' } }],
    ['name1\\.name2=foo', { 'name1.name2': 'foo' }],
    ['a.b\\.c\\=d=1', { a: { 'b.c=d': 1 } }],
    ['name1={value1,value2}', { name1: ['value1', 'value2'] }],
    ['name1={value1,value2},name2={value1,value2}', { name1: ['value1', 'value2'], name2: ['value1', 'value2'] }],
    ['name1={1021,902}', { name1: [1021, 902] }],
    ['name1.name2={value1,value2}', { name1: { name2: ['value1', 'value2'] } }],
    ['list[0]=foo', { list: ['foo'] }],
    ['list[0].foo=bar', { list: [{ foo: 'bar' }] }],
    ['list[0].foo=bar,list[0].hello=world', { list: [{ foo: 'bar', hello: 'world' }] }],
    ['list[0]=foo,list[1]=bar', { list: ['foo', 'bar'] }],
    ['list[0]=foo,list[3]=bar', { list: ['foo', null, null, 'bar'] }],
    ['list[0].foo=bar,list[1].foo=baz', { list: [{ foo: 'bar' }, { foo: 'baz' }] }],
    ['list[0]=foo,list[1]=', { list: ['foo', ''] }],
    ['list[0][0]=a,list[0][1]=b', { list: [['a', 'b']] }],
    ['nested[0][0]=1', { nested: [[1]] }],
    ['a=\\{x}', { a: '{x}' }],
    ['a=x{y}', { a: 'x{y}' }],
    ['a={}', { a: [''] }],
    ['a=é😀,b=sp ace', { a: 'é😀', b: 'sp ace' }],
  ])('%s', (expr, expected) => {
    expect(parseSetFlags([set(expr)])).toEqual(expected);
  });

  test.each([
    ['name1=value1,,,,name2=value2,', 'key "" has no value (cannot end with ,)'],
    ['name1,name2=', 'key "name1" has no value (cannot end with ,)'],
    ['name1=value1,name2', 'key "name2" has no value'],
    ['name1.=value', 'key map "name1" has no value'],
    ['a={b,c', "list must terminate with '}'"],
    ['list[0]x=a', 'unexpected data at end of array index: "x"'],
    ['list[-1]=a', 'negative -1 index not allowed'],
    ['list[65537]=a', 'index of 65537 is greater than maximum supported index of 65536'],
    ['list[x]=a', 'error parsing index'],
    ['__proto__.x=1', 'not allowed'],
  ])('%s fails: %s', (expr, message) => {
    expect(() => parseSetFlags([set(expr)])).toThrow(message);
  });

  test('a key set as a scalar cannot then be used as a map or a list', () => {
    expect(() => parseSetFlags([set('a=1,a.b=2')])).toThrow('unable to parse key');
    expect(() => parseSetFlags([set('a=1,a[0]=2')])).toThrow('unable to parse key');
  });

  test('more than 30 dotted levels fail', () => {
    const key = Array.from({ length: 32 }, (_, i) => `k${i}`).join('.');
    expect(() => parseSetFlags([set(`${key}=1`)])).toThrow('maximum supported nested level of 30');
  });

  test('repeated flags merge into one map, later values win', () => {
    expect(parseSetFlags([set('a.b=1'), set('a.c=2'), set('a.b=3')])).toEqual({ a: { b: 3, c: 2 } });
  });
});

describe('parseSetFlags: --set-string', () => {
  test('every value stays a string, lists too', () => {
    expect(parseSetFlags([str('a=true,b=600,c=null,d=0,e={1,x}')])).toEqual({ a: 'true', b: '600', c: 'null', d: '0', e: ['1', 'x'] });
  });
});

describe('parseSetFlags: --set-json', () => {
  test('objects, lists and scalars', () => {
    expect(parseSetFlags([json('outer.inner1={"a":"1","b":2,"c":[1,2,3]},outer.inner3=["new value 1","new value 2"],outer.inner5=[{"A":"1","B":2}]')])).toEqual({
      outer: { inner1: { a: '1', b: 2, c: [1, 2, 3] }, inner3: ['new value 1', 'new value 2'], inner5: [{ A: '1', B: 2 }] },
    });
  });

  test('blanks before a value and before the comma are skipped (not before the next key), an empty value is null', () => {
    expect(parseSetFlags([json('a= 1 , b=,c="x,]}{",d=true,e=null,f=-1.5e3')])).toEqual({ a: 1, ' b': null, c: 'x,]}{', d: true, e: null, f: -1500 });
  });

  test('like Helm, an index or a list item map that ends without a value leaves the list empty', () => {
    expect(parseSetFlags([set('x[0][1]'), set('y[0].b=')])).toEqual({ x: [], y: [] });
  });

  test('list items', () => {
    expect(parseSetFlags([json('l[1]={"x":[1]},l[0]="a"')])).toEqual({ l: ['a', { x: [1] }] });
  });

  test('invalid JSON fails', () => {
    expect(() => parseSetFlags([json('a={"x":}')])).toThrow('failed parsing --set-json data');
    expect(() => parseSetFlags([json('a=nope')])).toThrow('failed parsing --set-json data');
  });

  test('--set-json is applied first, then --set, then --set-string', () => {
    expect(parseSetFlags([str('a.s=1'), set('a.n=1,a.s=2'), json('a={"j":1,"n":0}')])).toEqual({ a: { j: 1, n: 1, s: '1' } });
  });
});
