import { describe, expect, test } from 'vitest';
import { CHART_VERSIONS } from '../../schema/chart-versions';
import { chartDefaults } from '../../schema/defaults';
import type { Values } from '../../shared/values';
import { classifySecrets } from './classify';
import { maskSecrets, maskSecretsInText, MASK_TEXT, omitSecrets } from './mask';

const PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';
const RANDOM = 'wJalrXUtnFEMI7K7MDENGbPxRfiCYz9Xq2Lk';

const s3 = (env: { name: string; value: string }[], extra: Values = {}): Values => ({
  connections: [{ name: 'store', kind: 's3', schema: { bucket: 's3://bucket' }, env, ...extra }],
});

/** [case, values, the expected findings as `id rule`]. */
const SECRET_CASES: [string, Values, string[]][] = [
  ['schema: agent token', { agent: { token: 'abc' } }, ['agent.token schema']],
  [
    'schema: polyaxonSecret, internalToken, organizationKey',
    { polyaxonSecret: 'a', internalToken: 'b', organizationKey: 'c' },
    ['polyaxonSecret schema', 'internalToken schema', 'organizationKey schema'],
  ],
  ['connection kind: s3 AWS_ACCESS_KEY_ID', s3([{ name: 'AWS_ACCESS_KEY_ID', value: 'AKIAEXAMPLE' }]), ['connections[0].env[0].value connection-kind']],
  [
    'connection kind: wasb AZURE_CONNECTION_STRING (no secret word in it)',
    { artifactsStore: { name: 'az', kind: 'wasb', env: [{ name: 'AZURE_CONNECTION_STRING', value: 'DefaultEndpointsProtocol=https;AccountName=a' }] } },
    ['artifactsStore.env[0].value connection-kind'],
  ],
  ['env name: AWS_SECRET_ACCESS_KEY in any kind', { connections: [{ name: 'c', kind: 'custom', env: [{ name: 'AWS_SECRET_ACCESS_KEY', value: 'x1' }] }] }, ['connections[0].env[0].value name']],
  ...['DB_PASSWORD', 'LDAP_PASSWD', 'GITHUB_TOKEN', 'API_KEY', 'GOOGLE_APPLICATION_CREDENTIALS_JSON', 'BASIC_AUTH', 'clientSecret', 'MY_CREDENTIAL'].map((name): [string, Values, string[]] => [
    `env name: ${name}`,
    { connections: [{ name: 'c', kind: 'custom', env: [{ name, value: 'hunter2' }] }] },
    ['connections[0].env[0].value name'],
  ]),
  ['password in a connection schema', { connections: [{ name: 'db', kind: 'postgres', schema: { host: 'db.example.com', password: 'p4ss' } }] }, ['connections[0].schema.password name']],
  ['URL userinfo in proxy.httpsProxy', { proxy: { httpsProxy: 'http://user:pass@proxy.example.com:3128' } }, ['proxy.httpsProxy url-userinfo']],
  ['userinfo without a scheme', { proxy: { httpProxy: 'user:pass@10.0.0.1:3128' } }, ['proxy.httpProxy url-userinfo']],
  [
    'token user name in a git URL',
    { connections: [{ name: 'repo', kind: 'git', schema: { url: 'https://ghp_1a2B3c4D5e6F7g8H9i0J@github.com/org/repo' } }] },
    ['connections[0].schema.url url-userinfo'],
  ],
  ['token query in auth.external', { auth: { external: 'https://auth.example.com/check?access_token=abc123' } }, ['auth.external url-query']],
  ['api key query', { auth: { external: 'https://auth.example.com/check?team=a&apiKey=abc123' } }, ['auth.external url-query']],
  [
    'basic-auth annotation (inline htpasswd)',
    { ingress: { annotations: { 'ingress.kubernetes.io/auth-basic': 'admin:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/' } } },
    ['ingress.annotations["ingress.kubernetes.io/auth-basic"] annotation'],
  ],
  [
    'oidc annotation',
    { ingress: { annotations: { 'alb.ingress.kubernetes.io/auth-idp-oidc': '{"issuer":"https://idp","clientId":"a","clientSecret":"b"}' } } },
    ['ingress.annotations["alb.ingress.kubernetes.io/auth-idp-oidc"] annotation'],
  ],
  ['PEM block in a YAML field', { api: { tls: PEM } }, ['api.tls pem']],
  ['PEM block in an unknown key', { extraCert: PEM }, ['extraCert pem']],
  ['high entropy in a label value', { labels: { build: RANDOM } }, ['labels.build entropy']],
  ['high entropy in an unknown key', { notes: RANDOM }, ['notes entropy']],
  ['AWS key id in a free map', { nodeSelector: { 'x-id': 'AKIAIOSFODNN7EXAMPLE' } }, ['nodeSelector.x-id entropy']],
  ['secret word in an unknown nested key', { extra: { db: { password: 'p4ss' } } }, ['extra.db.password name']],
];

