import { describe, expect, test } from 'vitest';
import { chartDefaults } from '../../schema/defaults';
import { CHART_VERSIONS, LATEST_CHART_VERSION } from '../../schema/chart-versions';
import { parseRecord, serializeRecord } from '../autosave/record';
import { SET_VALUES } from '../embed/protocol';
import { readSetValues } from '../embed/set-values';
import { importValues } from '../import/import-values';
import { loadValuesYaml } from '../import/safe-yaml';
import { decodeShareState, shareState } from '../share/codec';
import { SHARE_FORMATS } from '../share/formats';
import { helmMerge } from '../values/helm-merge';
import { isPlainMap, type Values } from '../values/types';
import { switchVersion } from '../versions/switch-version';
import { MAX_DATA_NODES } from './guard-data';

/**
 * Every door values come in by, each doing only its own decoding before
 * ingest(): the same legacy values file must give the same form values at
 * every door, and a hostile input must be refused at every door.
 */

const V = LATEST_CHART_VERSION;
const OLDER = CHART_VERSIONS[CHART_VERSIONS.length - 2] as string;

/** The docs' spellings and older keys, as people still write them. */
const LEGACY_YAML = [
  'timeZone: Europe/Berlin',
  'securityContext:',
  '  enabled: true',
  '  user: 1111',
  '  group: 1111',
  'api:',
  '  service:',
  '    annotations:',
  '      external-dns.alpha.kubernetes.io/hostname: agent.example.com',
  'artifactsStore: {}',
  'connections:',
  '  - name: repo',
  '    kind: ssh',
  '    secret:',
  '      name: ssh-secret',
  '      defaultMode: 0600',
  'notificationConnections:',
  '  - name: slack',
  '    kind: slack',
  'persistence:',
  '  - name: gcs-dataset1',
  '    kind: gcs',
  '    schema:',
  '      bucket: "gs://b"',
  'deploymentVersion: 2.15',
  'namespace: ml',
  '',
].join('\n');

function legacyData(): Values {
  const loaded = loadValuesYaml(LEGACY_YAML);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.values;
}

type Door = (data: Values, yaml: string) => Promise<{ ok: true; formValues: Values } | { ok: false; why: string }>;

const fail = (why: string) => ({ ok: false as const, why });

/**
 * What the form held: `data` over the release's defaults, merged two levels
 * deep with spreads (helmMerge would copy a hostile input, expanding shared
 * references and turning an own `__proto__` key into a prototype).
 */
function formOf(version: string, data: Values): Values {
  const defaults = chartDefaults(version);
  const out: Values = { ...defaults };
  for (const key of Object.keys(data)) {
    const mine = data[key];
    const theirs = defaults[key];
    out[key] = isPlainMap(mine) && isPlainMap(theirs) ? { ...theirs, ...mine } : mine;
  }
  return out;
}

/** Each door, from the bytes or message that reaches it to the form values it opens. */
const DOORS: Record<string, Door> = {
  'import (paste or file)': async (_data, yaml) => {
    const r = importValues(yaml, { version: V });
    return r.ok ? { ok: true, formValues: r.formValues } : fail(r.error.message);
  },
  'share link (current format)': async (data) => {
    const { fragment } = await shareState({ version: V, changed: data, includeSecrets: true });
    const r = await decodeShareState(`#${fragment}`);
    return r.ok ? { ok: true, formValues: r.formValues } : fail(r.error.message);
  },
  'share link (format 1, made by an older builder)': async (data) => {
    const v1 = SHARE_FORMATS.get('1')!;
    const r = await decodeShareState(`#s=1.${await v1.encode(V, data)}`);
    return r.ok ? { ok: true, formValues: r.formValues } : fail(r.error.message);
  },
  'embed set-values message': async (data) => {
    // postMessage delivers a structured clone.
    const r = readSetValues(structuredClone({ type: SET_VALUES, values: data, version: V }), OLDER);
    return r.ok ? { ok: true, formValues: r.formValues } : fail(r.reason);
  },
  'autosave restore (work saved by an older builder)': async (data) => {
    const text = serializeRecord({ version: V, savedAt: '2026-01-02T03:04:05.000Z', values: formOf(V, data) });
    const r = parseRecord(text);
    return r.ok ? { ok: true, formValues: r.record.values } : fail(r.reason);
  },
  'chart release switch': async (data) => {
    const r = switchVersion(formOf(OLDER, data), OLDER, V);
    return r.ok ? { ok: true, formValues: r.formValues } : fail(r.error.message);
  },
};

