import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { memoryStorage } from '../autosave/storage';
import { AUTOSAVE_KEY, createAutosaveStore } from '../autosave/store';
import { changePayload } from '../embed/change';
import { isHighEntropy } from '../secrets/content-rules';
import { displayYaml } from '../secrets/display';
import { decodeShareState, shareState } from '../share/codec';
import { computeValues } from '../values/output';
import { isPlainMap, type Values } from '../../shared/values';
import { CONNECTION_KIND_NAMES } from '../../schema/keys/connection';
import { arbitraryForm } from '../../test-utils/arbitrary-values';
import { seededParameters } from '../../test-utils/run-seed';

/** A random secret: long, mixed case and digits (so every content rule must recognise it where it is planted). */
const secretText = fc
  .tuple(fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789'), minLength: 22, maxLength: 40 }))
  .map(([s]) => `Q7${s}x9`)
  .filter(isHighEntropy);

type Plant = (form: Values, secret: string) => void;

function mapAt(form: Values, path: readonly string[]): Values {
  let current = form;
  for (const key of path) {
    if (!isPlainMap(current[key])) current[key] = {};
    current = current[key] as Values;
  }
  return current;
}

function appendConnection(form: Values, connection: Values): void {
  const list = Array.isArray(form.connections) ? [...(form.connections as unknown[])] : [];
  list.push(connection);
  form.connections = list;
}

const ENV_NAMES = ['AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'DB_PASSWORD', 'GITHUB_TOKEN', 'API_KEY', 'MY_CREDENTIALS', 'BASIC_AUTH', 'clientSecret', 'LDAP_PASSWD'];

/** Every place the classifier covers, by rule. */
const PLANTS: Record<string, (pick: number) => Plant> = {
  schemaField: (pick) => (form, secret) => {
    const [path, key] = (
      [
        [['agent'], 'token'],
        [[], 'polyaxonSecret'],
        [[], 'internalToken'],
        [[], 'organizationKey'],
      ] as const
    )[pick % 4]!;
    mapAt(form, path)[key] = secret;
  },
  connectionEnv: (pick) => (form, secret) =>
    appendConnection(form, {
      name: `c${pick}`,
      kind: CONNECTION_KIND_NAMES[pick % CONNECTION_KIND_NAMES.length],
      env: [
        { name: 'REGION', value: 'eu' },
        { name: ENV_NAMES[pick % ENV_NAMES.length], value: secret },
      ],
    }),
  artifactsStoreEnv: () => (form, secret) => {
    form.artifactsStore = { name: 'store', kind: 's3', schema: { bucket: 's3://bucket' }, env: [{ name: 'AWS_SECRET_ACCESS_KEY', value: secret }] };
  },
  connectionSchemaPassword: (pick) => (form, secret) => appendConnection(form, { name: `db${pick}`, kind: 'postgres', schema: { host: 'db.example.com', password: secret } }),
  proxyUserinfo: (pick) => (form, secret) => {
    mapAt(form, ['proxy'])[pick % 2 ? 'httpsProxy' : 'httpProxy'] = `http://svc:${secret}@proxy.example.com:3128`;
  },
  gitUrlToken: () => (form, secret) => appendConnection(form, { name: 'repo', kind: 'git', schema: { url: `https://oauth2:${secret}@gitlab.example.com/org/repo.git` } }),
  authExternalQuery: (pick) => (form, secret) => {
    mapAt(form, ['auth']).external = `https://auth.example.com/check?${['token', 'access_token', 'apiKey', 'sig'][pick % 4]}=${secret}`;
  },
  basicAuthAnnotation: (pick) => (form, secret) => {
    mapAt(form, [['ingress'], ['gateway', 'service'], ['agent']][pick % 3]!).annotations = { 'ingress.kubernetes.io/auth-basic': `admin:${secret}` };
  },
  pemBlock: () => (form, secret) => {
    form.extraCertificate = `-----BEGIN PRIVATE KEY-----\n${secret}\n-----END PRIVATE KEY-----\n`;
  },
  highEntropyLabel: (pick) => (form, secret) => {
    mapAt(form, [[], ['agent'], ['gateway']][pick % 3]!).labels = { build: secret };
  },
  secretNamedUnknownKey: () => (form, secret) => {
    form.legacyThing = { db: { password: secret } };
  },
};

const plantArbitrary = fc.tuple(fc.constantFrom(...Object.keys(PLANTS)), fc.nat(), secretText).map(([site, pick, secret]) => ({ site, plant: PLANTS[site]!(pick), secret }));

describe('planted secrets never leave by default', () => {
  test('the default share link, the autosave record (secrets out) and the embed change message hold no planted secret', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryForm({ unknownKeys: true }), fc.array(plantArbitrary, { minLength: 1, maxLength: 4 }), async ({ version, form }, plants) => {
        const values = structuredClone(form);
        for (const { plant, secret } of plants) plant(values, secret);
        const { changed } = computeValues(values, version);
        const secrets = plants.map((p) => p.secret);
        const leaks = (label: string, text: string) => {
          for (const secret of secrets) if (text.includes(secret)) throw new Error(`${label} holds a planted secret (${plants.map((p) => p.site).join(', ')})`);
        };

        const { fragment, leftOut } = await shareState({ version, changed, includeSecrets: false });
        leaks('share link', fragment);
        const decoded = await decodeShareState(fragment);
        if (!decoded.ok) throw new Error(decoded.error.message);
        leaks('decoded share link', JSON.stringify(decoded));
        expect(leftOut.length).toBeGreaterThanOrEqual(1);

        const storage = memoryStorage();
        createAutosaveStore(storage).save({ version, values, savedAt: '2026-01-01T00:00:00.000Z' });
        leaks('autosave record', storage.data.get(AUTOSAVE_KEY) ?? '');

        leaks('embed change message', JSON.stringify(changePayload(version, changed)));
        leaks('masked preview', displayYaml(changed).text);
      }),
      seededParameters('planted secrets', 150),
    );
  });
});
