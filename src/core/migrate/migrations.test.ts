import { describe, expect, test } from 'vitest';
import type { Values } from '../../shared/values';
import { migrateApiServiceAnnotations } from './api-service-annotations';
import { migrateEmptyArtifactsStore } from './artifacts-store-empty';
import { migrateNotificationConnections, migratePersistence } from './connection-lists';
import { migrateDeploymentVersion } from './deployment-version';
import { MIGRATIONS, migrateValues } from './migrate';
import { migrateSecretDefaultMode, modeString } from './secret-default-mode';
import { migrateSecurityContextUser } from './security-context-user';
import { migrateTimeZone } from './time-zone';
import type { Migration } from './types';

interface Row {
  name: string;
  input: Values;
  output: Values;
  /** `from → to` of each change, in order. */
  changes: string[];
  /** Fragments each change message must contain, in order. */
  mentions?: string[];
}

function runTable(migration: Migration, rows: Row[]) {
  test.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const frozen = structuredClone(row.input);
    const step = migration(row.input);
    expect(step.values).toEqual(row.output);
    expect(step.changes.map((c) => (c.to ? `${c.from} → ${c.to}` : c.from))).toEqual(row.changes);
    step.changes.forEach((c) => expect(c.migration).toBe(migration.name));
    row.mentions?.forEach((m, i) => expect(step.changes[i]?.message).toContain(m));
    expect(row.input, 'the input is not modified').toEqual(frozen);
  });
}

const conn = (name: string, extra: Values = {}) => ({ name, kind: 'slack', ...extra });

describe('migrateTimeZone', () => {
  runTable(migrateTimeZone, [
    { name: 'nothing to do', input: { timezone: 'UTC' }, output: { timezone: 'UTC' }, changes: [] },
    { name: 'renamed', input: { timeZone: 'Europe/Berlin', a: 1 }, output: { a: 1, timezone: 'Europe/Berlin' }, changes: ['timeZone → timezone'], mentions: ['"Europe/Berlin"'] },
    {
      name: 'both set: timezone wins',
      input: { timeZone: 'Europe/Paris', timezone: 'UTC' },
      output: { timezone: 'UTC' },
      changes: ['timeZone'],
      mentions: ['already set'],
    },
  ]);
});

describe('migrateSecurityContextUser', () => {
  runTable(migrateSecurityContextUser, [
    { name: 'nothing to do', input: { securityContext: { enabled: true } }, output: { securityContext: { enabled: true } }, changes: [] },
    { name: 'not a map', input: { securityContext: 'x' }, output: { securityContext: 'x' }, changes: [] },
    {
      name: 'user and group renamed, fsGroup noted',
      input: { securityContext: { enabled: true, user: 1111, group: 1111 } },
      output: { securityContext: { enabled: true, runAsUser: 1111, runAsGroup: 1111 } },
      changes: ['securityContext.user → securityContext.runAsUser', 'securityContext.group → securityContext.runAsGroup', 'securityContext.fsGroup'],
      mentions: ['POLYAXON_SECURITY_CONTEXT_USER', 'runAsGroup', 'fsGroup: 1111'],
    },
    {
      name: 'user replaces a different runAsUser; fsGroup set, no note',
      input: { securityContext: { user: 1111, runAsUser: 3333, fsGroup: 1111 } },
      output: { securityContext: { runAsUser: 1111, fsGroup: 1111 } },
      changes: ['securityContext.user → securityContext.runAsUser'],
      mentions: ['replaces `runAsUser: 3333`'],
    },
  ]);
});

describe('migrateApiServiceAnnotations', () => {
  runTable(migrateApiServiceAnnotations, [
    { name: 'nothing to do', input: { api: {} }, output: { api: {} }, changes: [] },
    {
      name: 'moved, api dropped when empty',
      input: { api: { service: { annotations: { domainName: 'polyaxon.my.domain.com' } } } },
      output: { gateway: { service: { annotations: { domainName: 'polyaxon.my.domain.com' } } } },
      changes: ['api.service.annotations → gateway.service.annotations'],
    },
    {
      name: 'merged; gateway values win; other api keys stay',
      input: { api: { service: { annotations: { a: '1', b: '2' }, type: 'x' } }, gateway: { service: { port: 80, annotations: { a: 'gw' } } } },
      output: { api: { service: { type: 'x' } }, gateway: { service: { port: 80, annotations: { a: 'gw', b: '2' } } } },
      changes: ['api.service.annotations → gateway.service.annotations'],
      mentions: ["Kept the gateway's own value for `a`"],
    },
    {
      name: 'not a map: removed',
      input: { api: { service: { annotations: 'x' } } },
      output: {},
      changes: ['api.service.annotations'],
    },
  ]);
});

describe('migrateNotificationConnections', () => {
  runTable(migrateNotificationConnections, [
    { name: 'nothing to do', input: { connections: [] }, output: { connections: [] }, changes: [] },
    { name: 'empty list removed', input: { notificationConnections: [] }, output: {}, changes: ['notificationConnections'] },
    {
      name: 'appended after existing connections',
      input: { connections: [conn('a')], notificationConnections: [conn('slack'), conn('a')] },
      output: { connections: [conn('a'), conn('slack'), conn('a')] },
      changes: ['notificationConnections → connections'],
      mentions: ['Names used twice now: `a`'],
    },
    {
      name: 'creates connections',
      input: { notificationConnections: [conn('n')] },
      output: { connections: [conn('n')] },
      changes: ['notificationConnections → connections'],
    },
    { name: 'a map is left alone (reported as an unknown key)', input: { notificationConnections: { a: 1 } }, output: { notificationConnections: { a: 1 } }, changes: [] },
  ]);
});