/** Values that look a bit like secrets and must stay (no finding). */
const PUBLIC_CASES: [string, Values][] = [
  ['KEY_PREFIX path', s3([{ name: 'KEY_PREFIX', value: 'tenant-a/models/' }])],
  ['KEY_PREFIX absolute path', { connections: [{ name: 'c', kind: 'custom', env: [{ name: 'KEY_PREFIX', value: '/data/keys' }] }] }],
  ['GC_KEY_PATH', { connections: [{ name: 'c', kind: 'gcs', env: [{ name: 'GC_KEY_PATH', value: '/plx-context/.gc/gc-secret.json' }] }] }],
  ['public host names', { externalServices: { api: { host: 'cloud.polyaxon.com' } }, ingress: { hostName: 'polyaxon.example.com' }, auth: { external: 'https://auth.example.com/verify' } }],
  [
    'AUTH_HOST env with a host name',
    {
      connections: [
        {
          name: 'c',
          kind: 'custom',
          env: [
            { name: 'AUTH_HOST', value: 'auth.example.com' },
            { name: 'TOKEN_TTL', value: '3600' },
            { name: 'AUTH_ENABLED', value: 'true' },
          ],
        },
      ],
    },
  ],
  ['a long internal host name', { nodeSelector: { 'kubernetes.io/hostname': 'ip-10-20-30-40.eu-west-1.compute.internal' } }],
  [
    'secret names are references',
    {
      agentSecret: 'polyaxon-agent-token',
      ingress: { tls: [{ secretName: 'polyaxon-tls', hosts: ['a.example.com'] }] },
      connections: [{ name: 's', kind: 's3', schema: { bucket: 's3://b' }, secret: { name: 'aws-credentials' } }],
    },
  ],
  [
    'auth-secret annotation names a Secret',
    {
      ingress: {
        annotations: { 'nginx.ingress.kubernetes.io/auth-secret': 'basic-auth', 'nginx.ingress.kubernetes.io/auth-type': 'basic', 'nginx.ingress.kubernetes.io/auth-realm': 'Authentication Required' },
      },
    },
  ],
  [
    'oauth2-proxy sign-in URL',
    {
      ingress: {
        annotations: {
          'nginx.ingress.kubernetes.io/auth-url': 'https://oauth2.example.com/oauth2/auth',
          'nginx.ingress.kubernetes.io/auth-signin': 'https://oauth2.example.com/oauth2/start?rd=$escaped_request_uri',
        },
      },
    },
  ],
  [
    'ssh-style git URL',
    {
      connections: [
        { name: 'repo', kind: 'git', schema: { url: 'ssh://git@github.com/org/repo.git' } },
        { name: 'repo2', kind: 'git', schema: { url: 'git@github.com:org/repo.git' } },
      ],
    },
  ],
  [
    'toleration and affinity keys',
    {
      tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'polyaxon', effect: 'NoSchedule' }],
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'type', operator: 'In', values: ['polyaxon-core'] }] }] } } },
    },
  ],
  [
    'image references and digests',
    {
      agent: { image: 'polyaxon/polyaxon-agent', imageTag: 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
      labels: { commit: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b' },
    },
  ],
  ['CamelCase words and UUIDs', { labels: { team: 'MachineLearningPlatformTeam', run: '123e4567-e89b-12d3-a456-426614174000' }, agent: { instance: 'acme.agents.7a1c2e3f4b5d6e7f8a9b0c1d2e3f4a5b' } }],
  ['proxy without credentials', { proxy: { httpsProxy: 'http://proxy.example.com:3128', httpProxy: '12.12.12.12:8080', noProxy: 'localhost,127.0.0.1,.svc' } }],
];

const summary = (values: Values) => classifySecrets(values).map((f) => `${f.id} ${f.rule}`);

describe('classifySecrets: what is secret', () => {
  test.each(SECRET_CASES)('%s', (_name, values, expected) => {
    expect(summary(values)).toEqual(expected);
  });
});

describe('classifySecrets: false positives that must stay', () => {
  test.each(PUBLIC_CASES)('%s', (_name, values) => {
    expect(summary(values)).toEqual([]);
  });

  test('the chart defaults of every release hold no secret', () => {
    for (const version of CHART_VERSIONS) expect(summary(chartDefaults(version)), version).toEqual([]);
  });
});

describe('masking and omitting', () => {
  const values: Values = {
    agent: { token: 'tok-123', instance: 'acme.agents.1' },
    connections: [
      {
        name: 'c',
        kind: 's3',
        schema: { bucket: 's3://b' },
        env: [
          { name: 'AWS_SECRET_ACCESS_KEY', value: 'sekret' },
          { name: 'REGION', value: 'eu' },
        ],
      },
    ],
    labels: { tokens: 'x' },
    allowedHosts: ['a.example.com', PEM],
  };

  test('maskSecrets replaces each secret, keeps the rest and never changes its input', () => {
    const before = structuredClone(values);
    const { values: masked, masked: list } = maskSecrets(values);
    expect(values).toEqual(before);
    expect(list.map((f) => f.id)).toEqual(['agent.token', 'connections[0].env[0].value', 'labels.tokens', 'allowedHosts[1]']);
    expect(masked).toEqual({
      agent: { token: MASK_TEXT, instance: 'acme.agents.1' },
      connections: [
        {
          name: 'c',
          kind: 's3',
          schema: { bucket: 's3://b' },
          env: [
            { name: 'AWS_SECRET_ACCESS_KEY', value: MASK_TEXT },
            { name: 'REGION', value: 'eu' },
          ],
        },
      ],
      labels: { tokens: MASK_TEXT },
      allowedHosts: ['a.example.com', MASK_TEXT],
    });
  });

  test('a revealed value is kept in clear; a custom mask gets the index', () => {
    const { values: masked } = maskSecrets(values, { revealed: new Set(['agent.token']), mask: (_f, i) => `m${i}` });
    expect((masked.agent as Values).token).toBe('tok-123');
    expect(masked.labels).toEqual({ tokens: 'm1' });
  });

  test('omitSecrets drops map entries (and maps left empty), blanks list items, keeps env names', () => {
    const { values: out, leftOut } = omitSecrets(values);
    expect(leftOut).toHaveLength(4);
    expect(out).toEqual({
      agent: { instance: 'acme.agents.1' },
      connections: [{ name: 'c', kind: 's3', schema: { bucket: 's3://b' }, env: [{ name: 'AWS_SECRET_ACCESS_KEY' }, { name: 'REGION', value: 'eu' }] }],
      allowedHosts: ['a.example.com', ''],
    });
    expect(omitSecrets({ agent: { token: 't' } }).values).toEqual({});
  });

  test('maskSecretsInText masks each secret value in derived text, plain or JSON-escaped', () => {
    const planted: Values = { extraCert: PEM, proxy: { httpsProxy: 'http://u:p4ss@proxy.example.com' }, namespace: 'ml' };
    const text = `HTTPS_PROXY: http://u:p4ss@proxy.example.com\nSTORE: ${JSON.stringify({ cert: PEM })}\nnamespace: ml`;
    expect(maskSecretsInText(text, planted)).toBe(`HTTPS_PROXY: ${MASK_TEXT}\nSTORE: {"cert":"${MASK_TEXT}"}\nnamespace: ml`);
  });
});
