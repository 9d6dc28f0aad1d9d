import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CHART_VERSIONS, compareVersions } from './chart-versions';
import { allFields, allNodes, fieldDefault } from './defaults';
import { isVersionedDefault } from './meta';
import { valuesSchema } from './values-schema';
import { schemaAt } from './walk';

/** The section anchors of the reference page (its headings). */
const ANCHORS = [
  'deploymentchart',
  'deploymentversion',
  'namespace',
  'gateway',
  'ingress-and-gateway-service',
  'ssl',
  'dns',
  'auth',
  'time-zone',
  'node-manipulation',
  'control-plane',
  'agent-configuration',
  'security-context',
  'connections',
];

function metaAt(id: string) {
  const node = allNodes().find((n) => n.id === id);
  if (!node) throw new Error(`${id} is not in the schema`);
  return node.meta;
}

describe('metadata of every node', () => {
  test('every node has a non-empty label, description and a known docs anchor', () => {
    const bad = allNodes().flatMap((n) => {
      const problems: string[] = [];
      if (!n.meta.label?.trim()) problems.push('label');
      if (!n.meta.description?.trim()) problems.push('description');
      if (!ANCHORS.includes(n.meta.docsAnchor)) problems.push(`docsAnchor "${n.meta.docsAnchor}"`);
      return problems.map((p) => `${n.id}: ${p}`);
    });
    expect(bad).toEqual([]);
  });

  test('every field says who reads it and what the CLI does with it', () => {
    const bad = allFields()
      .filter((f) => f.meta.readBy === undefined || f.meta.cli === undefined)
      .map((f) => f.id);
    expect(bad).toEqual([]);
  });

  test('since/until name supported releases, in order', () => {
    const bad = allNodes().filter((n) => {
      const { since, until } = n.meta;
      const known = (v?: string) => v === undefined || (CHART_VERSIONS as readonly string[]).includes(v);
      return !known(since) || !known(until) || (since !== undefined && until !== undefined && compareVersions(since, until) > 0);
    });
    expect(bad.map((n) => n.id)).toEqual([]);
  });

  test('versioned defaults list their releases oldest first', () => {
    const bad = allFields().filter((f) => {
      if (!isVersionedDefault(f.meta.default)) return false;
      const versions = f.meta.default.byVersion.map(([v]) => v);
      return versions.some((v, i) => !(CHART_VERSIONS as readonly string[]).includes(v) || (i > 0 && compareVersions(versions[i - 1] as string, v) >= 0));
    });
    expect(bad.map((f) => f.id)).toEqual([]);
  });

  test('image tags default to the chart release', () => {
    const tags = allFields().filter((f) => f.path[f.path.length - 1] === 'imageTag');
    expect(tags.map((f) => f.id).sort()).toEqual(['agent', 'cleanHooks', 'cleaner', 'gateway', 'init', 'notifier', 'operator', 'sidecar'].map((c) => `${c}.imageTag`));
    for (const f of tags) expect(fieldDefault(f.meta, '2.9.1'), f.id).toEqual({ present: true, value: '2.9.1' });
  });

  test('tokens and generated secrets are secret', () => {
    const secrets = allFields()
      .filter((f) => f.meta.secret)
      .map((f) => f.id);
    expect(secrets).toEqual(expect.arrayContaining(['agent.token', 'polyaxonSecret', 'internalToken']));
    const named = allFields()
      .filter((f) => /token|password|secretKey/i.test(f.path[f.path.length - 1] ?? ''))
      .map((f) => f.id);
    expect(named.filter((id) => !secrets.includes(id))).toEqual([]);
    expect(
      allFields()
        .filter((f) => f.meta.secret && f.meta.widget !== 'secret')
        .map((f) => f.id),
    ).toEqual([]);
  });

  test('keys the CLI rejects (spec §C.7) are marked rejected', () => {
    const rejected = [
      'defaultArtifactsStore',
      'api',
      'externalServices.streams.host',
      'gateway.routes.gateway',
      'gateway.routes.streams',
      'gateway.routes.api',
      'agent.executorRefreshInterval',
      'operator.skipStatus',
      'operator.leaderElection',
      'operator.maxConcurrentReconciles',
      'agent.enableHealthChecks',
      'gateway.useResolver',
      'agent.labels',
      'gateway.annotations',
      'operator.priorityClassName',
      'securityContext.user',
      'securityContext.group',
      'dist',
      'nameOverride',
      'secret',
      'platformSecret',
      'organizationKey',
    ];
    expect(rejected.filter((id) => metaAt(id).cli !== 'rejected')).toEqual([]);
    const ignored = ['ingress.className', 'ingress.pathType', 'ingress.extraPaths', 'ingress.labels', 'ingress.backend'];
    expect(ignored.filter((id) => metaAt(id).cli !== 'ignored')).toEqual([]);
  });

  test('docs disagreements (spec §B) are recorded', () => {
    expect(metaAt('timezone').docs?.key).toBe('timeZone');
    expect(metaAt('ingress.enabled').docs?.default).toBe('true');
    expect(metaAt('auth.useResolver').docs?.default).toBe('true');
    expect(metaAt('securityContext.runAsUser').docs?.key).toBe('user');
    expect(metaAt('securityContext.runAsGroup').docs?.key).toBe('group');
    expect(metaAt('gateway.service.annotations').docs?.key).toBe('api.service.annotations');
    expect(metaAt('artifactsStore').docs?.default).toBe('{}');
    expect(metaAt('deploymentVersion').docs?.default).toBe('latest');
    expect(metaAt('affinity').docs?.note).toMatch(/no chart pod/);
  });

  test('chart defects (spec §A.14) carry a warning', () => {
    const warned = [
      'ingress.extraPaths',
      'gateway.hpa',
      'gateway.hpa.enabled',
      'externalServices.streams.host',
      'ssl.secretName',
      'ssl.enabled',
      'affinity',
      'polyaxonSecret',
      'internalToken',
      'ingress.hostName',
    ];
    expect(warned.filter((id) => !metaAt(id).warning?.trim())).toEqual([]);
  });

  test('keys absent from values.yaml have no default', () => {
    for (const id of ['deploymentVersion', 'logLevel', 'gateway.service.scheme', 'auth.useResolver', 'proxy.kind', 'securityContext.user']) {
      const meta = metaAt(id);
      expect(meta.kind === 'field' && 'default' in meta, id).toBe(false);
    }
  });
});

