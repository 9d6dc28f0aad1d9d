import { describe, expect, test } from 'vitest';
import { LATEST_CHART_VERSION } from './chart-versions';
import { allFields, allNodes, existsIn, fieldDefault } from './defaults';
import { REFERENCE_URL, docsUrl } from './docs';
import { toValuesJsonSchema } from './json-schema';

type S = { [key: string]: unknown };

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
