import { isPlainMap } from '../../src/shared/values';

/**
 * What the random configs exercised, counted over the values written
 * (`changed`), so a weaker generator shows up as a failing count instead of
 * silently passing tests.
 */
const FEATURES = {
  'map key with "." and "/"': (k: string | undefined, _v: unknown) => k !== undefined && k.includes('.') && k.includes('/'),
  'string with ","': (_k: string | undefined, v: unknown) => typeof v === 'string' && v.includes(','),
  'string with a quote': (_k: string | undefined, v: unknown) => typeof v === 'string' && /["']/.test(v),
  'string with "$"': (_k: string | undefined, v: unknown) => typeof v === 'string' && v.includes('$'),
  'string with a space': (_k: string | undefined, v: unknown) => typeof v === 'string' && v.includes(' '),
  'multi-line string': (_k: string | undefined, v: unknown) => typeof v === 'string' && v.includes('\n'),
  'YAML 1.1 word or octal as a string': (_k: string | undefined, v: unknown) => typeof v === 'string' && /^(yes|no|on|off|y|n|true|false|null|~|0[0-7]+)$/i.test(v),
  'numeric string': (_k: string | undefined, v: unknown) => typeof v === 'string' && /^[0-9]+$/.test(v),
  integer: (_k: string | undefined, v: unknown) => typeof v === 'number' && Number.isInteger(v),
  'null (emptied default)': (_k: string | undefined, v: unknown) => v === null,
  'emptied default map (affinity: null)': (k: string | undefined, v: unknown) => k === 'affinity' && v === null,
} as const;

export type Feature = keyof typeof FEATURES;

function visit(value: unknown, key: string | undefined, hit: Set<Feature>): void {
  for (const [name, test] of Object.entries(FEATURES) as Array<[Feature, (k: string | undefined, v: unknown) => boolean]>) {
    if (test(key, value)) hit.add(name);
  }
  if (Array.isArray(value)) value.forEach((item) => visit(item, undefined, hit));
  else if (isPlainMap(value)) for (const [k, v] of Object.entries(value)) visit(v, k, hit);
}

/** The features one values tree has. */
function featuresOf(values: unknown): Set<Feature> {
  const hit = new Set<Feature>();
  visit(values, undefined, hit);
  return hit;
}

/** How many trees have each feature (every feature listed, zeros included). */
export function countFeatures(trees: readonly unknown[]): Record<Feature, number> {
  const counts = Object.fromEntries(Object.keys(FEATURES).map((k) => [k, 0])) as Record<Feature, number>;
  for (const t of trees) for (const f of featuresOf(t)) counts[f] += 1;
  return counts;
}
