/**
 * YAML documents fed to Helm's own values reader (interop/yaml-reader, go-yaml v2 through sigs.k8s.io/yaml, as
 * Helm v3.22.0 reads `-f values.yaml`) and to our loader (src/core/import/safe-yaml.ts): numeric, boolean and
 * float map keys, YAML 1.1 scalars, NEL / LS / PS line breaks, merge keys, anchors and aliases, block and flow
 * styles, quoting and escapes. interop/tests/yaml-reader.interop.test.ts requires the same data, or both refusing.
 *
 * `refused` marks the few documents Helm reads but our loader refuses on purpose, with the reason: the user gets a
 * clear error instead of data that would differ between readers. Never data that differs.
 */
export interface CorpusEntry {
  readonly name: string;
  readonly doc: string;
  readonly refused?: string;
}

const NEL = '\u0085';
const LS = '\u2028';
const PS = '\u2029';
const UNINDENTED = 'a quoted value continued on a line that is not indented: go-yaml v2 accepts it, YAML 1.2 readers refuse it';

export const YAML_CORPUS: readonly CorpusEntry[] = [
  // scalars (YAML 1.1 as go-yaml v2 reads them)
  { name: 'plain scalars', doc: 'a: 1\nb: 2.5\nc: text\nd: true\ne: null\nf: ~\ng:\n' },
  { name: 'YAML 1.1 booleans', doc: 'a: yes\nb: No\nc: ON\nd: off\ne: y\nf: N\ng: True\nh: FALSE\n' },
  { name: 'ints in every base', doc: 'a: 0755\nb: 0o17\nc: 0x1F\nd: 0b101\ne: -0x1f\nf: +12\ng: 1_000\nh: 08\ni: 0\nj: -0\n' },
  { name: 'floats', doc: 'a: 1.5\nb: .5\nc: 1.\nd: 1e3\ne: -1.5E-3\nf: 6.8523015e+5\ng: 1_000.5\nh: 0.1\n' },
  { name: 'large numbers', doc: 'a: 9223372036854775807\nb: 9223372036854775808\nc: 18446744073709551615\nd: 18446744073709551616\ne: -9223372036854775809\nf: 12345678901234567890123\n' },
  { name: 'number look-alikes that stay text', doc: 'a: 1:20\nb: 1_000e3\nc: 0x\nd: 2.15.1\ne: 1e\nf: +.5.\ng: 0b2\nh: 12:30:00\n' },
  { name: 'timestamps stay text', doc: 'a: 2001-12-14\nb: 2001-12-14t21:59:43.10-05:00\nc: 2001-12-14 21:59:43.10 -5\n' },
  { name: 'infinity', doc: 'a: .inf\n' },
  { name: 'not a number', doc: 'a: .nan\n' },
  { name: 'quoted scalars keep their text', doc: "a: \"yes\"\nb: '0755'\nc: \"1e3\"\nd: 'null'\ne: \"\"\nf: 'it''s'\n" },
  { name: 'double-quoted escapes', doc: 'a: "tab\\there"\nb: "\\x41\\u00e9\\U0001F680"\nc: "line\\nbreak"\nd: "\\N\\_\\L\\P"\ne: "back\\\\slash \\"q\\""\n' },
  { name: 'tagged scalars', doc: 'a: !!str 123\nb: !!int "12"\nc: !!float 1\nd: !!bool "true"\ne: !!null ""\nf: ! 12\n' },
  // map keys
  { name: 'integer keys', doc: '1: a\n0x1f: b\n0755: c\n-3: d\n+4: e\n1_000: f\n9223372036854775807: g\n' },
  { name: 'float keys', doc: '1.5: a\n0.1: b\n1e3: c\n1e20: d\n3.14159265358979: e\n123456.5: f\n1234567.0: g\n0.00001: h\n2.0: i\n' },
  { name: 'boolean keys', doc: 'yes: a\noff: b\n' },
  { name: 'keys yes and true in one map', doc: 'yes: a\ntrue: b\n', refused: 'both become the key "true": Helm silently keeps the last one' },
  { name: 'quoted number keys stay text', doc: '"1": a\n\'0755\': b\n"1.50": c\n' },
  { name: 'an integer key beyond int64', doc: '9223372036854775808: a\n' },
  { name: 'a null key', doc: '~: a\n' },
  { name: 'an infinite key', doc: '.inf: a\n' },
  { name: 'keys 1 and "1" in one map', doc: '1: a\n"1": b\n', refused: 'two keys become the same text "1": Helm keeps one of them (which one is unspecified)' },
  { name: 'complex key', doc: '? a\n: b\n? [x]\n: c\n' },
  { name: 'duplicate keys', doc: 'a: 1\na: 2\n', refused: 'Helm silently keeps the last value' },
  // line breaks
  { name: 'CRLF line ends', doc: 'a: 1\r\nb:\r\n  c: two words\r\n' },
  { name: 'CR line ends', doc: 'a: 1\rb: 2\r' },
  { name: 'NEL between entries', doc: `a: 1${NEL}b: 2${NEL}` },
  { name: 'NEL inside a plain scalar', doc: `a: x${NEL}  y\nb: 2\n` },
  { name: 'NEL inside double quotes', doc: `a: "x${NEL} y"\n` },
  { name: 'NEL inside double quotes, continued at column 0', doc: `a: "x${NEL}y"\n`, refused: UNINDENTED },
  { name: 'double quotes continued at column 0', doc: 'a: "x\ny"\n', refused: UNINDENTED },
  { name: 'double quotes continued with indentation', doc: 'a: "x\n  y"\n' },
  { name: 'NEL in a literal block', doc: `a: |\n  x${NEL}  y\n` },
  { name: 'NEL ends a comment', doc: `# note${NEL}a: 1\n` },
  { name: 'LS inside a plain scalar', doc: `a: x${LS}y\n` },
  { name: 'NEL and spaces inside single quotes', doc: `a: 'x ${NEL} y'\n` },
  { name: 'negative zero float key', doc: '-0.0: a\n' },
  { name: 'float key beyond float32', doc: '1e39: a\n' },
  { name: 'integer key beyond uint64', doc: '99999999999999999999: a\n' },
  { name: 'LS inside double quotes', doc: `a: "x${LS}y"\n`, refused: 'U+2028 is a line break for Helm (YAML 1.1) and plain text for YAML 1.2 readers' },
  { name: 'PS inside single quotes', doc: `a: 'x ${PS} y'\n`, refused: 'U+2029 is a line break for Helm (YAML 1.1) and plain text for YAML 1.2 readers' },
  { name: 'LS in a literal block', doc: `a: |\n  x${LS}y\n` },
  { name: 'LS ends a comment', doc: `# note${LS}a: 1\n`, refused: 'U+2028 is a line break for Helm (YAML 1.1) and plain text for YAML 1.2 readers' },
  { name: 'escaped LS and NEL are text', doc: 'a: "x\\Ly\\Nz"\n' },
  { name: 'BOM', doc: '\ufeffa: 1\n' },
  { name: 'tab after a value', doc: 'a: 1\t\nb: x\t# c\n' },
  // block and flow styles
  { name: 'block scalars', doc: 'a: |\n  l1\n  l2\nb: >\n  f1\n  f2\n\n  f3\nc: |-\n  x\nd: |+\n  y\n\ne: |2\n    indented\n' },
  { name: 'flow collections', doc: 'a: {b: 1, c: [x, "y", 2.5, {d: e}]}\nf: []\ng: {}\n' },
  { name: 'plain multi-line scalar', doc: 'a: one\n  two\n\n  three\n' },
  { name: 'nested lists of maps', doc: 'a:\n- b: 1\n  c:\n  - d\n  - e: f\n- [1, 2]\n' },
  { name: 'comments everywhere', doc: '# top\na: 1 # one\n# mid\nb: # after key\n  c: x#not-a-comment\n' },
  { name: 'unicode text', doc: 'a: é ü 漢字 🚀\n"ключ": значение\n' },
  { name: 'document markers', doc: '---\na: 1\n...\n' },
  { name: 'two documents', doc: 'a: 1\n---\nb: 2\n', refused: 'Helm reads only the first document and silently drops the rest' },
  // anchors, aliases and merge keys
  { name: 'anchors and aliases', doc: 'base: &b {x: 1, y: [a, b]}\nuse: *b\nlist:\n- &s scalar\n- *s\n' },
  { name: 'merge key', doc: 'base: &b {x: 1, y: 2}\nm:\n  <<: *b\n  y: 3\n' },
  { name: 'merge key after an explicit key', doc: 'base: &b {x: 1, y: 2}\nm:\n  y: 3\n  <<: *b\n' },
  { name: 'merge of a list', doc: 'a: &a {x: 1, z: 1}\nb: &b {x: 2, y: 2}\nm:\n  <<: [*a, *b]\n  w: 0\n' },
  { name: 'merge of an inline map', doc: 'm:\n  <<: {x: 1}\n  y: 2\n' },
  { name: 'merge of a scalar', doc: 'a: &a 1\nm:\n  <<: *a\n' },
  { name: 'alias as a key', doc: 'k: &k name\n*k : v\n' },
  { name: 'an alias before its anchor', doc: 'a: *x\nb: &x 1\n' },
  { name: 'an anchor redefined', doc: 'a: &x 1\nb: &x 2\nc: *x\n' },
  { name: 'quoted merge key is a key', doc: 'm:\n  "<<": {x: 1}\n' },
  // the top level
  { name: 'empty text', doc: '' },
  { name: 'only a comment', doc: '# nothing\n' },
  { name: 'null document', doc: 'null\n' },
  { name: 'a list at the top', doc: '- a\n- b\n' },
  { name: 'a scalar at the top', doc: 'text\n' },
  { name: 'invalid indentation', doc: 'a:\n  b: 1\n c: 2\n' },
  { name: 'unclosed quote', doc: 'a: "x\n' },
  { name: 'tab indentation', doc: 'a:\n\tb: 1\n' },
];
