import { describe, expect, test } from 'vitest';
import { ARTIFACT_STORE_KINDS, CONNECTION_KINDS, CONNECTION_KIND_NAMES, connectionSchema } from './keys/connection';
import { valuesSchema } from './values-schema';

describe('CONNECTION_KINDS', () => {
  test('covers every kind; only mount and blob kinds can be the artifacts store', () => {
    expect(Object.keys(CONNECTION_KINDS)).toEqual([...CONNECTION_KIND_NAMES]);
    expect([...ARTIFACT_STORE_KINDS].sort()).toEqual(['gcs', 'host_path', 's3', 'volume_claim', 'wasb']);
    for (const kind of CONNECTION_KIND_NAMES) {
      const info = CONNECTION_KINDS[kind];
      expect(info.canBeArtifactsStore, kind).toBe(info.group === 'mount' || info.group === 'blob');
    }
  });

  test('groups follow spec §D.2', () => {
    const byGroup = (g: string) => CONNECTION_KIND_NAMES.filter((k) => CONNECTION_KINDS[k].group === g);
    expect(byGroup('mount')).toEqual(['host_path', 'volume_claim']);
    expect(byGroup('blob')).toEqual(['gcs', 's3', 'wasb']);
    expect(byGroup('host')).toEqual(['registry', 'git']);
    expect(byGroup('notifier')).toEqual(['slack', 'discord', 'mattermost', 'pagerduty', 'hipchat', 'webhook']);
  });

  test('required schema fields per kind (spec §D.3)', () => {
    const required = (k: keyof typeof CONNECTION_KINDS) => CONNECTION_KINDS[k].schemaFields.filter((f) => f.required).map((f) => f.key);
    expect(required('host_path')).toEqual(['hostPath', 'mountPath']);
    expect(required('volume_claim')).toEqual(['volumeClaim', 'mountPath']);
    expect(required('s3')).toEqual(['bucket']);
    expect(required('gcs')).toEqual(['bucket']);
    expect(required('wasb')).toEqual(['bucket']);
    expect(required('registry')).toEqual(['url']);
    expect(required('git')).toEqual([]);
    expect(required('slack')).toEqual([]);
  });
});

describe('connection schema', () => {
  const ok = (value: unknown) => connectionSchema().safeParse(value).success;

  test('documented examples pass', () => {
    expect(ok({ name: 'repo-test', kind: 'git', description: 'd', tags: ['a'], schema: { url: 'https://gitlab.com/org/test' }, secret: { name: 'gitlab-connection' } })).toBe(true);
    expect(ok({ name: 'docker-connection', kind: 'registry', schema: { url: 'org/repo' }, secret: { name: 'docker-conf', mountPath: '/kaniko/.docker' } })).toBe(true);
    expect(ok({ name: 'my-slack', kind: 'slack', secret: { name: 'my-slack' } })).toBe(true);
    expect(ok({ name: 'ssh', kind: 'ssh', secret: { name: 'ssh-secret', mountPath: '/etc/.ssh', defaultMode: '0600' } })).toBe(true);
    expect(ok({ name: 'data', kind: 'volume_claim', schema: { volumeClaim: 'pvc', mountPath: '/data', readOnly: true, subPath: 'x', extra: 1 } })).toBe(true);
    expect(ok({ name: 'e', kind: 'custom', env: [{ name: 'A', value: 'b' }], annotations: { a: 'b' }, configMap: { name: 'cm', items: ['k'] } })).toBe(true);
  });

  test('per-kind required schema fields', () => {
    expect(ok({ name: 'a', kind: 's3' })).toBe(false);
    expect(ok({ name: 'a', kind: 'host_path', schema: { hostPath: '/tmp' } })).toBe(false);
    expect(ok({ name: 'a', kind: 'registry', schema: {} })).toBe(false);
  });

  test('names, resources and unknown keys', () => {
    expect(ok({ name: 'My_Store', kind: 'custom' })).toBe(false);
    expect(ok({ kind: 'custom' })).toBe(false);
    expect(ok({ name: 'a', kind: 'custom', secret: {} })).toBe(false);
    expect(ok({ name: 'a', kind: 'custom', secret: { name: 's', defaultMode: 384 } })).toBe(false);
    expect(ok({ name: 'a', kind: 'custom', notificationConnections: [] })).toBe(false);
  });

  test('artifactsStore needs an artifact kind; connection names are unique', () => {
    expect(valuesSchema.safeParse({ artifactsStore: { name: 'a', kind: 'git' } }).success).toBe(false);
    expect(valuesSchema.safeParse({ artifactsStore: { name: 'a', kind: 'gcs', schema: { bucket: 'gs://b' } } }).success).toBe(true);
    expect(
      valuesSchema.safeParse({
        connections: [
          { name: 'a', kind: 'custom' },
          { name: 'a', kind: 'custom' },
        ],
      }).success,
    ).toBe(false);
  });
});
