import fc from 'fast-check';
import { FORBIDDEN_KEYS, type Values } from '../shared/values';

/** Strings that trip YAML readers when written plain: YAML 1.1 words and numbers, indicators, spaces. */
export const TRICKY_STRINGS: readonly string[] = [
  '', ' ', '  ', '\t', '\n', '\n\n', 'y', 'Y', 'n', 'N', 'yes', 'Yes', 'YES', 'yEs', 'no', 'No', 'NO', 'on', 'On',
  'ON', 'off', 'Off', 'OFF', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL', '~',
  '0', '600', '-1', '+1', '0755', '0o755', '0x1F', '0b1', '1_000', '1:20', '190:20:30.15', '.5', '1.', '1e3',
  '1.5e-3', '.inf', '-.Inf', '.NaN', '2001-12-14', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5',
  '=', '<<', ' leading', 'trailing ', ' both ', '-', '- item', '-x', '?', '? x', ':', ':x', 'a: b', 'a:', 'a #b',
  '#comment', '&anchor', '*alias', '!tag', '!!str', '|', '>', "'", '"', '%YAML', '@at', '`tick', '{}', '[]',
  '{a: 1}', '[1, 2]', ',', '---', '...', '--- x', 'a\nb', 'a\nb\n', 'a\n\n', 'a\n\n\n', '\na', ' a\nb', 'a \nb',
  'a\n \nb', 'line1\n  indented\nend\n', '\\', 'C:\\dir\\x', '"quoted"', "it's", 'tab\tinside', 'cr\rlf',
  'crlf\r\n', 'nel\u0085x', 'ls\u2028x', 'nbsp\u00a0x', 'bom\ufeffx', 'nul\u0000x', 'bell\u0007x', 'del\u007fx',
  'é', '😀', '\ud800', 'x\udfff', '2.15.1', 'nginx.ingress.kubernetes.io/proxy-body-size', 'polyaxon.acme.com',
  '$HOME', '`id`', '$(id)', "a'b\"c", '{{ .Values.x }}', 'key=value', 'a,b', 'a.b', 'a[0]', '\\,', '{', '}',
];

const stringArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'aZ09 \t\n-:#,.[]{}&*!|>\'"%@`?~=<_+\\/$'.split('')), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...TRICKY_STRINGS), fc.constantFrom(...TRICKY_STRINGS)).map(([a, b]) => a + b) },
);

const keyArb: fc.Arbitrary<string> = stringArb.filter((k) => !FORBIDDEN_KEYS.has(k));

const scalarArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: stringArb },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** Random nested values trees (maps, lists, scalars) with nasty keys and strings. */
export const valuesArb: fc.Arbitrary<Values> = fc.letrec<{ node: unknown; map: Values }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: scalarArb },
    { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 4 }) },
    { weight: 1, arbitrary: tie('map') },
  ),
  map: fc.dictionary(keyArb, tie('node'), { maxKeys: 5 }),
})).map;
