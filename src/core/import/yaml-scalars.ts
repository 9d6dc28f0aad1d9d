/**
 * How Helm reads a plain (unquoted) YAML scalar. Helm loads values with
 * sigs.k8s.io/yaml, which decodes with go-yaml v2: YAML 1.1 booleans
 * (`yes`, `on`, `n`, ...), leading-zero octal (`0600` is 384), `_` digit
 * separators, hex/octal/binary prefixes; no base-60 numbers; timestamps stay
 * strings when decoded into an untyped value. This module mirrors go-yaml v2's
 * `resolve()` so that an import gives what `helm install -f` would give.
 */

export type ResolvedScalar =
  | { readonly kind: 'null'; readonly value: null }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'int'; readonly value: number }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'merge'; readonly value: '<<' };

const TRUE_WORDS = ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'];
const FALSE_WORDS = ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'];
const NULL_WORDS = ['', '~', 'null', 'Null', 'NULL'];
const NAN_WORDS = ['.nan', '.NaN', '.NAN'];
const INF_WORDS = ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'];
const NEG_INF_WORDS = ['-.inf', '-.Inf', '-.INF'];

const WORDS = new Map<string, ResolvedScalar>();
for (const w of TRUE_WORDS) WORDS.set(w, { kind: 'bool', value: true });
for (const w of FALSE_WORDS) WORDS.set(w, { kind: 'bool', value: false });
for (const w of NULL_WORDS) WORDS.set(w, { kind: 'null', value: null });
for (const w of NAN_WORDS) WORDS.set(w, { kind: 'float', value: Number.NaN });
for (const w of INF_WORDS) WORDS.set(w, { kind: 'float', value: Number.POSITIVE_INFINITY });
for (const w of NEG_INF_WORDS) WORDS.set(w, { kind: 'float', value: Number.NEGATIVE_INFINITY });
WORDS.set('<<', { kind: 'merge', value: '<<' });

/** Booleans that YAML 1.2 reads as strings but Helm (YAML 1.1) reads as booleans. */
const YAML11_ONLY_BOOLS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF']);

const GO_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

const DIGITS: Record<number, RegExp> = {
  2: /^[01]+$/,
  8: /^[0-7]+$/,
  10: /^[0-9]+$/,
  16: /^[0-9a-fA-F]+$/,
};

/**
 * Go's `strconv.ParseInt(s, 0, 64)`, falling back to `ParseUint(s, 0, 64)`:
 * optional sign, `0x`/`0o`/`0b` prefixes (any case), a leading `0` for
 * octal, and the int64 (or, unsigned, uint64) range. Undefined when Go fails.
 * Exact (a bigint), for map keys, which Helm writes out digit for digit.
 */
export function parseGoBigInt(s: string): bigint | undefined {
  let sign = '';
  let body = s;
  if (body.startsWith('+') || body.startsWith('-')) {
    sign = body[0] as string;
    body = body.slice(1);
  }
  let base = 10;
  if (/^0[xX]/.test(body)) {
    base = 16;
    body = body.slice(2);
  } else if (/^0[oO]/.test(body)) {
    base = 8;
    body = body.slice(2);
  } else if (/^0[bB]/.test(body)) {
    base = 2;
    body = body.slice(2);
  } else if (body.length > 1 && body.startsWith('0')) {
    base = 8;
    body = body.slice(1);
  }
  const digits = DIGITS[base] as RegExp;
  if (!digits.test(body)) return undefined;
  const prefix = base === 16 ? '0x' : base === 8 ? '0o' : base === 2 ? '0b' : '';
  const magnitude = BigInt(prefix + body);
  const value = sign === '-' ? -magnitude : magnitude;
  if (value >= INT64_MIN && value <= INT64_MAX) return value;
  if (sign === '' && value <= UINT64_MAX) return value;
  return undefined;
}

/** {@link parseGoBigInt} as a number (Helm's values hold numbers as float64). */
export function parseGoInteger(s: string): number | undefined {
  const value = parseGoBigInt(s);
  return value === undefined ? undefined : Number(value);
}

