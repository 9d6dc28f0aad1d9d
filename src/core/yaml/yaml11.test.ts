import { describe, expect, test } from 'vitest';
import { needsQuoting, plainType, type PlainType } from './yaml11';

const typed: ReadonlyArray<readonly [string, PlainType]> = [
  // null
  ['', 'null'], ['~', 'null'], ['null', 'null'], ['Null', 'null'], ['NULL', 'null'], ['nUlL', 'null'],
  // bool, YAML 1.1 words in any letter case
  ['y', 'bool'], ['Y', 'bool'], ['n', 'bool'], ['N', 'bool'], ['yes', 'bool'], ['Yes', 'bool'], ['YES', 'bool'],
  ['yEs', 'bool'], ['no', 'bool'], ['NO', 'bool'], ['on', 'bool'], ['On', 'bool'], ['ON', 'bool'], ['off', 'bool'],
  ['OFF', 'bool'], ['true', 'bool'], ['True', 'bool'], ['TRUE', 'bool'], ['false', 'bool'], ['fAlSe', 'bool'],
  // ints
  ['0', 'int'], ['600', 'int'], ['-1', 'int'], ['+1', 'int'], ['0755', 'int'], ['0o755', 'int'], ['0O755', 'int'],
  ['0x1F', 'int'], ['0X1f', 'int'], ['-0x1F', 'int'], ['0b1', 'int'], ['0B101', 'int'], ['-0b1', 'int'],
  ['1_000', 'int'], ['1__', 'int'], ['0x_1F', 'int'], ['1:20', 'int'], ['190:20:30', 'int'], ['08', 'int'],
  ['9999999999999999999999', 'int'],
  // floats
  ['.5', 'float'], ['1.5', 'float'], ['1.', 'float'], ['-1.5', 'float'], ['1e3', 'float'], ['1E3', 'float'],
  ['6.8523015e+5', 'float'], ['1_000.5', 'float'], ['190:20:30.15', 'float'], ['.inf', 'float'], ['-.inf', 'float'],
  ['+.INF', 'float'], ['.Inf', 'float'], ['.nan', 'float'], ['.NaN', 'float'], ['.NAN', 'float'],
  // timestamps
  ['2001-12-14', 'timestamp'], ['2001-12-14t21:59:43.10-05:00', 'timestamp'], ['2001-12-14T21:59:43Z', 'timestamp'],
  ['2001-12-14 21:59:43.10 -5', 'timestamp'], ['2002-1-2', 'timestamp'],
  // merge and value keys
  ['<<', 'merge'], ['=', 'value'],
  // strings
  ['2.15.1', 'str'], ['1.2.3.4', 'str'], ['v1', 'str'], ['500m', 'str'], ['2Gi', 'str'], ['yess', 'str'], ['nope', 'str'],
  ['nulls', 'str'], ['0x', 'str'], ['0xZ', 'str'], ['1e', 'str'], ['.', 'str'], ['..', 'str'], ['1:2:3:x', 'str'],
  ['-', 'str'], ['+', 'str'], ['_1', 'str'], ['2001-12', 'str'], ['polyaxon', 'str'], ['a b', 'str'], ['inf', 'str'],
  ['nan', 'str'], ['1.2.3e4', 'str'], ['12:60', 'str'],
];

describe('plainType', () => {
  test.each(typed)('%j reads as %s', (s, type) => {
    expect(plainType(s)).toBe(type);
  });
});

const quoted: readonly string[] = [
  ...typed.filter(([, t]) => t !== 'str').map(([s]) => s),
  ' x', 'x ', '\tx', 'x\t', 'a\nb', 'a\rb', 'a\u0085b', 'a\u2028b', '\ufeffx', 'a\u00a0b', 'x\u0000', 'x\u007f',
  '\ud800', 'a\udc00',
  '-x', '- x', '?x', ':x', ',x', '[x]', ']x', '{x}', '}x', '#x', '&x', '*x', '!x', '|x', '>x', "'x", '"x', '%x',
  '@x', '`x', '---', '...', '...x',
  'a: b', 'a:', 'a:\tb', 'a #b', 'a\t#b',
];

const plain: readonly string[] = [
  'polyaxon', 'nginx.ingress.kubernetes.io/proxy-body-size', 'http://example.com:8080/x', 'a:b', 'a#b', 'a-b',
  '2.15.1', 'kube-dns.other-kube-system', 'custom.cluster.name', 'polyaxon.acme-tls', 'acme.agents.UUID',
  '4G', 'ClusterIP', '/', '/*', 'x?', 'x!', "it's", 'say "hi"', 'é', '😀', 'a b c', 'C:\\dir', 'x-', 'x:y:z', '100%',
];

describe('needsQuoting', () => {
  test.each(quoted.map((s) => [s]))('%j needs quotes', (s) => {
    expect(needsQuoting(s)).toBe(true);
  });
  test.each(plain.map((s) => [s]))('%j can stay plain', (s) => {
    expect(needsQuoting(s)).toBe(false);
  });
});
