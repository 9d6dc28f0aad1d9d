import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { YAML11_SCHEMA, load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { GOLDEN_SCENARIOS } from '../test-utils/golden-scenarios';
import { CHART_VERSIONS, LATEST_CHART_VERSION } from './chart-versions';
import { chartDefaults } from './defaults';
import { toValuesJsonSchema } from './json-schema';

/**
 * Ajv judges the exported values.schema.json. The exporter writes draft-07
 * (`$schema: http://json-schema.org/draft-07/schema#`), so the test uses Ajv's
 * default class, which is the draft-07 one, in strict mode with no relaxation:
 * an unknown keyword, a keyword applied to a type it cannot check, a union type
 * Ajv would not allow or a `required` key without a definition fails to compile.
 * No `format` keyword is emitted (checked below), so ajv-formats is not needed.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const shared = path.resolve(repoRoot, '../shared');

/** Keywords that describe a node and never reject a value. */
const ANNOTATIONS = new Set(['$schema', '$comment', 'title', 'description', 'default']);

type JsonSchema = { [key: string]: unknown };

/** The schema without its annotations: releases with the same shape validate alike, so they share one compile. */
function shapeOf(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(shapeOf);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([keyword]) => !ANNOTATIONS.has(keyword))
      .map(([keyword, value]) => [keyword, keyword === 'properties' ? Object.fromEntries(Object.entries(value as JsonSchema).map(([k, v]) => [k, shapeOf(v)])) : shapeOf(value)]),
  );
}

const compiled = new Map<string, { validate: ValidateFunction; warnings: string[] }>();

/**
 * The release's schema compiled by Ajv (once per shape: about 10 for 42 releases). `code.optimize: false` skips
 * Ajv's pass that shrinks the generated code (a third of the compile time here); what it accepts is the same.
 */
function compile(version: string): { validate: ValidateFunction; warnings: string[] } {
  const schema = toValuesJsonSchema(version);
  const key = JSON.stringify(shapeOf(schema));
  const cached = compiled.get(key);
  if (cached) return cached;
  const warnings: string[] = [];
  const note = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  const ajv = new Ajv({ strict: true, allErrors: true, code: { optimize: false }, logger: { log: note, warn: note, error: note } });
  const result = { validate: ajv.compile(schema), warnings };
  compiled.set(key, result);
  return result;
}

const latest = compile(LATEST_CHART_VERSION).validate;