describe('migratePersistence', () => {
  const gcs = { name: 'gcs-dataset1', kind: 'gcs', schema: { bucket: 'gs://gcs-datasets/path1' }, secret: { name: 'gcs-secret', mountPath: '/etc/gcs' } };
  runTable(migratePersistence, [
    { name: 'nothing to do', input: {}, output: {}, changes: [] },
    { name: 'list appended to connections', input: { persistence: [gcs] }, output: { connections: [gcs] }, changes: ['persistence → connections'], mentions: ['v0.x'] },
    { name: 'the v0 map form is left alone', input: { persistence: { logs: { existingClaim: 'x' } } }, output: { persistence: { logs: { existingClaim: 'x' } } }, changes: [] },
  ]);
});

describe('migrateEmptyArtifactsStore', () => {
  const store = { name: 's', kind: 's3', schema: { bucket: 's3://b' } };
  runTable(migrateEmptyArtifactsStore, [
    { name: 'removed', input: { artifactsStore: {}, connections: [] }, output: { connections: [] }, changes: ['artifactsStore'], mentions: ['falls back to its default store'] },
    { name: 'a real store is kept', input: { artifactsStore: store }, output: { artifactsStore: store }, changes: [] },
    { name: 'null is kept', input: { artifactsStore: null }, output: { artifactsStore: null }, changes: [] },
  ]);
});

describe('migrateSecretDefaultMode', () => {
  runTable(migrateSecretDefaultMode, [
    {
      name: 'YAML 1.1 octal 0600 (384) in a connection secret',
      input: { connections: [conn('ssh', { secret: { name: 's', defaultMode: 384 } })] },
      output: { connections: [conn('ssh', { secret: { name: 's', defaultMode: '0600' } })] },
      changes: ['connections[0].secret.defaultMode'],
      mentions: ['"0600"'],
    },
    {
      name: 'configMap and the artifacts store',
      input: { artifactsStore: { name: 'a', configMap: { name: 'c', defaultMode: 420 } } },
      output: { artifactsStore: { name: 'a', configMap: { name: 'c', defaultMode: '0644' } } },
      changes: ['artifactsStore.configMap.defaultMode'],
    },
    {
      name: 'a decimal written as octal digits (600)',
      input: { connections: [conn('x', { secret: { name: 's', defaultMode: 600 } })] },
      output: { connections: [conn('x', { secret: { name: 's', defaultMode: '0600' } })] },
      changes: ['connections[0].secret.defaultMode'],
      mentions: ['octal digits'],
    },
    {
      name: 'strings and impossible numbers are left alone',
      input: { connections: [conn('x', { secret: { name: 's', defaultMode: '0600' } }), conn('y', { secret: { name: 's', defaultMode: 99999 } })] },
      output: { connections: [conn('x', { secret: { name: 's', defaultMode: '0600' } }), conn('y', { secret: { name: 's', defaultMode: 99999 } })] },
      changes: [],
    },
  ]);

  test.each([
    [384, '0600'],
    [420, '0644'],
    [493, '0755'],
    [511, '0777'],
    [0, '0000'],
    [512, undefined],
    [-1, undefined],
    [1.5, undefined],
  ])('modeString(%j) = %j', (n, s) => expect(modeString(n)).toBe(s));
});

describe('migrateDeploymentVersion', () => {
  runTable(migrateDeploymentVersion, [
    { name: 'a string is kept', input: { deploymentVersion: '2.15.1' }, output: { deploymentVersion: '2.15.1' }, changes: [] },
    { name: 'a float', input: { deploymentVersion: 2.15 }, output: { deploymentVersion: '2.15' }, changes: ['deploymentVersion'], mentions: ['"2.15"'] },
    { name: 'an int', input: { deploymentVersion: 2 }, output: { deploymentVersion: '2' }, changes: ['deploymentVersion'] },
  ]);
});

describe('migrateValues', () => {
  test('runs every migration; connections moved from legacy lists get their defaultMode fixed', () => {
    const step = migrateValues({
      timeZone: 'UTC',
      notificationConnections: [conn('ssh', { secret: { name: 's', defaultMode: 384 } })],
      artifactsStore: {},
    });
    expect(step.values).toEqual({ timezone: 'UTC', connections: [conn('ssh', { secret: { name: 's', defaultMode: '0600' } })] });
    expect(step.changes.map((c) => c.migration)).toEqual(['migrateTimeZone', 'migrateNotificationConnections', 'migrateEmptyArtifactsStore', 'migrateSecretDefaultMode']);
  });

  test('every migration is a named function', () => {
    expect(MIGRATIONS.every((m) => m.name.startsWith('migrate'))).toBe(true);
  });

  test('values without legacy keys come back unchanged with no changes', () => {
    const input = { timezone: 'UTC', securityContext: { enabled: true, runAsUser: 1000 }, connections: [] };
    expect(migrateValues(input)).toEqual({ values: input, changes: [] });
  });
});
