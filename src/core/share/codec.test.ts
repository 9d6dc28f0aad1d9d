import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FORBIDDEN_KEYS, type Values } from '../../shared/values';
import { decodeShareState, encodeShareState, shareState } from './codec';
import { buildFragment, parseFragment } from './fragment';
import { testSeed } from './test-helpers';

async function roundTrip(changed: Values, version = '2.15.1', includeSecrets = true) {
  const fragment = await encodeShareState({ version, changed, includeSecrets });
  const result = await decodeShareState(`#${fragment}`);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return { fragment, ...result };
}

describe('share link round trip', () => {
  test('values, chart version and key order come back the same', async () => {
    const changed: Values = {
      namespace: 'polyaxon-prod',
      ingress: { enabled: true, hostName: 'p.acme.com', path: null, tls: [{ secretName: 'tls', hosts: ['p.acme.com'] }], annotations: { 'a.b/c': '~tilde', '~': '~~' } },
      gateway: { service: { type: 'NodePort', port: 443 }, resources: { limits: { cpu: '2' }, requests: {} } },
      affinity: null,
      notInTheChart: { 'dotted.key': [1, 2.5, { x: null }], '': 'empty key' },
    };
    const { version, changed: back, fragment } = await roundTrip(changed, '2.9.4');
    expect(version).toBe('2.9.4');
    expect(back).toEqual(changed);
    expect(JSON.stringify(back)).toBe(JSON.stringify(changed));
    expect(fragment).toMatch(/^s=2\.[A-Za-z0-9_-]+$/);
  });

  test('an empty overlay round-trips', async () => {
    const { changed } = await roundTrip({});
    expect(changed).toEqual({});
  });

  test('property: any JSON map without forbidden keys round-trips (SEED replays)', async () => {
    const seed = testSeed();
    const key = fc
      .oneof(fc.constantFrom('ingress', 'agent', 'gateway', 'service', 'resources', 'limits', 'annotations', 'name', 'kind', '~', '~1', '~~x', 'a.b', ''), fc.string())
      .filter((k) => !FORBIDDEN_KEYS.has(k));
    const scalar = fc.oneof(
      fc.string(),
      fc.constantFrom('~', '~0', 'nginx', 'true', '/'),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.boolean(),
      fc.constant(null),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(key, tie('tree'), { maxKeys: 5 })),
    }));
    const values = fc.dictionary(key, tree, { maxKeys: 6 }) as fc.Arbitrary<Values>;
    await fc.assert(
      fc.asyncProperty(values, async (changed) => {
        const { changed: back } = await roundTrip(changed);
        expect(back).toEqual(changed);
      }),
      { seed, numRuns: 150 },
    );
  });
});

describe('secrets', () => {
  const changed: Values = { agent: { instance: 'acme.agents.1', token: 's3cr3t' }, polyaxonSecret: 'abc', internalToken: 'def', namespace: 'x' };

  test('left out of the link by default', async () => {
    const fragment = await encodeShareState({ version: '2.15.1', changed, includeSecrets: false });
    const result = await decodeShareState(fragment);
    expect(result.ok && result.changed).toEqual({ agent: { instance: 'acme.agents.1' }, namespace: 'x' });
  });

  test('kept when the user opts in', async () => {
    const fragment = await encodeShareState({ version: '2.15.1', changed, includeSecrets: true });
    const result = await decodeShareState(fragment);
    expect(result.ok && result.changed).toEqual(changed);
  });

  test('every classified secret is left out, and the link lists where (paths, not values)', async () => {
    const planted: Values = {
      proxy: { httpsProxy: 'http://user:pa55@proxy.example.com:3128' },
      connections: [{ name: 'store', kind: 's3', schema: { bucket: 's3://b' }, env: [{ name: 'AWS_SECRET_ACCESS_KEY', value: 'wJalrXUtnFEMI' }] }],
      namespace: 'x',
    };
    const { fragment, leftOut } = await shareState({ version: '2.15.1', changed: planted, includeSecrets: false });
    expect(leftOut.map((l) => l.id)).toEqual(['proxy.httpsProxy', 'connections[0].env[0].value']);
    expect(fragment.startsWith('s=2.')).toBe(true);
    const result = await decodeShareState(fragment);
    expect(result.ok && result.changed).toEqual({ connections: [{ name: 'store', kind: 's3', schema: { bucket: 's3://b' }, env: [{ name: 'AWS_SECRET_ACCESS_KEY' }] }], namespace: 'x' });
    expect(result.ok && result.leftOut).toEqual(leftOut);
  });

  test('a link with nothing left out carries no list; with secrets included, nothing is left out', async () => {
    expect(await shareState({ version: '2.15.1', changed: { namespace: 'x' }, includeSecrets: false })).toMatchObject({ leftOut: [] });
    const result = await decodeShareState(await encodeShareState({ version: '2.15.1', changed, includeSecrets: true }));
    expect(result.ok && result.leftOut).toEqual([]);
  });
});

describe('invalid values are kept and flagged', () => {
  test('each bad value gives a warning and is returned unchanged', async () => {
    const changed: Values = {
      namespace: 'Not A DNS Label',
      ingress: { enabled: 'yes', hostName: 'ok.example.com' },
      somethingNew: 1,
    };
    const result = await decodeShareState(await encodeShareState({ version: '2.15.1', changed, includeSecrets: false }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.changed).toEqual(changed);
    expect(result.warnings.map((w) => w.path)).toEqual(['namespace', 'ingress.enabled', 'somethingNew']);
    expect(result.warnings.every((w) => w.message.endsWith('kept as it is.'))).toBe(true);
  });

  test('null (Helm delete) and valid values give no warning', async () => {
    const result = await decodeShareState(await encodeShareState({ version: '2.15.1', changed: { namespace: 'ok', ingress: { path: null } }, includeSecrets: false }));
    expect(result.ok && result.warnings).toEqual([]);
  });
});

describe('fragment', () => {
  test('state and field parameters, in any order, with or without #', () => {
    expect(parseFragment('#s=1.abc&field=ingress.hostName')).toEqual({ state: '1.abc', field: 'ingress.hostName' });
    expect(parseFragment('field=agent.token&s=1.x')).toEqual({ state: '1.x', field: 'agent.token' });
    expect(parseFragment('#field=ingress.annotations')).toEqual({ field: 'ingress.annotations' });
    expect(parseFragment('#')).toEqual({});
    expect(parseFragment('#field=%E0%A4%A')).toEqual({});
  });

  test('buildFragment is the inverse of parseFragment', () => {
    const parts = { state: '1.abc-_', field: 'gateway.service.port' };
    expect(buildFragment(parts)).toBe('s=1.abc-_&field=gateway.service.port');
    expect(parseFragment(buildFragment(parts))).toEqual(parts);
    expect(buildFragment({})).toBe('');
  });

  test('the state never goes in the query string', async () => {
    const fragment = await encodeShareState({ version: '2.15.1', changed: { namespace: 'x' }, includeSecrets: false });
    expect(fragment).not.toContain('?');
    expect(await decodeShareState(`?${fragment}`)).toMatchObject({ ok: false });
  });
});
