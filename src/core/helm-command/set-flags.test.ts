import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Values } from '../../shared/values';
import { valuesArb } from '../../test-utils/yaml-arbitraries';
import { runSeed } from '../../test-utils/run-seed';
import { parseSetFlags } from './parse-set';
import { escapeSetKey, escapeSetValue, formatSetFlag, setInfersNonString, valuesToSetFlags, type SetFlag } from './set-flags';

function flagsOf(values: Values): string[] {
  return valuesToSetFlags(values).flags.map(formatSetFlag);
}

describe('escaping', () => {
  test.each([
    ['nginx.ingress.kubernetes.io/proxy-body-size', 'nginx\\.ingress\\.kubernetes\\.io/proxy-body-size'],
    ['a=b', 'a\\=b'],
    ['a,b', 'a\\,b'],
    ['a[0]', 'a\\[0]'],
    ['back\\slash', 'back\\\\slash'],
    ['plain-key_1', 'plain-key_1'],
    ['with space', 'with space'],
  ])('key %j -> %j', (key, escaped) => {
    expect(escapeSetKey(key)).toBe(escaped);
  });

  test.each([
    ['a,b', 'a\\,b'],
    ['C:\\dir', 'C:\\\\dir'],
    ['{a,b}', '\\{a\\,b}'],
    ['x{y}', 'x{y}'],
    ['a.b=c[0]', 'a.b=c[0]'],
    ['', ''],
  ])('value %j -> %j', (value, escaped) => {
    expect(escapeSetValue(value)).toBe(escaped);
  });

  test.each([
    ['true', true],
    ['False', true],
    ['NULL', true],
    ['0', true],
    ['600', true],
    ['-5', true],
    ['+5', true],
    ['9223372036854775807', true],
    ['9223372036854775808', false],
    ['0755', false],
    ['00', false],
    ['1.5', false],
    ['1e3', false],
    ['yes', false],
    ['', false],
    ['abc', false],
    ['1_000', false],
  ])('--set %j infers a non-string: %s', (s, expected) => {
    expect(setInfersNonString(s)).toBe(expected);
  });
});

