/**
 * Kubernetes resource quantities (k8s.io/apimachinery resource.Quantity),
 * parsed exactly so that two of them can be compared: `1100m` equals `1.1`,
 * `1Gi` is more than `1G`. Floating point would get the first one wrong.
 */

/** A quantity as an exact number: `mantissa × 10^pow10 × 2^pow2`. */
export interface Quantity {
  readonly mantissa: bigint;
  readonly pow10: number;
  readonly pow2: number;
}

const DECIMAL_SI: Readonly<Record<string, number>> = { m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SI: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

const QUANTITY = /^([+-]?)(\d*)(?:\.(\d*))?(?:([eE])([+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E))?$/;

/** Exponents beyond this are not quantities anyone means (Kubernetes caps them near 2^63). */
const MAX_EXPONENT = 100;

/**
 * The exact value of a quantity written as text (`500m`, `2`, `1.5Gi`,
 * `1e3`, `128M`) or as a YAML number; undefined when it is not one.
 */
export function parseQuantity(value: unknown): Quantity | undefined {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    text = String(value).replace('e+', 'e');
  } else if (typeof value === 'string') {
    text = value.trim();
  } else {
    return undefined;
  }
  const m = QUANTITY.exec(text);
  if (!m) return undefined;
  const [, sign = '', whole = '', fraction = '', exponentMark, exponent, suffix = ''] = m;
  if (whole === '' && fraction === '') return undefined;
  let pow10 = fraction.length === 0 ? 0 : -fraction.length;
  let pow2 = 0;
  if (exponentMark !== undefined) pow10 += Number(exponent);
  else if (suffix in BINARY_SI) pow2 = BINARY_SI[suffix] as number;
  else pow10 += DECIMAL_SI[suffix] as number;
  if (Math.abs(pow10) > MAX_EXPONENT) return undefined;
  const digits = BigInt(`${whole}${fraction}` || '0');
  return { mantissa: sign === '-' ? -digits : digits, pow10, pow2 };
}

/** -1, 0 or 1 as `a` is less than, equal to or more than `b`. */
export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
  // Scale both to the smaller powers so every factor left is a whole number.
  const p10 = Math.min(a.pow10, b.pow10);
  const p2 = Math.min(a.pow2, b.pow2);
  const scaled = (q: Quantity) => q.mantissa * 10n ** BigInt(q.pow10 - p10) * 2n ** BigInt(q.pow2 - p2);
  const x = scaled(a);
  const y = scaled(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
