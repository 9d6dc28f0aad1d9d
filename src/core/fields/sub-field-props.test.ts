import * as z from 'zod';
import { describe, expect, test } from 'vitest';
import { sub } from '../../schema/sub-fields';
import { allFields } from '../../schema/defaults';
import { objectSubFields, shownSubPaths, suggestionValues, valueSubFields, variantFields } from './sub-field-props';

const field = (id: string) => {
  const node = allFields().find((f) => f.id === id);
  if (!node) throw new Error(`no field ${id}`);
  return node;
};

describe('sub-fields come from the schema', () => {
  test('an object schema lists its declared keys in order, derives widgets, flattens plain maps and skips undeclared keys', () => {
    const item = z.object({
      name: sub(z.string(), { label: 'Name', description: 'The name.', placeholder: 'e.g. x' }),
      mode: sub(z.enum(['a', 'b']), { label: 'Mode', description: 'The mode.', unsetLabel: 'unset (a)' }).optional(),
      hidden: z.string().optional(),
      backend: z.object({ port: sub(z.number(), { label: 'Port', description: 'The port.' }) }),
      tags: sub(z.array(z.string()), { label: 'Tags', description: 'Tags.', itemLabel: 'Tag' }).optional(),
    });
    const fields = objectSubFields(item);
    expect(fields.map((f) => [f.key, f.widget, f.required])).toEqual([
      ['name', 'text', true],
      ['mode', 'select', false],
      ['backend.port', 'number', true],
      ['tags', 'stringList', false],
    ]);
    expect(fields[0]).toMatchObject({ label: 'Name', description: 'The name.', placeholder: 'e.g. x' });
    expect(fields[1]?.options?.map((o) => o.value)).toEqual(['a', 'b']);
    expect(fields[1]?.unsetLabel).toBe('unset (a)');
  });

  test('a toleration row: key, operator, value, effect, tolerationSeconds with the enums of the schema', () => {
    const fields = valueSubFields(field('tolerations'));
    expect(fields.map((f) => f.key)).toEqual(['key', 'operator', 'value', 'effect', 'tolerationSeconds']);
    expect(fields.find((f) => f.key === 'effect')?.options?.map((o) => o.value)).toEqual(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
    // The same declarations serve every component's tolerations.
    expect(valueSubFields(field('agent.tolerations')).map((f) => f.key)).toEqual(fields.map((f) => f.key));
  });

  test('extra paths flatten backend.service; TLS hosts suggest the ingress host name', () => {
    expect(valueSubFields(field('ingress.extraPaths')).map((f) => [f.key, f.widget])).toEqual([
      ['path', 'text'],
      ['backend.service.name', 'text'],
      ['backend.service.port', 'intOrString'],
    ]);
    const hosts = valueSubFields(field('ingress.tls')).find((f) => f.key === 'hosts');
    expect(hosts).toMatchObject({ widget: 'stringList', required: true, suggest: { path: 'ingress.hostName' } });
  });

  test("a connection's schema fields follow its kind; the artifacts store narrows the kinds", () => {
    const fields = valueSubFields(field('connections'));
    expect(fields.map((f) => f.key)).toEqual(['name', 'kind', 'schema', 'secret', 'configMap']);
    const schema = fields.find((f) => f.key === 'schema')!;
    expect(variantFields(schema, { kind: 's3' })?.map((f) => [f.key, f.required])).toEqual([['bucket', true]]);
    expect(variantFields(schema, { kind: 'host_path' })?.map((f) => f.key)).toEqual(['hostPath', 'mountPath', 'readOnly', 'subPath']);
    expect(variantFields(schema, { kind: 'slack' })).toBeUndefined();
    const secret = fields.find((f) => f.key === 'secret')!;
    expect(secret).toMatchObject({ widget: 'object', collapsible: true });
    expect(secret.fields?.map((f) => f.key)).toEqual(['name', 'mountPath', 'defaultMode', 'items']);
    const kinds = (id: string) =>
      valueSubFields(field(id))
        .find((f) => f.key === 'kind')
        ?.options?.map((o) => o.value);
    expect(kinds('artifactsStore')).toEqual(['host_path', 'volume_claim', 'gcs', 's3', 'wasb']);
    expect(kinds('connections')).toHaveLength(43);
    // Options are grouped in the declared group order (volumes first).
    expect(fields.find((f) => f.key === 'kind')?.options?.slice(0, 3)).toEqual([
      { value: 'host_path', group: 'Volumes' },
      { value: 'volume_claim', group: 'Volumes' },
      { value: 'gcs', group: 'Blob storage' },
    ]);
  });

  test('a new connection name has a placeholder that does not look like a value', () => {
    const name = valueSubFields(field('connections')).find((f) => f.key === 'name');
    expect(name?.placeholder).toMatch(/^e\.g\. /);
    expect(field('connections').meta.rows?.newItem).toEqual({ name: '', kind: 'git' });
  });
});

describe('shownSubPaths', () => {
  test('lists the inputs that show their own problems (list items, the current kind’s fields), not switches', () => {
    const fields = valueSubFields(field('connections'));
    const shown = shownSubPaths(fields, { name: 'a', kind: 'host_path', schema: {}, secret: { items: ['x', 'y'] } });
    expect(shown).toEqual(expect.arrayContaining(['name', 'kind', 'schema.hostPath', 'schema.mountPath', 'schema.subPath', 'secret.items.1']));
    expect(shown).not.toContain('schema.readOnly');
    expect(shown).not.toContain('schema.bucket');
  });
});

describe('suggestionValues', () => {
  test('a scalar, or each item key of a list, unique and non-empty', () => {
    expect(suggestionValues('polyaxon.acme.com')).toEqual(['polyaxon.acme.com']);
    expect(suggestionValues(null)).toEqual([]);
    expect(suggestionValues([{ name: 'a' }, { name: '' }, { kind: 's3' }, { name: 'a' }, { name: 'b' }], 'name')).toEqual(['a', 'b']);
  });
});
