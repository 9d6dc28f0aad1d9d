import { describe, expect, test } from 'vitest';
import { MAX_ALIAS_NODES, loadValuesYaml, loadYaml } from './safe-yaml';
import type { YamlLoadResult } from './yaml-result';

function errorOf(result: YamlLoadResult | ReturnType<typeof loadValuesYaml>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.error;
}

function valueOf(text: string): unknown {
  const r = loadYaml(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function billionLaughs(levels: number): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 1; i < levels; i += 1) {
    const prev = names[i - 1] as string;
    lines.push(`${names[i]}: &${names[i]} [${Array.from({ length: 9 }, () => `*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

describe('loadYaml: ordinary values', () => {
  test('maps, lists and scalars, in document order', () => {
    const r = loadValuesYaml('b: 1\na:\n  - x\n  - "2"\n  - {k: v}\nc: ~\n');
    expect(r).toMatchObject({ ok: true, values: { b: 1, a: ['x', '2', { k: 'v' }], c: null } });
    if (r.ok) expect(Object.keys(r.values)).toEqual(['b', 'a', 'c']);
  });

  test('an empty text, only comments, or null give an empty map', () => {
    for (const text of ['', '# nothing here\n', '~\n', '---\n']) {
      expect(loadValuesYaml(text)).toMatchObject({ ok: true, values: {} });
    }
  });

  test('a byte-order mark is ignored', () => {
    expect(loadValuesYaml('\uFEFFa: 1\n')).toMatchObject({ ok: true, values: { a: 1 } });
  });

  test('aliases copy the anchored value (a change to one copy does not change the other)', () => {
    const v = valueOf('a: &x {k: [1]}\nb: *x\n') as { a: { k: number[] }; b: { k: number[] } };
    expect(v.b).toEqual({ k: [1] });
    expect(v.b).not.toBe(v.a);
    expect(v.b.k).not.toBe(v.a.k);
  });
});

describe('loadYaml: Helm (go-yaml v2, YAML 1.1) scalars', () => {
  test.each([
    ['yes', true],
    ['on', true],
    ['Off', false],
    ['n', false],
    ['true', true],
    ['0600', 384],
    ['0x1F', 31],
    ['1_000', 1000],
    ['1.5', 1.5],
    ['1e3', 1000],
    ['12:30', '12:30'],
    ['2001-12-14', '2001-12-14'],
    ['"yes"', 'yes'],
    ["'0600'", '0600'],
    ['!!str 123', '123'],
    ['!!int "12"', 12],
    ['!!float 3', 3],
    ['', null],
    ['1e999', '1e999'],
  ])('`v: %s`', (text, expected) => {
    expect(valueOf(`v: ${text}\n`)).toEqual({ v: expected });
  });

  test('`yes`, `on` and `0600` are reported as warnings naming what they became', () => {
    const r = loadYaml('a: yes\nb:\n  c: on\nmode: 0600\nq: "yes"\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const messages = r.warnings.map((w) => w.message);
    expect(messages[0]).toContain('`yes` was read as true');
    expect(r.warnings[0]).toMatchObject({ path: 'a', position: { line: 1, column: 4 } });
    expect(messages[1]).toContain('`on` was read as true');
    expect(r.warnings[1]?.path).toBe('b.c');
    expect(messages[2]).toContain('`0600` was read as the octal number 384');
    expect(r.warnings).toHaveLength(3);
  });

  test('map keys become strings as Helm makes them, with a warning', () => {
    const r = loadYaml('on: 1\n2: b\n');
    expect(r).toMatchObject({ ok: true, value: { true: 1, '2': 'b' } });
    if (r.ok) expect(r.warnings.map((w) => w.message).join('\n')).toContain('The key `on` was read as `true`');
  });

  test('infinity and NaN are refused', () => {
    expect(errorOf(loadYaml('a: .inf\n'))).toMatchObject({ code: 'not-finite', path: 'a' });
    expect(errorOf(loadYaml('a: [.nan]\n'))).toMatchObject({ code: 'not-finite', path: 'a[0]' });
  });
});

describe('loadYaml: malformed and hostile input', () => {
  test('malformed YAML gives line:column and the parser message', () => {
    const e = errorOf(loadYaml('agent:\n  image: x\n bad: 1\n'));
    expect(e.code).toBe('syntax');
    expect(e.position).toEqual({ line: 3, column: 2 });
    expect(e.message).toMatch(/^Invalid YAML at 3:2: .*indentation/);
  });

  test('an unclosed flow list', () => {
    const e = errorOf(loadYaml('a: [1, 2\n'));
    expect(e.code).toBe('syntax');
    expect(e.message).toMatch(/at \d+:\d+/);
  });

  test('duplicate keys are refused with both places', () => {
    const e = errorOf(loadYaml('agent:\n  a: 1\n  b: 2\n  a: 3\n'));
    expect(e).toMatchObject({ code: 'duplicate-key', path: 'agent.a', position: { line: 4, column: 3 } });
    expect(e.message).toContain('already set at 2:3');
  });

  test('keys that read the same under YAML 1.1 are duplicates too (`on` and `true`)', () => {
    expect(errorOf(loadYaml('on: 1\ntrue: 2\n')).code).toBe('duplicate-key');
  });

  test('a billion laughs is refused without expanding it', () => {
    const text = billionLaughs(9);
    const e = errorOf(loadYaml(text));
    expect(e.code).toBe('alias-expansion');
    expect(e.message).toContain('billion laughs');
    // It stops at the level whose expansion crosses the budget, far before the last line.
    expect(e.position?.line).toBeLessThan(9);
  });

  test('the alias budget is exact: just under passes, just over fails', () => {
    // One anchored list of 999 scalars (1,000 nodes); n aliases to it add n * 1,000 nodes.
    const anchor = `a: &a [${Array.from({ length: 999 }, () => '1').join(',')}]\n`;
    const ok = MAX_ALIAS_NODES / 1000;
    const aliases = (n: number) => `b: [${Array.from({ length: n }, () => '*a').join(',')}]\n`;
    expect(loadYaml(anchor + aliases(ok)).ok).toBe(true);
    expect(errorOf(loadYaml(anchor + aliases(ok + 1))).code).toBe('alias-expansion');
  });

  test('unknown and recursive aliases', () => {
    expect(errorOf(loadYaml('a: *nope\n'))).toMatchObject({ code: 'unknown-alias', path: 'a' });
    expect(errorOf(loadYaml('a: &x [1, *x]\n'))).toMatchObject({ code: 'recursive-alias' });
  });

  test.each([
    '!!js/function "function () { return 1 }"',
    '!!python/object:os.system ls',
    '!!python/object/apply:os.system ["ls"]',
    '!custom x',
    '!!binary aGVsbG8=',
    '!!timestamp 2001-12-14',
    '!!set {a, b}',
    '!<tag:example.com,2000:x> y',
  ])('the tag in `a: %s` is refused by name', (text) => {
    const e = errorOf(loadYaml(`a: ${text}\n`));
    expect(e.code).toBe('tag');
    expect(e.path).toBe('a');
    expect(e.message).toContain(text.split(' ')[0] as string);
  });

  test('a standard tag that does not fit the value is refused', () => {
    expect(errorOf(loadYaml('a: !!int abc\n'))).toMatchObject({ code: 'tag', path: 'a' });
    expect(errorOf(loadYaml('a: !!map [1]\n'))).toMatchObject({ code: 'tag' });
  });

  test('%TAG directives are refused', () => {
    expect(errorOf(loadYaml('%TAG !! tag:example.com,2000:\n---\na: !!str 1\n')).code).toBe('tag');
  });

  test('nesting deeper than 100 levels is refused; 99 is fine', () => {
    const deep = (n: number) => `a: ${'['.repeat(n)}${']'.repeat(n)}\n`;
    expect(loadYaml(deep(99)).ok).toBe(true);
    const e = errorOf(loadYaml(deep(101)));
    expect(e.code).toBe('too-deep');
    expect(e.message).toMatch(/more than 100 levels deep at 1:\d+/);
  });

  test('block nesting deeper than 100 levels is refused', () => {
    const text = Array.from({ length: 102 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(errorOf(loadYaml(text)).code).toBe('too-deep');
  });

  test('aliases cannot be used to nest deeper than 100 levels', () => {
    const inner = `${'['.repeat(60)}1${']'.repeat(60)}`;
    const text = `a: &a ${inner}\nb: ${'['.repeat(50)}*a${']'.repeat(50)}\n`;
    expect(errorOf(loadYaml(text))).toMatchObject({ code: 'too-deep' });
  });

  test('input over 1 MB is refused before parsing', () => {
    const big = `a: "${'x'.repeat(1024 * 1024)}"\n`;
    const e = errorOf(loadYaml(big));
    expect(e.code).toBe('too-large');
    expect(e.message).toContain('1.0 MB');
  });

  test('multi-byte text is measured in UTF-8 bytes', () => {
    const text = `a: "${'é'.repeat(600 * 1024)}"\n`; // 600K characters, 1.2 MB
    expect(errorOf(loadYaml(text)).code).toBe('too-large');
  });

  test('NUL bytes and U+FFFD are refused as binary data', () => {
    expect(errorOf(loadYaml('a: 1\nb: x\u0000y\n'))).toMatchObject({ code: 'binary', position: { line: 2, column: 5 } });
    expect(errorOf(loadYaml('a: caf\uFFFD\n')).message).toContain('not valid UTF-8');
  });

  test('bytes are decoded as strict UTF-8', () => {
    expect(loadYaml(new TextEncoder().encode('a: café\n'))).toMatchObject({ ok: true, value: { a: 'café' } });
    expect(errorOf(loadYaml(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]))).message).toContain('not valid UTF-8');
    expect(errorOf(loadYaml(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).code).toBe('binary');
    expect(errorOf(loadYaml(new Uint8Array(1024 * 1024 + 1).fill(0x61))).code).toBe('too-large');
  });

  test.each([
    ['- a\n- b\n', 'a list'],
    ['just text\n', 'the text `just text`'],
    ['42\n', 'the number 42'],
    ['true\n', 'the boolean true'],
  ])('a top-level %j is not a values file', (text, kind) => {
    const e = errorOf(loadValuesYaml(text));
    expect(e.code).toBe('not-a-map');
    expect(e.message).toContain(kind);
  });

  test.each(['__proto__', 'constructor', 'prototype'])('the key `%s` is refused with its path', (key) => {
    const e = errorOf(loadYaml(`agent:\n  labels:\n    ${key}:\n      polluted: true\n`));
    expect(e.code).toBe('forbidden-key');
    expect(e.path).toBe(`agent.labels.${key}`);
    expect(e.message).toContain(key);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a quoted `__proto__` key is refused too', () => {
    expect(errorOf(loadYaml('"__proto__": {x: 1}\n')).code).toBe('forbidden-key');
  });

  test('a forbidden key cannot arrive through a merge', () => {
    const e = errorOf(loadYaml('base: &b\n  __proto__: {polluted: 1}\nagent:\n  <<: *b\n'));
    expect(e).toMatchObject({ code: 'forbidden-key', path: 'base.__proto__' });
  });

  test('more than one document is refused; an empty trailing document is fine', () => {
    expect(errorOf(loadYaml('a: 1\n---\nb: 2\n')).code).toBe('multiple-documents');
    expect(loadYaml('a: 1\n---\n')).toMatchObject({ ok: true, value: { a: 1 } });
  });

  test('null, list and map keys are refused', () => {
    expect(errorOf(loadYaml('~: 1\n')).code).toBe('key-type');
    expect(errorOf(loadYaml('? [a]\n: 1\n')).code).toBe('key-type');
    expect(errorOf(loadYaml('? {a: 1}\n: 1\n')).code).toBe('key-type');
  });
});

describe('loadYaml: merge keys (`<<`), applied as go-yaml v2 applies them', () => {
  test('a merged map supplies keys; explicit keys after it win', () => {
    const v = valueOf('base: &b {image: x, tag: "1"}\nagent:\n  <<: *b\n  tag: "2"\n');
    expect(v).toEqual({ base: { image: 'x', tag: '1' }, agent: { image: 'x', tag: '2' } });
  });

  test('in a list of maps, the earlier maps win', () => {
    const v = valueOf('a: &a {k: 1, p: a}\nb: &b {k: 2, q: b}\nc:\n  <<: [*a, *b]\n');
    expect((v as { c: unknown }).c).toEqual({ k: 1, q: 'b', p: 'a' });
  });

  test('an inline map can be merged', () => {
    expect(valueOf('c:\n  <<: {a: 1}\n  b: 2\n')).toEqual({ c: { a: 1, b: 2 } });
  });

  test('a key written before `<<` is replaced by the merge (as Helm does) and reported', () => {
    const r = loadYaml('base: &b {tag: "1"}\nagent:\n  tag: "2"\n  <<: *b\n');
    expect(r).toMatchObject({ ok: true, value: { agent: { tag: '1' } } });
    if (r.ok) {
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatchObject({ code: 'merge-overrides', path: 'agent.tag' });
      expect(r.warnings[0]?.message).toContain('put `<<` first');
    }
  });

  test('merging a scalar or a list of scalars is refused', () => {
    expect(errorOf(loadYaml('a:\n  <<: 1\n'))).toMatchObject({ code: 'merge', path: 'a' });
    expect(errorOf(loadYaml('x: &x [1]\na:\n  <<: [*x]\n')).code).toBe('merge');
  });

  test('a quoted "<<" is an ordinary key', () => {
    expect(valueOf('a:\n  "<<": 1\n')).toEqual({ a: { '<<': 1 } });
  });
});

describe('keys and line breaks as Helm (sigs.k8s.io/yaml on go-yaml v2) reads them', () => {
  test('integer keys keep every digit', () => {
    expect(valueOf('9223372036854775807: a\n0x1F: b\n1_000: c\n')).toEqual({ '9223372036854775807': 'a', '31': 'b', '1000': 'c' });
  });

  test('an integer key beyond int64 is refused, as Helm refuses uint64 keys', () => {
    expect(errorOf(loadYaml('9223372036854775808: a\n'))).toMatchObject({ code: 'key-type' });
  });

  test('float keys are written as Go writes a float32', () => {
    expect(valueOf('1e20: a\n1234567.0: b\n0.00001: c\n3.14159265358979: d\n1.5: e\n')).toEqual({
      '1e+20': 'a',
      '1.234567e+06': 'b',
      '1e-05': 'c',
      '3.1415927': 'd',
      '1.5': 'e',
    });
  });

  test('NEL is a line break', () => {
    expect(valueOf('a: 1\u0085b: 2\u0085')).toEqual({ a: 1, b: 2 });
    expect(valueOf('# note\u0085a: 1\n')).toEqual({ a: 1 });
  });

  test('a raw line or paragraph separator is refused with its place', () => {
    expect(errorOf(loadYaml('a: "x\u2028y"\n'))).toMatchObject({ code: 'line-separator', position: { line: 1, column: 6 } });
    expect(errorOf(loadYaml('a: 1\nb: x\u2029\n')).message).toContain('\\P');
  });
});