function errorsOf(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message ?? ''}`);
}

/** YAML read as Helm reads values files (YAML 1.1: yes/no/on/off are booleans). */
function readYaml(file: string): unknown {
  return load(readFileSync(file, 'utf8'), { schema: YAML11_SCHEMA });
}

/** Every keyword used in a schema (names under `properties` are keys, not keywords), with the values it takes. */
function keywordsOf(node: unknown, out = new Map<string, unknown[]>()): Map<string, unknown[]> {
  if (Array.isArray(node)) node.forEach((n) => keywordsOf(n, out));
  else if (node && typeof node === 'object') {
    for (const [keyword, value] of Object.entries(node)) {
      out.set(keyword, [...(out.get(keyword) ?? []), value]);
      if (ANNOTATIONS.has(keyword) || keyword === 'enum') continue;
      if (keyword === 'properties') Object.values(value as JsonSchema).forEach((child) => keywordsOf(child, out));
      else keywordsOf(value, out);
    }
  }
  return out;
}

/**
 * One document per keyword the exporter emits, each breaking that keyword
 * once: Ajv must reject it, with an error from that keyword (its own, or one
 * under it in the schema path for applicators such as items) at that place.
 */
const BREAKING: ReadonlyArray<{ keyword: string; value: unknown; at: string }> = [
  { keyword: 'type', value: { gateway: { service: { port: '80' } } }, at: '/gateway/service/port' },
  { keyword: 'type', value: { ingress: 'enabled' }, at: '/ingress' },
  { keyword: 'enum', value: { gateway: { service: { type: 'nodeport' } } }, at: '/gateway/service/type' },
  { keyword: 'pattern', value: { namespace: 'Polyaxon_Prod' }, at: '/namespace' },
  { keyword: 'maxLength', value: { namespace: 'a'.repeat(64) }, at: '/namespace' },
  { keyword: 'minLength', value: { gateway: { imageTag: '' } }, at: '/gateway/imageTag' },
  { keyword: 'minimum', value: { proxy: { port: 0 } }, at: '/proxy/port' },
  { keyword: 'maximum', value: { proxy: { port: 65536 } }, at: '/proxy/port' },
  { keyword: 'minItems', value: { ingress: { tls: [{ secretName: 'tls', hosts: [] }] } }, at: '/ingress/tls/0/hosts' },
  { keyword: 'required', value: { ingress: { tls: [{ hosts: ['polyaxon.acme.com'] }] } }, at: '/ingress/tls/0' },
  { keyword: 'additionalProperties', value: { tolerations: [{ key: 'k', operatr: 'Exists' }] }, at: '/tolerations/0' },
  { keyword: 'additionalProperties', value: { ingress: { labels: { team: 1 } } }, at: '/ingress/labels/team' },
  { keyword: 'items', value: { agent: { additionalNamespaces: ['ok', 'Not_OK'] } }, at: '/agent/additionalNamespaces/1' },
  { keyword: 'properties', value: { tolerations: [{ operator: 'Sometimes' }] }, at: '/tolerations/0/operator' },
  { keyword: 'anyOf', value: { proxy: { port: 'http' } }, at: '/proxy/port' },
  // gateway.service.name: a DNS label that also holds a letter (allOf of two patterns); all digits breaks the second.
  { keyword: 'allOf', value: { gateway: { service: { name: '8000' } } }, at: '/gateway/service/name' },
];

function reportedBy(errors: readonly ErrorObject[], keyword: string, at: string): boolean {
  return errors.some((e) => e.instancePath === at && (e.keyword === keyword || e.schemaPath.split('/').includes(keyword)));
}

describe('values.schema.json judged by Ajv (draft-07, strict)', () => {
  test.each(CHART_VERSIONS.map((v) => [v]))('%s: compiles in strict mode with no warning, and its chart defaults are valid', (version) => {
    const { validate, warnings } = compile(version);
    expect(warnings).toEqual([]);
    expect(errorsOf(validate, chartDefaults(version))).toEqual([]);
  });

  test('emits no format keyword (ajv-formats is not needed) and nothing outside draft-07', () => {
    const used = keywordsOf(toValuesJsonSchema());
    expect(used.has('format')).toBe(false);
    expect(toValuesJsonSchema()).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#' });
  });

  test.each(GOLDEN_SCENARIOS.map((s) => [s.id, s]))('golden output %s is valid', (id, scenario) => {
    const file = path.join(repoRoot, 'src/core/golden/expected', `${id}.yaml`);
    expect(errorsOf(compile(scenario.version).validate, readYaml(file))).toEqual([]);
  });

  test('the realistic override (../shared/fixtures/realistic-override.yaml) is valid as written', () => {
    expect(errorsOf(latest, readYaml(path.join(shared, 'fixtures/realistic-override.yaml')))).toEqual([]);
  });

  test('typical overrides are valid, unknown keys included (Helm ignores them)', () => {
    const value = {
      ingress: { enabled: true, hostName: 'polyaxon.acme.com', tls: [{ secretName: 'tls', hosts: ['polyaxon.acme.com'] }] },
      agent: { token: 'abc', instance: 'acme.agents.123' },
      artifactsStore: { name: 'store', kind: 's3', schema: { bucket: 's3://b' }, secret: { name: 's3-secret' } },
      tolerations: [{ key: 'k', operator: 'Equal', value: 'v', effect: 'NoSchedule' }],
      gateway: { service: { name: 'gateway-http' } },
      unknownKey: 'Helm ignores it',
    };
    expect(errorsOf(latest, value)).toEqual([]);
    // Every key may be null: a user null removes a chart default.
    expect(errorsOf(latest, { ingress: null, gateway: { service: { port: null } }, tolerations: null })).toEqual([]);
  });

  test.each(BREAKING.map((c) => [c.keyword, c.at, c]))('rejects a value that breaks %s (at %s)', (_keyword, _at, c) => {
    expect(latest(c.value)).toBe(false);
    const errors = latest.errors ?? [];
    expect(reportedBy(errors, c.keyword, c.at), JSON.stringify(errors, null, 1)).toBe(true);
  });

  test('connections and affinity keep their own shapes: a misspelt key is rejected', () => {
    expect(errorsOf(latest, { connections: [{ kind: 's3' }] })).not.toEqual([]);
    expect(errorsOf(latest, { affinity: { podAffinty: {} } })).not.toEqual([]);
  });

  test('propertyNames: every one emitted is {type: string}, which every key Helm reads satisfies', () => {
    // zod writes propertyNames for z.record(z.string(), ...). Helm turns YAML into JSON before validating, so map
    // keys are strings and this keyword cannot reject a values file. When the exporter emits a stricter one (a key
    // pattern), this test fails: add a BREAKING case for it.
    const emitted = keywordsOf(toValuesJsonSchema()).get('propertyNames') ?? [];
    expect(emitted.length).toBeGreaterThan(0);
    expect(new Set(emitted.map((s) => JSON.stringify(s)))).toEqual(new Set([JSON.stringify({ type: 'string' })]));
    expect(errorsOf(latest, { ingress: { labels: { '1': 'numeric key, read as a string', 'app.kubernetes.io/part-of': 'x' } } })).toEqual([]);
  });

  test('every keyword the exporter emits is an annotation, or has a breaking case above (propertyNames: see its test)', () => {
    const covered = new Set([...ANNOTATIONS, ...BREAKING.map((c) => c.keyword), 'propertyNames']);
    const uncovered = CHART_VERSIONS.flatMap((v) => [...keywordsOf(toValuesJsonSchema(v)).keys()]).filter((k) => !covered.has(k));
    expect([...new Set(uncovered)]).toEqual([]);
  });
});
