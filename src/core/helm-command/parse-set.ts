import { FORBIDDEN_KEYS, isPlainMap, type Values } from '../../shared/values';
import { MAX_INDEX, MAX_NESTED_NAME_LEVEL, type SetFlag } from './set-flags';

/**
 * Helm's `--set`, `--set-string` and `--set-json` parser (helm/pkg/strvals,
 * Helm 3.10+), rewritten rule for rule so that generated flags can be read
 * back and `helm install --set ...` lines can be imported.
 */

class StrvalsError extends Error {}

/** End of input, which the Go parser also uses to stop (io.EOF). */
const EOF = Symbol('EOF');
/** The value is not a `{a,b}` list (ErrNotList). */
const NOT_LIST = Symbol('not a list');
type Signal = typeof EOF | typeof NOT_LIST;

/** Reads runes (code points) with one rune of push-back, like bytes.Buffer. */
class RuneReader {
  private readonly runes: string[];
  private pos = 0;
  constructor(text: string) {
    this.runes = Array.from(text);
  }
  read(): string | typeof EOF {
    if (this.pos >= this.runes.length) return EOF;
    return this.runes[this.pos++] as string;
  }
  unread(): void {
    this.pos -= 1;
  }
  rest(): string {
    return this.runes.slice(this.pos).join('');
  }
  skipCodeUnits(n: number): void {
    let units = 0;
    while (units < n && this.pos < this.runes.length) units += (this.runes[this.pos++] as string).length;
  }
}

/** unicode.IsSpace */
function isGoSpace(r: string): boolean {
  return /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/.test(r);
}

/** runesUntil: reads up to a stop rune; `\x` gives `x`. `last` is EOF when the input ended. */
function runesUntil(sc: RuneReader, stop: string): { v: string; last: string | typeof EOF } {
  let v = '';
  for (;;) {
    const r = sc.read();
    if (r === EOF) return { v, last: EOF };
    if (stop.includes(r)) return { v, last: r };
    if (r === '\\') {
      const next = sc.read();
      if (next === EOF) return { v, last: EOF };
      v += next;
    } else {
      v += r;
    }
  }
}

/** Helm's typedVal: --set reads true/false/null (any case), 0 and decimal int64s not starting with 0. */
function typedVal(val: string, asString: boolean): unknown {
  if (asString) return val;
  const lower = val.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  if (lower === 'null') return null;
  if (val === '0') return 0;
  if (val !== '' && !val.startsWith('0') && /^[+-]?[0-9]+$/.test(val)) {
    const n = BigInt(val);
    if (n >= -(2n ** 63n) && n <= 2n ** 63n - 1n) return Number(n);
  }
  return val;
}

/** Length (in UTF-16 units) of the first JSON value in `s` after JSON whitespace, as json.Decoder reads it. */
function jsonValueEnd(s: string): number {
  let i = 0;
  while (i < s.length && ' \t\r\n'.includes(s[i] as string)) i += 1;
  if (i >= s.length) throw new StrvalsError('unexpected end of JSON input');
  const c = s[i] as string;
  if (c === '{' || c === '[') {
    let depth = 0;
    for (; i < s.length; i += 1) {
      const ch = s[i] as string;
      if (ch === '"') {
        i = stringEnd(s, i) - 1;
      } else if (ch === '{' || ch === '[') {
        depth += 1;
      } else if (ch === '}' || ch === ']') {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
    }
    throw new StrvalsError('unexpected end of JSON input');
  }
  if (c === '"') return stringEnd(s, i);
  const m = /^(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null)/.exec(s.slice(i));
  if (!m) throw new StrvalsError(`invalid character ${JSON.stringify(c)} looking for beginning of value`);
  return i + m[0].length;
}

function stringEnd(s: string, start: number): number {
  for (let i = start + 1; i < s.length; i += 1) {
    if (s[i] === '\\') i += 1;
    else if (s[i] === '"') return i + 1;
  }
  throw new StrvalsError('unexpected end of JSON input');
}

function rejectForbiddenKeys(value: unknown): void {
  if (Array.isArray(value)) value.forEach(rejectForbiddenKeys);
  else if (isPlainMap(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(k)) throw new StrvalsError(`key ${JSON.stringify(k)} is not allowed`);
      rejectForbiddenKeys(v);
    }
  }
}

