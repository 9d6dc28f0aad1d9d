import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { normalizeValues } from '../core/values/normalize';
import { CHART_VERSIONS, LATEST_CHART_VERSION } from './chart-versions';
import { chartDefaults } from './defaults';
import { metaOf, schemaAt } from './walk';
import { valuesSchema } from './values-schema';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const shared = path.resolve(repoRoot, '../shared');
const valuesDir = path.join(shared, 'spec/chart-values');
const hasShared = existsSync(valuesDir);
if (!hasShared) console.warn(`Skipping chart-values tests: ${valuesDir} is absent`);

function readYaml(file: string): Record<string, unknown> {
  return load(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Leaf paths of `values` the schema does not cover (descending while the schema node is a group). */
function uncovered(values: Record<string, unknown>, prefix: string[] = []): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const p = [...prefix, key];
    const node = schemaAt(valuesSchema, p);
    const meta = node ? metaOf(node) : undefined;
    if (!node || !meta) {
      out.push(p.join('.'));
    } else if (meta.kind === 'group') {
      if (isMap(value)) out.push(...uncovered(value, p));
      else if (value !== null) out.push(`${p.join('.')} (a group in the schema, ${JSON.stringify(value)} in values.yaml)`);
    }
  }
  return out;
}

describe.skipIf(!hasShared)('the schema against the chart’s values.yaml', () => {
  test('the chart-values folder holds exactly the supported releases', () => {
    for (const v of CHART_VERSIONS) expect(existsSync(path.join(valuesDir, `${v}.yaml`)), v).toBe(true);
  });

  test(`every leaf of ${LATEST_CHART_VERSION}/values.yaml is a schema key`, () => {
    expect(uncovered(readYaml(path.join(valuesDir, `${LATEST_CHART_VERSION}.yaml`)))).toEqual([]);
  });

  test('every leaf of every release’s values.yaml is a schema key', () => {
    const missing = CHART_VERSIONS.flatMap((v) => uncovered(readYaml(path.join(valuesDir, `${v}.yaml`))).map((k) => `${v}: ${k}`));
    expect(missing).toEqual([]);
  });

  test.each(CHART_VERSIONS.map((v) => [v]))('chartDefaults(%s) equals the release’s values.yaml', (version) => {
    const expected = readYaml(path.join(valuesDir, `${version}.yaml`));
    expect(chartDefaults(version)).toStrictEqual(expected);
  });

  test.each(CHART_VERSIONS.map((v) => [v]))('the normalized defaults of %s pass the schema', (version) => {
    const result = valuesSchema.safeParse(normalizeValues(chartDefaults(version)));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  test('the realistic override fixture passes the schema', () => {
    const file = path.join(shared, 'fixtures/realistic-override.yaml');
    const result = valuesSchema.safeParse(normalizeValues(readYaml(file)));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
});

describe('chartDefaults', () => {
  test('returns a fresh copy each time', () => {
    const a = chartDefaults(LATEST_CHART_VERSION);
    (a.gateway as Record<string, unknown>).replicas = 99;
    expect((chartDefaults(LATEST_CHART_VERSION).gateway as Record<string, unknown>).replicas).toBe(1);
  });

  test('versioned defaults resolve per release', () => {
    expect(chartDefaults('2.13.0').limitResources).toBe(false);
    expect(chartDefaults('2.14.0').limitResources).toBe(true);
    expect(chartDefaults('2.0.0').dns).toEqual({});
    expect((chartDefaults('2.1.5').dns as Record<string, unknown>).prefix).toBeNull();
    expect((chartDefaults('2.1.6').dns as Record<string, unknown>).prefix).toBe('');
    expect((chartDefaults('2.8.0').agent as Record<string, unknown>).enableFinalizers).toBe(false);
    expect(chartDefaults('2.8.1').agent).not.toHaveProperty('enableFinalizers');
    expect(chartDefaults('2.11.1').operators).toHaveProperty('paddlejob', false);
    expect(chartDefaults('2.12.0').operators).not.toHaveProperty('paddlejob');
    expect((chartDefaults('2.3.0').agent as Record<string, unknown>).imageTag).toBe('2.3.0');
  });
});