describe('valuesToSetFlags', () => {
  test('annotation keys with dots and slashes, "600" strings and 600 ints', () => {
    expect(
      flagsOf({
        ingress: {
          enabled: true,
          annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '4G', 'ingress.kubernetes.io/proxy-read-timeout': '600' },
        },
        gateway: { service: { port: 600 } },
      }),
    ).toEqual([
      '--set ingress.enabled=true',
      "--set 'ingress.annotations.nginx\\.ingress\\.kubernetes\\.io/proxy-body-size=4G'",
      "--set-string 'ingress.annotations.ingress\\.kubernetes\\.io/proxy-read-timeout=600'",
      '--set gateway.service.port=600',
    ]);
  });

  test('strings that --set or YAML 1.1 would retype go through --set-string', () => {
    expect(flagsOf({ a: 'yes', b: 'on', c: '0755', d: 'true', e: 'NULL', f: '0', g: '', h: '1.5', i: 'polyaxon' })).toEqual([
      '--set-string a=yes',
      '--set-string b=on',
      '--set-string c=0755',
      '--set-string d=true',
      '--set-string e=NULL',
      '--set-string f=0',
      '--set-string g=',
      '--set-string h=1.5',
      '--set i=polyaxon',
    ]);
  });

  test('commas, backslashes, quotes, $, spaces and newlines', () => {
    expect(flagsOf({ a: 'x,y', b: 'C:\\dir', c: `it's "q"`, d: '$HOME', e: 'two words', f: 'l1\nl2', g: '{x}' })).toEqual([
      "--set 'a=x\\,y'",
      "--set 'b=C:\\\\dir'",
      `--set 'c=it'\\''s "q"'`,
      "--set 'd=$HOME'",
      "--set 'e=two words'",
      "--set 'f=l1\nl2'",
      "--set 'g=\\{x}'",
    ]);
  });

  test('nulls, numbers, booleans', () => {
    expect(flagsOf({ affinity: null, n: -3, f: 1.5, big: 2 ** 60, off: false })).toEqual([
      '--set affinity=null',
      '--set n=-3',
      '--set-json f=1.5',
      '--set-json big=1152921504606847000',
      '--set off=false',
    ]);
  });

  test('lists: scalars by index, empty and structured lists as JSON', () => {
    expect(
      flagsOf({
        agent: { additionalNamespaces: ['ns-a', '600', 7, null] },
        empty: [],
        tls: [{ secretName: 'polyaxon.acme-tls', hosts: ['polyaxon.acme.com'] }],
        nested: [['a']],
        emptyMap: {},
      }),
    ).toEqual([
      "--set 'agent.additionalNamespaces[0]=ns-a'",
      "--set-string 'agent.additionalNamespaces[1]=600'",
      "--set 'agent.additionalNamespaces[2]=7'",
      "--set 'agent.additionalNamespaces[3]=null'",
      "--set-json 'empty=[]'",
      `--set-json 'tls=[{"secretName":"polyaxon.acme-tls","hosts":["polyaxon.acme.com"]}]'`,
      `--set-json 'nested=[["a"]]'`,
      "--set-json 'emptyMap={}'",
    ]);
  });

  test('keys that strvals cannot write: nested maps with an empty key go as JSON, top-level ones are reported', () => {
    const result = valuesToSetFlags({ '': 1, m: { '': 'x', k: 'v' } });
    expect(result.skipped).toEqual(['']);
    expect(result.flags).toEqual([{ kind: 'set-json', expr: 'm={"":"x","k":"v"}' }]);
  });

  test('deeply nested maps switch to JSON at Helm’s 30-level name limit', () => {
    let deep: Values = { leaf: 1 };
    for (let i = 0; i < 35; i += 1) deep = { [`k${i}`]: deep };
    const { flags } = valuesToSetFlags(deep);
    expect(flags).toHaveLength(1);
    expect(flags[0]?.kind).toBe('set-json');
    expect((flags[0]?.expr.split('=')[0] ?? '').split('.')).toHaveLength(31);
    expect(parseSetFlags(flags)).toEqual(deep);
  });
});

function withoutTopLevelEmptyKey(values: Values): Values {
  const out: Values = { ...values };
  delete out[''];
  return out;
}

describe('flags read back with parseSetFlags', () => {
  const fixed: Values[] = [
    { ingress: { annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '4G', 'a=b,c[0]\\d': 'x,y\\z' } } },
    { a: ['yes', 'on', '0755', '600', 600, 'null', null, true, 'TRUE', '', ' ', '{a,b}', '}'] },
    { a: { b: { c: 'd' } }, e: [{ f: 1 }], g: [], h: {}, i: 2.5, j: -0.5, k: 'multi\nline\n', l: 'quote \' " $ `' },
  ];
  test.each(fixed.map((v) => [v]))('%j', (values) => {
    expect(parseSetFlags(valuesToSetFlags(values).flags)).toEqual(values);
  });

  test('random nested values with nasty strings (property)', () => {
    const seed = runSeed('set flags round trip');
    fc.assert(
      fc.property(valuesArb, (values) => {
        const { flags } = valuesToSetFlags(values);
        expect(parseSetFlags(flags)).toEqual(withoutTopLevelEmptyKey(values));
      }),
      { seed, numRuns: 400 },
    );
  });

  test('the order of the flags on the command line does not matter (Helm applies json, then set, then string)', () => {
    const flags: SetFlag[] = [
      { kind: 'set-string', expr: 'a.b=600' },
      { kind: 'set', expr: 'a.b=600' },
      { kind: 'set-json', expr: 'a={"b":1,"c":2}' },
    ];
    expect(parseSetFlags(flags)).toEqual({ a: { b: '600', c: 2 } });
  });
});
