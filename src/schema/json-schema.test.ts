import { describe, expect, test } from 'vitest';
import { LATEST_CHART_VERSION } from './chart-versions';
import { allFields, allNodes, chartDefaults, existsIn, fieldDefault } from './defaults';
import { REFERENCE_URL, docsUrl } from './docs';
import { toValuesJsonSchema } from './json-schema';

type S = { [key: string]: unknown };

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v);

/** A small draft-07 validator for the keywords toValuesJsonSchema emits; returns error paths. */
function validate(schema: S, value: unknown, at = '$'): string[] {
  const errors: string[] = [];
  if (schema.type !== undefined) {
    const types = ([] as unknown[]).concat(schema.type);
    const t = typeOf(value);
    if (!types.includes(t) && !(t === 'integer' && types.includes('number'))) return [`${at}: type ${t} not in ${types.join('|')}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) errors.push(`${at}: not in enum`);
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => validate(s as S, value, at).length === 0)) errors.push(`${at}: matches no anyOf branch`);
  if (Array.isArray(schema.allOf)) for (const s of schema.allOf) errors.push(...validate(s as S, value, at));
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${at}: pattern`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) errors.push(`${at}: maxLength`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${at}: minLength`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${at}: minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${at}: maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${at}: minItems`);
    if (schema.items && typeof schema.items === 'object') value.forEach((v, i) => errors.push(...validate(schema.items as S, v, `${at}[${i}]`)));
  }
  if (typeOf(value) === 'object') {
    const obj = value as S;
    const props = (schema.properties ?? {}) as S;
    for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) errors.push(`${at}.${r}: required`);
    for (const [k, v] of Object.entries(obj)) {
      if (k in props) errors.push(...validate(props[k] as S, v, `${at}.${k}`));
      else if (schema.additionalProperties === false) errors.push(`${at}.${k}: not allowed`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...validate(schema.additionalProperties as S, v, `${at}.${k}`));
    }
  }
  return errors;
}

function propertyAt(schema: S, path: readonly string[]): S | undefined {
  let current: S | undefined = schema;
  for (const key of path) current = (current?.properties as S | undefined)?.[key] as S | undefined;
  return current;
}

function patterns(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => patterns(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pattern' && typeof v === 'string') out.push(v);
      else patterns(v, out);
    }
  }
  return out;
}

describe('toValuesJsonSchema', () => {
  const schema = toValuesJsonSchema() as S;

  test('is a draft-07 object schema with no required keys', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.type).toBe('object');
    expect(schema.required).toBeUndefined();
    const groups = allNodes().filter((n) => n.meta.kind === 'group' && existsIn(n.meta, LATEST_CHART_VERSION));
    expect(groups.length).toBeGreaterThan(10);
    for (const g of groups) {
      const prop = propertyAt(schema, g.path);
      expect(prop?.type, g.id).toEqual(['object', 'null']);
      expect(prop?.required, g.id).toBeUndefined();
    }
  });

  test('every field of the latest release is described, with its default and enum', () => {
    for (const f of allFields()) {
      const prop = propertyAt(schema, f.path);
      if (!existsIn(f.meta, LATEST_CHART_VERSION)) {
        expect(prop, f.id).toBeUndefined();
        continue;
      }
      expect(prop, f.id).toBeDefined();
      expect(prop?.description).toBe(f.meta.description);
      expect(prop?.title).toBe(f.meta.label);
      const d = fieldDefault(f.meta, LATEST_CHART_VERSION);
      if (d.present) expect(prop?.default, f.id).toEqual(d.value);
      else expect(prop && 'default' in prop, f.id).toBe(false);
      if (f.meta.options) expect(prop?.enum, f.id).toEqual([...f.meta.options, null]);
    }
  });

  test('the chart defaults are valid', () => {
    expect(validate(schema, chartDefaults(LATEST_CHART_VERSION))).toEqual([]);
  });

  test('typical overrides are valid and wrong types are not', () => {
    expect(
      validate(schema, {
        ingress: { enabled: true, hostName: 'polyaxon.acme.com', tls: [{ secretName: 'tls', hosts: ['polyaxon.acme.com'] }] },
        agent: { token: 'abc', instance: 'acme.agents.123' },
        artifactsStore: { name: 'store', kind: 's3', schema: { bucket: 's3://b' }, secret: { name: 's3-secret' } },
        tolerations: [{ key: 'k', operator: 'Equal', value: 'v', effect: 'NoSchedule' }],
        unknownKey: 'Helm ignores it',
      }),
    ).toEqual([]);
    expect(validate(schema, { gateway: { service: { port: '80' } } })).not.toEqual([]);
    expect(validate(schema, { gateway: { service: { type: 'nodeport' } } })).not.toEqual([]);
    expect(validate(schema, { tolerations: [{ key: 'k', operatr: 'Exists' }] })).not.toEqual([]);
    expect(validate(schema, { connections: [{ kind: 's3' }] })).not.toEqual([]);
    expect(validate(schema, { affinity: { podAffinty: {} } })).not.toEqual([]);
  });

  test('older releases get their own keys and defaults', () => {
    const old = toValuesJsonSchema('2.8.0') as S;
    expect(propertyAt(old, ['agent', 'enableFinalizers'])?.default).toBe(false);
    expect(propertyAt(schema, ['agent', 'enableFinalizers'])).toBeUndefined();
    expect(propertyAt(old, ['limitResources'])?.default).toBe(false);
    expect(propertyAt(old, ['gateway', 'imageTag'])?.default).toBe('2.8.0');
  });

  test('patterns avoid lookaround, which Go’s RE2 (Helm) cannot compile', () => {
    const all = patterns(schema);
    expect(all.length).toBeGreaterThan(5);
    expect(all.filter((p) => /\(\?[=!<]/.test(p))).toEqual([]);
  });
});

describe('docsUrl', () => {
  test('appends the anchor to the reference page', () => {
    expect(REFERENCE_URL).toBe('https://polyaxon.com/docs/setup/agent/reference/');
    expect(docsUrl('ingress-and-gateway-service')).toBe('https://polyaxon.com/docs/setup/agent/reference/#ingress-and-gateway-service');
    expect(docsUrl('#dns')).toBe(`${REFERENCE_URL}#dns`);
    expect(docsUrl('')).toBe(REFERENCE_URL);
  });
});