function setKey(data: Values, key: string, val: unknown): void {
  if (key === '') return; // Helm ignores empty keys
  if (FORBIDDEN_KEYS.has(key)) throw new StrvalsError(`key ${JSON.stringify(key)} is not allowed`);
  data[key] = val;
}

function setIndex(list: unknown[], index: number, val: unknown): unknown[] {
  if (index < 0) throw new StrvalsError(`negative ${index} index not allowed`);
  if (index > MAX_INDEX) throw new StrvalsError(`index of ${index} is greater than maximum supported index of ${MAX_INDEX}`);
  while (list.length <= index) list.push(null);
  list[index] = val;
  return list;
}

class Parser {
  constructor(
    private readonly sc: RuneReader,
    private readonly data: Values,
    private readonly mode: SetFlag['kind'],
  ) {}

  parse(): void {
    for (;;) {
      const signal = this.key(this.data, 0);
      if (signal === EOF) return;
    }
  }

  private reader(rs: string): unknown {
    return typedVal(rs, this.mode === 'set-string');
  }

  /** Returns EOF at the end of input, undefined to go on; throws on errors. */
  private key(data: Values, nestedNameLevel: number): typeof EOF | undefined {
    const { v: k, last } = runesUntil(this.sc, '=[,.');
    if (last === EOF) {
      if (k.length === 0) return EOF;
      throw new StrvalsError(`key ${JSON.stringify(k)} has no value`);
    }
    if (last === '[') {
      const i = this.keyIndex();
      let list: unknown[] = [];
      if (Object.prototype.hasOwnProperty.call(data, k)) {
        const existing = data[k];
        if (!Array.isArray(existing)) throw new StrvalsError(`unable to parse key: ${JSON.stringify(k)} is not a list`);
        list = existing;
      }
      const { list: out, signal } = this.listItem(list, i, nestedNameLevel);
      setKey(data, k, out);
      return signal;
    }
    if (last === '=') {
      if (this.mode === 'set-json') return this.jsonValue((v) => setKey(data, k, v));
      const vl = this.valList();
      if (vl === EOF) {
        setKey(data, k, '');
        return EOF;
      }
      if (vl === NOT_LIST) {
        const { v: rs } = runesUntil(this.sc, ',');
        setKey(data, k, this.reader(rs));
        return undefined; // as in Helm: the next key() call meets the end of input
      }
      setKey(data, k, vl);
      return undefined;
    }
    if (last === ',') {
      setKey(data, k, '');
      throw new StrvalsError(`key ${JSON.stringify(k)} has no value (cannot end with ,)`);
    }
    // last === '.'
    const level = nestedNameLevel + 1;
    if (level > MAX_NESTED_NAME_LEVEL) {
      throw new StrvalsError(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`);
    }
    let inner: Values = {};
    if (Object.prototype.hasOwnProperty.call(data, k)) {
      const existing = data[k];
      if (!isPlainMap(existing)) throw new StrvalsError(`unable to parse key: ${JSON.stringify(k)} is not a map`);
      inner = existing;
    }
    const signal = this.key(inner, level);
    if (signal === undefined && Object.keys(inner).length === 0) throw new StrvalsError(`key map ${JSON.stringify(k)} has no value`);
    if (Object.keys(inner).length !== 0) setKey(data, k, inner);
    return signal;
  }

  /** A --set-json value: empty means null; else one JSON value, then blanks and a comma are skipped. */
  private jsonValue(assign: (v: unknown) => void): typeof EOF | undefined {
    if (this.emptyVal()) {
      assign(null);
      return undefined;
    }
    const rest = this.sc.rest();
    const end = jsonValueEnd(rest);
    let parsed: unknown;
    try {
      parsed = JSON.parse(rest.slice(0, end));
    } catch (e) {
      throw new StrvalsError(e instanceof Error ? e.message : String(e));
    }
    rejectForbiddenKeys(parsed);
    assign(parsed);
    this.sc.skipCodeUnits(end);
    this.emptyVal();
    return undefined;
  }

  private keyIndex(): number {
    const { v, last } = runesUntil(this.sc, ']');
    if (last === EOF) throw new StrvalsError('error parsing index: EOF');
    if (!/^[+-]?[0-9]+$/.test(v)) throw new StrvalsError(`error parsing index: strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`);
    return Number(v);
  }

  private listItem(list: unknown[], i: number, nestedNameLevel: number): { list: unknown[]; signal: typeof EOF | undefined } {
    if (i < 0) throw new StrvalsError(`negative ${i} index not allowed`);
    const { v: k, last } = runesUntil(this.sc, '[.=');
    if (k.length > 0) throw new StrvalsError(`unexpected data at end of array index: ${JSON.stringify(k)}`);
    if (last === EOF) return { list, signal: EOF };
    if (last === '=') {
      if (this.mode === 'set-json') {
        let out = list;
        const signal = this.jsonValue((v) => {
          out = setIndex(list, i, v);
        });
        return { list: out, signal };
      }
      const vl = this.valList();
      if (vl === EOF) return { list: setIndex(list, i, ''), signal: undefined };
      if (vl === NOT_LIST) {
        const { v: rs } = runesUntil(this.sc, ',');
        return { list: setIndex(list, i, this.reader(rs)), signal: undefined };
      }
      return { list: setIndex(list, i, vl), signal: undefined };
    }
    if (last === '[') {
      const nextI = this.keyIndex();
      let current: unknown[] = [];
      if (list.length > i && list[i] !== null && list[i] !== undefined) {
        const existing = list[i];
        if (!Array.isArray(existing)) throw new StrvalsError(`unable to parse key: index ${i} is not a list`);
        current = existing;
      }
      const { list: inner, signal } = this.listItem(current, nextI, nestedNameLevel);
      // Like Helm, an item that ends without a value is not stored.
      if (signal === EOF) return { list, signal };
      return { list: setIndex(list, i, inner), signal: undefined };
    }
    // last === '.'
    let inner: Values = {};
    if (list.length > i) {
      const existing = list[i];
      if (isPlainMap(existing)) inner = existing;
      else list[i] = inner;
    }
    const signal = this.key(inner, nestedNameLevel);
    // Like Helm, a map item whose last key ended the input is not stored.
    if (signal === EOF) return { list, signal };
    return { list: setIndex(list, i, inner), signal };
  }

  /** Skips Unicode spaces; true at the end of input or at a comma (both consumed). */
  private emptyVal(): boolean {
    for (;;) {
      const r = this.sc.read();
      if (r === EOF || r === ',') return true;
      if (!isGoSpace(r)) {
        this.sc.unread();
        return false;
      }
    }
  }

  /** A `{a,b}` list value, NOT_LIST when the value does not start with `{`, EOF when there is no value. */
  private valList(): unknown[] | Signal {
    const r = this.sc.read();
    if (r === EOF) return EOF;
    if (r !== '{') {
      this.sc.unread();
      return NOT_LIST;
    }
    const list: unknown[] = [];
    for (;;) {
      const { v: rs, last } = runesUntil(this.sc, ',}');
      if (last === EOF) throw new StrvalsError("list must terminate with '}'");
      if (last === '}') {
        const next = this.sc.read();
        if (next !== EOF && next !== ',') this.sc.unread();
        list.push(this.reader(rs));
        return list;
      }
      list.push(this.reader(rs));
    }
  }
}

/** Helm applies --set-json first, then --set, then --set-string, whatever their order on the command line. */
const KIND_ORDER: readonly SetFlag['kind'][] = ['set-json', 'set', 'set-string'];

/**
 * Reads Helm value flags into values, as `helm install` does before merging
 * them onto the chart's values. Throws an Error with Helm's message when a
 * flag does not parse.
 */
export function parseSetFlags(args: readonly SetFlag[]): Values {
  const data: Values = {};
  for (const kind of KIND_ORDER) {
    for (const arg of args) {
      if (arg.kind !== kind) continue;
      try {
        new Parser(new RuneReader(arg.expr), data, kind).parse();
      } catch (e) {
        if (e instanceof StrvalsError) throw new Error(`failed parsing --${kind} data: ${e.message}`, { cause: e });
        throw e;
      }
    }
  }
  return data;
}
