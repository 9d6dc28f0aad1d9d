import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { CORE_SCHEMA, YAML11_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import type { Values } from '../../shared/values';
import { toYaml } from './to-yaml';
import { TRICKY_STRINGS, valuesArb } from '../../test-utils/yaml-arbitraries';
import { runSeed } from '../../test-utils/run-seed';
import { needsQuoting } from './yaml11';

function reparse(text: string): { yaml11: unknown; core: unknown } {
  return { yaml11: load(text, { schema: YAML11_SCHEMA }), core: load(text, { schema: CORE_SCHEMA }) };
}

function expectRoundTrip(values: Values): string {
  const text = toYaml(values);
  const { yaml11, core } = reparse(text);
  expect(yaml11, text).toEqual(values);
  expect(core, text).toEqual(values);
  return text;
}

describe('toYaml layout', () => {
  test('an empty map is {}', () => {
    expect(toYaml({})).toBe('{}\n');
  });

  test('block style, 2-space indent, keys in the given order, plain numbers, booleans and null', () => {
    const values: Values = {
      zeta: 1,
      alpha: { port: 80, enabled: true, ratio: 1.5, nothing: null },
      list: [{ name: 'a', items: ['x', 'y'] }, 'b'],
      emptyList: [],
      emptyMap: {},
    };
    expect(toYaml(values)).toBe(
      [
        'zeta: 1',
        'alpha:',
        '  port: 80',
        '  enabled: true',
        '  ratio: 1.5',
        '  nothing: null',
        'list:',
        '  - name: a',
        '    items:',
        '      - x',
        '      - "y"',
        '  - b',
        'emptyList: []',
        'emptyMap: {}',
        '',
      ].join('\n'),
    );
  });

  test('long lines are never folded', () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    expect(toYaml({ long })).toBe(`long: ${long}\n`);
  });

  test('the same object twice is written twice, without anchors', () => {
    const shared = { a: 1 };
    const text = toYaml({ x: shared, y: shared });
    expect(text).toBe('x:\n  a: 1\n"y":\n  a: 1\n');
    expect(text).not.toMatch(/[&*]/);
  });

  test('undefined map entries are left out', () => {
    expect(toYaml({ a: undefined, b: 1 })).toBe('b: 1\n');
  });

  test('annotation keys with dots and slashes stay plain; "600" strings are quoted, 600 ints are not', () => {
    expect(
      toYaml({
        ingress: {
          annotations: {
            'nginx.ingress.kubernetes.io/proxy-body-size': '4G',
            'ingress.kubernetes.io/proxy-read-timeout': '600',
            'ingress.kubernetes.io/ssl-redirect': 'false',
          },
        },
        port: 600,
      }),
    ).toBe(
      [
        'ingress:',
        '  annotations:',
        '    nginx.ingress.kubernetes.io/proxy-body-size: 4G',
        '    ingress.kubernetes.io/proxy-read-timeout: "600"',
        '    ingress.kubernetes.io/ssl-redirect: "false"',
        'port: 600',
        '',
      ].join('\n'),
    );
  });

  test('keys that YAML 1.1 would read as booleans, numbers or null are quoted', () => {
    expect(toYaml({ yes: 1, on: 2, '1': 3, null: 4, '~': 5, '<<': 6, '=': 7 })).toBe('"1": 3\n"yes": 1\n"on": 2\n"null": 4\n"~": 5\n"<<": 6\n"=": 7\n');
  });

  test('multi-line strings use a literal block when it is safe, else double quotes', () => {
    expect(toYaml({ script: 'echo a\n  echo b\n' })).toBe('script: |\n  echo a\n    echo b\n');
    expect(toYaml({ cert: 'line1\nline2' })).toBe('cert: |-\n  line1\n  line2\n');
    expect(toYaml({ keep: 'a\n\n' })).toBe('keep: "a\\n\\n"\n');
    expect(toYaml({ spaced: ' a\nb' })).toBe('spaced: " a\\nb"\n');
    expect(toYaml({ trailing: 'a \nb' })).toBe('trailing: "a \\nb"\n');
    expect(toYaml({ tabbed: 'a\n\tb' })).toBe('tabbed: "a\\n\\tb"\n');
  });
});

describe('toYaml quoting', () => {
  test.each(TRICKY_STRINGS.map((s) => [s]))('%j as value, key and list item reads back unchanged', (s) => {
    const values: Values = { value: s, list: [s], nested: { [s]: s } };
    const text = expectRoundTrip(values);
    if (needsQuoting(s)) {
      // Written as a quoted scalar or a literal block, never plain.
      expect(text).toMatch(/^value: ["|]/m);
    }
  });

  test('every string that needs quoting is never written plain', () => {
    for (const s of TRICKY_STRINGS.filter(needsQuoting)) {
      const line = toYaml({ v: s }).split('\n')[0] as string;
      expect(line === `v: ${s}`, `${JSON.stringify(s)} -> ${line}`).toBe(false);
    }
  });
});

describe('toYaml round trip (property)', () => {
  test('re-parsing with the YAML 1.1 and core schemas gives the input back', () => {
    const seed = runSeed('toYaml round trip');
    fc.assert(
      fc.property(valuesArb, (values) => {
        expectRoundTrip(values);
      }),
      { seed, numRuns: 400 },
    );
  });
});

/**
 * PyYAML is the reader the Polyaxon CLI uses (YAML 1.1 resolvers). When
 * python3 with PyYAML is on this machine, read the same texts with it and
 * compare types strictly (Python's True == 1, so types are checked too).
 */
const PY_CHECK = String.raw`
import json, sys, yaml
def same(a, b):
    if type(a) is not type(b):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool) and a == b
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b
bad = []
for case in json.load(sys.stdin):
    try:
        got = yaml.safe_load(case['yaml'])
    except Exception as e:
        bad.append({'yaml': case['yaml'], 'error': str(e)})
        continue
    if not same(got, json.loads(case['json'])):
        bad.append({'yaml': case['yaml'], 'got': repr(got)})
print(json.dumps(bad))
`;

// scripts/install-interop-tools.sh (run by .ci/run) installs PyYAML into .tools/venv; fall back to python3 elsewhere.
const venvPython = path.resolve(import.meta.dirname, '../../../.tools/venv/bin/python');
const python = existsSync(venvPython) ? venvPython : 'python3';

function pyyamlAvailable(): boolean {
  const r = spawnSync(python, ['-c', 'import yaml'], { encoding: 'utf8' });
  return r.status === 0;
}

describe('toYaml read by PyYAML', () => {
  const available = pyyamlAvailable();
  if (!available) console.log(`Skipping the PyYAML cross-check: ${python} cannot import yaml (scripts/install-interop-tools.sh installs PyYAML into .tools/venv).`);

  test.runIf(available)('PyYAML safe_load reads the tricky table and random trees back unchanged', () => {
    const seed = runSeed('PyYAML cross-check');
    const trees: Values[] = [...TRICKY_STRINGS.map((s) => ({ value: s, list: [s], nested: { [s]: s } })), ...fc.sample(valuesArb, { seed, numRuns: 300 })];
    // Lone surrogates cannot travel through UTF-8 to Python; those are covered by the js-yaml checks.
    const cases = trees.map((t) => ({ yaml: toYaml(t), json: JSON.stringify(t) })).filter((c) => !/\\ud[89a-f][0-9a-f]{2}/i.test(c.json));
    const r = spawnSync(python, ['-c', PY_CHECK], { input: JSON.stringify(cases), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