describe('types follow the CLI', () => {
  const parse = (value: Record<string, unknown>) => valuesSchema.safeParse(value).success;

  test('ports, replicas and UIDs are integers in range', () => {
    expect(parse({ gateway: { service: { port: 80 } } })).toBe(true);
    expect(parse({ gateway: { service: { port: '80' } } })).toBe(false);
    expect(parse({ gateway: { service: { port: 70000 } } })).toBe(false);
    expect(parse({ gateway: { service: { nodePort: 31822 } } })).toBe(true);
    expect(parse({ gateway: { service: { nodePort: 8080 } } })).toBe(false);
    expect(parse({ gateway: { replicas: 1.5 } })).toBe(false);
    expect(parse({ securityContext: { runAsUser: '1000' } })).toBe(false);
    expect(parse({ externalServices: { api: { host: 'cloud.polyaxon.com', port: 443 } } })).toBe(true);
    expect(parse({ externalServices: { api: { host: 'https://cloud.polyaxon.com' } } })).toBe(false);
  });

  test('image tags and tokens are strings; maps hold string values', () => {
    expect(parse({ agent: { imageTag: 2.15 } })).toBe(false);
    expect(parse({ agent: { imageTag: '2.15' } })).toBe(true);
    expect(parse({ agent: { token: 12345 } })).toBe(false);
    expect(parse({ nodeSelector: { gpu: true } })).toBe(false);
    expect(parse({ nodeSelector: { gpu: 'true' } })).toBe(true);
    expect(parse({ labels: { team: 'ml' }, annotations: { a: 'b' } })).toBe(true);
  });

  test('resource quantities are checked', () => {
    expect(parse({ agent: { resources: { limits: { cpu: '500m', memory: '2Gi' } } } })).toBe(true);
    expect(parse({ agent: { resources: { limits: { cpu: 'half', memory: '2 GB' } } } })).toBe(false);
  });

  test('the time zone must be a real zone', () => {
    expect(parse({ timezone: 'Europe/Berlin' })).toBe(true);
    expect(parse({ timezone: 'Mars/Olympus' })).toBe(false);
  });

  test('every schema path resolves', () => {
    for (const n of allNodes()) expect(schemaAt(valuesSchema, n.path), n.id).toBeDefined();
  });
});

const reference = path.resolve(fileURLToPath(new URL('../..', import.meta.url)), '../shared/spec/helm-reference.md');
const hasReference = existsSync(reference);
if (!hasReference) console.warn(`Skipping reference-table test: ${reference} is absent`);

describe.skipIf(!hasReference)('descriptions from the reference tables', () => {
  /** Reference parameters whose chart key is spelled differently. */
  const KEY_FOR: Record<string, string> = { timeZone: 'timezone', user: 'securityContext.runAsUser', group: 'securityContext.runAsGroup' };

  test('every table row’s text is the description of its key', () => {
    const rows = [...readFileSync(reference, 'utf8').matchAll(/^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|/gm)];
    expect(rows.length).toBeGreaterThan(20);
    const mismatches = rows.flatMap(([, param, text]) => {
      const id = KEY_FOR[param as string] ?? (param as string);
      const node = allNodes().find((n) => n.id === id);
      if (!node) return [`${id}: not in the schema`];
      const want = (text as string).trim().replace(/\.$/, '');
      return node.meta.description.startsWith(want) ? [] : [`${id}: "${node.meta.description}" does not start with "${want}"`];
    });
    expect(mismatches).toEqual([]);
  });
});
