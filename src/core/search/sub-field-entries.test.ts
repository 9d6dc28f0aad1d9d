import { describe, expect, test } from 'vitest';
import { LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { allFields } from '../../schema/defaults';
import { valueSubFields } from '../fields/sub-field-props';
import { buildSearchIndex, searchFields } from './field-search';
import { subFieldTarget, type SubFieldPlace } from './sub-field-entries';

const index = buildSearchIndex(allFields(), LATEST_CHART_VERSION);
const ids = (query: string) => searchFields(index, query).map((h) => h.id);
const place = (id: string): SubFieldPlace => {
  const entry = index.find((e) => e.id === id);
  if (!entry?.within) throw new Error(`No sub-field ${id}`);
  return entry.within;
};

describe('sub-fields in the finder index', () => {
  test('every sub-field the schema declares on a field’s value is indexed, under its field', () => {
    for (const field of allFields()) {
      for (const sub of valueSubFields(field)) {
        const entry = index.find((e) => e.within?.field === field.id && e.within.subPath === sub.key);
        expect(entry, `${field.id} ${sub.key}`).toBeDefined();
        expect(entry?.label).toBe(sub.label);
      }
    }
  });

  test('tolerations’ key/operator/effect, ingress TLS hosts/secretName, connection kinds’ fields and Secret/ConfigMap refs are found', () => {
    expect(ids('effect')).toContain('tolerations[].effect');
    expect(ids('toleration operator')).toContain('tolerations[].operator');
    expect(ids('tls secretName')[0]).toBe('ingress.tls[].secretName');
    expect(ids('tls hosts')).toContain('ingress.tls[].hosts');
    expect(ids('bucket')).toEqual(expect.arrayContaining(['connections[].schema.bucket', 'artifactsStore.schema.bucket']));
    expect(ids('revision')).toContain('connections[].schema.revision');
    expect(ids('configmap name')).toContain('connections[].configMap.name');
    // A key several kinds share is one entry naming them.
    expect(ids('url').filter((id) => id === 'connections[].schema.url')).toHaveLength(1);
    expect(place('connections[].schema.url').variant?.values).toEqual(['registry', 'git', 'ssh']);
    // The artifacts store's kinds are narrowed: a registry's fields are not offered there.
    expect(ids('insecure')).not.toContain('artifactsStore.schema.insecure');
  });

  test('a field beats its sub-fields on a tie', () => {
    expect(ids('ing')[0]).toBe('ingress.enabled');
    expect(ids('tolerations')[0]).toBe('tolerations');
  });

  test('a Secret reference’s labels are its own (not the ConfigMap’s)', () => {
    expect(index.find((e) => e.id === 'connections[].secret.mountPath')?.description).toContain('Secret');
    expect(index.find((e) => e.id === 'connections[].configMap.mountPath')?.description).toContain('ConfigMap');
  });
});

describe('subFieldTarget', () => {
  const table: Array<[string, string, Record<string, unknown>, { path: string; note: string }]> = [
    ['empty list', 'tolerations[].key', { tolerations: [] }, { path: 'tolerations', note: 'in Tolerations (add a row)' }],
    ['first row', 'tolerations[].key', { tolerations: [{ key: 'a' }, {}] }, { path: 'tolerations.0.key', note: 'in Tolerations, row 1' }],
    ['string list with items', 'ingress.tls[].hosts', { ingress: { tls: [{ hosts: ['a'] }] } }, { path: 'ingress.tls.0.hosts.0', note: 'in TLS' }],
    ['string list empty', 'ingress.tls[].hosts', { ingress: { tls: [{ hosts: [] }] } }, { path: 'ingress.tls.0.hosts', note: 'in TLS' }],
    ['the row of the kind', 'connections[].schema.bucket', { connections: [{ kind: 'git' }, { kind: 'gcs' }] }, { path: 'connections.1.schema.bucket', note: 'in Connections, row 2' }],
    ['no row of the kind', 'connections[].schema.revision', { connections: [{ kind: 's3' }] }, { path: 'connections', note: 'in Connections (add a row of kind git)' }],
    ['collapsed reference', 'connections[].secret.name', { connections: [{ kind: 's3' }] }, { path: 'connections.0', note: 'in Connections (add Secret reference)' }],
    ['opened reference', 'connections[].secret.name', { connections: [{ kind: 's3', secret: { name: 'x' } }] }, { path: 'connections.0.secret.name', note: 'in Connections' }],
    ['unset object', 'artifactsStore.schema.bucket', { artifactsStore: null }, { path: 'artifactsStore', note: 'in Artifacts store (set it first)' }],
    ['object of another kind', 'artifactsStore.schema.bucket', { artifactsStore: { kind: 'host_path' } }, { path: 'artifactsStore', note: 'in Artifacts store (set kind to gcs, s3 or wasb)' }],
    ['object of the kind', 'artifactsStore.schema.bucket', { artifactsStore: { kind: 's3' } }, { path: 'artifactsStore.schema.bucket', note: 'in Artifacts store' }],
  ];
  test.each(table)('%s', (_name, id, values, expected) => {
    expect(subFieldTarget(place(id), values)).toEqual(expected);
  });
});