describe('one ingest path: the same legacy file through every door', () => {
  test('import gives the migrated values (the reference the other doors must match)', async () => {
    const r = importValues(LEGACY_YAML, { version: V });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.values).toEqual({
      timezone: 'Europe/Berlin',
      securityContext: { enabled: true, runAsUser: 1111, runAsGroup: 1111 },
      gateway: { service: { annotations: { 'external-dns.alpha.kubernetes.io/hostname': 'agent.example.com' } } },
      connections: [
        { name: 'repo', kind: 'ssh', secret: { name: 'ssh-secret', defaultMode: '0600' } },
        { name: 'slack', kind: 'slack' },
        { name: 'gcs-dataset1', kind: 'gcs', schema: { bucket: 'gs://b' } },
      ],
      deploymentVersion: '2.15',
      namespace: 'ml',
    });
    expect(r.formValues).toEqual(helmMerge(chartDefaults(V), r.values));
  });

  test.each(Object.keys(DOORS))('%s gives the same form values as import', async (name) => {
    const reference = importValues(LEGACY_YAML, { version: V });
    if (!reference.ok) throw new Error(reference.error.message);
    const got = await DOORS[name]!(legacyData(), LEGACY_YAML);
    if (!got.ok) throw new Error(`${name} refused the legacy file: ${got.why}`);
    expect(got.formValues).toEqual(reference.formValues);
    for (const legacy of ['timeZone', 'notificationConnections', 'persistence', 'securityContext.user', 'api.service.annotations']) expect(got.formValues).not.toHaveProperty(legacy);
  });

  test('share links and embed messages report the migrations they applied', async () => {
    const link = await decodeShareState(`#${(await shareState({ version: V, changed: legacyData(), includeSecrets: true })).fragment}`);
    const embed = readSetValues({ type: SET_VALUES, values: legacyData() }, V);
    for (const r of [link, embed]) {
      if (!r.ok) throw new Error('refused');
      expect(r.report.migrations.map((m) => m.migration)).toContain('migrateTimeZone');
      expect(r.report.migrations.map((m) => m.migration)).toContain('migrateSecretDefaultMode');
    }
  });
});

/** A YAML "billion laughs": nine levels of nine aliases. */
function billionLaughs(): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i += 1) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(',')}]`);
  return `${lines.join('\n')}\n`;
}

/** The same bomb as data: shared references (a structured clone keeps them shared), nine levels of nine. */
function referenceBomb(): Values {
  let node: unknown = ['lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol', 'lol'];
  for (let i = 0; i < 9; i += 1) node = Array.from({ length: 9 }, () => node);
  return { labels: { bomb: node } };
}

/** A bomb written out as JSON can carry it: more entries than any values file needs. */
function expandedBomb(): Values {
  const leaf = Array.from({ length: 11 }, () => 'lol');
  const level = (n: number): unknown => (n === 0 ? leaf : Array.from({ length: 10 }, () => level(n - 1)));
  return JSON.parse(JSON.stringify({ labels: { bomb: level(4) } })) as Values;
}

function deepData(depth: number): Values {
  let node: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) node = { n: node };
  return { labels: node as Values };
}

const protoData = () => JSON.parse('{"namespace":"ml","agent":{"__proto__":{"polluted":true}}}') as Values;

interface Hostile {
  name: string;
  /** The input as data (for the doors that receive data) and as text (for the import door). */
  data: () => Values;
  /** What the data doors that only carry JSON receive (shared references cannot be written out). */
  json?: () => Values;
  yaml: string;
}

const HOSTILE: Hostile[] = [
  { name: '__proto__ key', data: protoData, yaml: 'namespace: ml\nagent:\n  __proto__:\n    polluted: true\n' },
  { name: 'nesting 150 deep', data: () => deepData(150), yaml: `labels: ${'{n: '.repeat(150)}bottom${'}'.repeat(150)}\n` },
  { name: 'alias bomb', data: referenceBomb, json: expandedBomb, yaml: billionLaughs() },
];

describe('hostile input is refused at every door', () => {
  test('the expanded bomb is larger than the limit', () => {
    expect(JSON.stringify(expandedBomb()).split('"lol"').length - 1).toBeGreaterThan(MAX_DATA_NODES);
  });
  for (const hostile of HOSTILE) {
    test.each(Object.keys(DOORS))(`${hostile.name}: %s refuses it`, async (name) => {
      const jsonOnly = name.startsWith('share link') || name.startsWith('autosave');
      const data = jsonOnly && hostile.json ? hostile.json() : hostile.data();
      const got = await DOORS[name]!(data, hostile.yaml);
      expect(got.ok).toBe(false);
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  }
});