/** True when an integer go-yaml v2 parsed is beyond int64, which it keeps as a uint64. */
export function isGoUint64(value: bigint): boolean {
  return value > INT64_MAX;
}

/**
 * Go's `strconv.FormatFloat(x, 'g', -1, 32)`, with go-yaml's names for the
 * infinities and NaN: the text sigs.k8s.io/yaml makes of a float map key
 * (`1.5:` is "1.5", `1e20:` is "1e+20", `3.14159265358979:` is "3.1415927":
 * the key goes through float32).
 */
export function goFloat32Key(x: number): string {
  const f = Math.fround(x);
  if (Number.isNaN(f)) return '.nan';
  if (f === Number.POSITIVE_INFINITY) return '.inf';
  if (f === Number.NEGATIVE_INFINITY) return '-.inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const abs = Math.abs(f);
  // The shortest decimal that reads back as the same float32 (Go's shortest formatting).
  let digits = '';
  let exp = 0;
  for (let p = 1; p <= 9; p += 1) {
    const [mantissa = '', e = '0'] = abs.toExponential(p - 1).split('e');
    if (Math.fround(Number(`${mantissa}e${e}`)) === abs) {
      digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
      exp = Number(e);
      break;
    }
  }
  const sign = f < 0 ? '-' : '';
  if (exp < -4 || exp >= 6) {
    const e = Math.abs(exp);
    return `${sign}${digits[0] as string}${digits.length > 1 ? `.${digits.slice(1)}` : ''}e${exp < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const fraction = digits.slice(exp + 1);
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

function firstCharHint(s: string): 'D' | 'S' | '.' | 'M' | undefined {
  const c = s[0];
  if (c === undefined) return 'M';
  if (c >= '0' && c <= '9') return 'D';
  if (c === '+' || c === '-') return 'S';
  if (c === '.') return '.';
  if ('yYnNtTfFoO~<'.includes(c)) return 'M';
  return undefined;
}

/** go-yaml v2 `resolve("", text)` for an untagged plain scalar. */
export function resolvePlainScalar(text: string): ResolvedScalar {
  const hint = firstCharHint(text);
  if (hint === undefined) return { kind: 'str', value: text };
  const word = WORDS.get(text);
  if (word) return word;
  if (hint === '.') {
    if (DOT_FLOAT.test(text)) return { kind: 'float', value: Number(text) };
    return { kind: 'str', value: text };
  }
  if (hint === 'D' || hint === 'S') {
    const plain = text.replace(/_/g, '');
    const int = parseGoInteger(plain);
    if (int !== undefined) return { kind: 'int', value: int };
    if (GO_FLOAT.test(plain)) {
      const f = Number(plain);
      // Go's ParseFloat fails on overflow (1e999), and go-yaml then keeps the text.
      if (Number.isFinite(f)) return { kind: 'float', value: f };
    }
  }
  return { kind: 'str', value: text };
}

/**
 * Why a plain scalar reads differently under Helm's YAML 1.1 rules than a
 * YAML 1.2 reader (or a person) would expect, as a short sentence; undefined
 * when there is nothing surprising.
 */
export function yaml11Surprise(text: string, resolved: ResolvedScalar): string | undefined {
  if (resolved.kind === 'bool' && YAML11_ONLY_BOOLS.has(text)) {
    return `\`${text}\` was read as ${String(resolved.value)} (YAML 1.1, as Helm reads it); quote it to keep the text`;
  }
  if (resolved.kind === 'int' || resolved.kind === 'float') {
    const body = text.replace(/^[-+]/, '');
    if (/^0[0-7]+$/.test(body.replace(/_/g, ''))) {
      return `\`${text}\` was read as the octal number ${String(resolved.value)} (YAML 1.1, as Helm reads it); quote it to keep the text`;
    }
    if (text.includes('_')) {
      return `\`${text}\` was read as the number ${String(resolved.value)} (YAML 1.1 ignores \`_\`); quote it to keep the text`;
    }
    if (/^0[bB]/.test(body)) {
      return `\`${text}\` was read as the binary number ${String(resolved.value)}; quote it to keep the text`;
    }
  }
  return undefined;
}
