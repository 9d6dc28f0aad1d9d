import { DEFAULT_SCALAR_STYLE_RULES, DUMP_SCHEMA, SCALAR_STYLE, dump, type ScalarLayout, type ScalarStyleRule } from 'js-yaml';
import { isPlainMap, type Values } from '../../shared/values';
import { needsQuoting } from './yaml11';

const STR_TAG = 'tag:yaml.org,2002:str';

/** Characters a literal block may not carry (escapes are needed), plus tabs, kept out for portability. */
// eslint-disable-next-line no-control-regex
const BLOCK_UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\xa0\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;

/**
 * Whether a multi-line string reads back identically from a literal block in
 * every YAML reader we target: no leading blank or space (no indentation
 * indicator needed), no line with trailing whitespace or only whitespace,
 * nothing that needs escaping, at most one final newline (a kept block at the
 * end of the document would need a `...` marker). Anything else is double-quoted.
 */
function literalFriendly(s: string): boolean {
  if (s.startsWith(' ') || s.startsWith('\n') || s.endsWith('\n\n') || BLOCK_UNSAFE.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, 'x'))) return false;
  return s.split('\n').every((line) => !/[ \t]$/.test(line));
}

/**
 * Our first styling rule: a string that a YAML 1.1 reader (Helm's yaml.v2,
 * PyYAML) would not read back as the same string leaves plain style. Multi-line
 * values become literal blocks when that is safe, everything else is
 * double-quoted. The default js-yaml rules then run on what is still plain.
 */
const quoteForYaml11: ScalarStyleRule = (layout: ScalarLayout) => {
  const { node } = layout;
  if (layout.style !== SCALAR_STYLE.PLAIN || node.tagged || node.tag !== STR_TAG) return;
  if (!needsQuoting(node.value)) return;
  const blockAllowed = (layout.allowedStylesMask & (1 << SCALAR_STYLE.LITERAL_BLOCK)) !== 0;
  layout.style = !layout.isKey && blockAllowed && node.value.includes('\n') && literalFriendly(node.value) ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.DOUBLE_QUOTED;
};

const RULES: readonly ScalarStyleRule[] = [quoteForYaml11, ...Object.values(DEFAULT_SCALAR_STYLE_RULES)];

/** Drops undefined map entries (absent keys); undefined list items become null. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : prune(item)));
  if (isPlainMap(value)) {
    const out: Values = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = prune(v);
    return out;
  }
  return value;
}

/**
 * Writes values as YAML that Helm (yaml.v2), the Polyaxon CLI (PyYAML) and
 * YAML 1.2 readers all read back unchanged: block style, 2-space indent, no
 * line folding, no anchors, keys in the given order, `null` for nulls, and
 * every string quoted when a YAML 1.1 reader would take it for something else
 * (yes/on/0755/1e3/2001-12-14/...). Ends with a newline; an empty map is "{}\n".
 */
export function toYaml(values: Values): string {
  return dump(prune(values), {
    schema: DUMP_SCHEMA,
    indent: 2,
    lineWidth: -1,
    noRefs: true,
    flowLevel: -1,
    quoteStyle: 'double',
    scalarStyleRules: RULES,
  });
}
