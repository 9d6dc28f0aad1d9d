import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { CommandVariant, SecretMode } from '../helm-command/build';
import { shellQuote } from '../helm-command/shell-quote';
import type { Values } from '../../shared/values';
import { toYaml } from '../yaml/to-yaml';
import { buildRunbook, type RunbookStep } from './build-runbook';
import { tlsCovers } from './reach';

const V = '2.15.1';

function runbook(values: Values, extra: { release?: string; namespace?: string; variant?: CommandVariant; secretMode?: SecretMode } = {}): RunbookStep[] {
  return buildRunbook({
    release: extra.release ?? 'plx',
    namespace: extra.namespace ?? 'ml',
    chartVersion: V,
    values,
    yaml: toYaml(values),
    variant: extra.variant ?? 'file',
    ...(extra.secretMode ? { secretMode: extra.secretMode } : {}),
  });
}

const ids = (steps: RunbookStep[]) => steps.map((s) => s.id);
const byId = (steps: RunbookStep[], id: string): RunbookStep => {
  const s = steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id} in ${ids(steps).join(', ')}`);
  return s;
};

const S3_STORE: Values = { artifactsStore: { name: 'store', kind: 's3', schema: { bucket: 's3://b' }, secret: { name: 's3-creds' } } };
const INGRESS_TLS: Values = { ingress: { enabled: true, hostName: 'plx.example.com', tls: [{ secretName: 'plx-tls', hosts: ['plx.example.com'] }] } };

describe('buildRunbook: which steps, in order', () => {
  test.each<[string, Values, string[]]>([
    ['defaults: no secrets, no namespace step; port-forward', {}, ['repo', 'install', 'verify', 'reach', 'uninstall', 'left-behind']],
    ['ingress + TLS: namespace, TLS secret', INGRESS_TLS, ['namespace', 'secret-plx-tls', 'repo', 'install', 'verify', 'reach', 'uninstall', 'left-behind']],
    ['TLS listed but ingress disabled: no TLS secret', { ingress: { enabled: false, tls: [{ secretName: 'x', hosts: ['a'] }] } }, ['repo', 'install', 'verify', 'reach', 'uninstall', 'left-behind']],
    ['S3 store with a secret', S3_STORE, ['namespace', 'secret-s3-creds', 'repo', 'install', 'verify', 'reach', 'uninstall', 'left-behind']],
    [
      'pull secrets are one step per name, wherever listed',
      { imagePullSecrets: ['regcred'], gateway: { imagePullSecrets: ['regcred', 'gw'] } },
      ['namespace', 'secret-regcred', 'secret-gw', 'repo', 'install', 'verify', 'reach', 'uninstall', 'left-behind'],
    ],
    [
      'volume claim connection: checked, not created',
      { connections: [{ name: 'data', kind: 'volume_claim', schema: { volumeClaim: 'datasets', mountPath: '/data' } }] },
      ['namespace', 'volume-claims', 'repo', 'install', 'verify', 'reach', 'uninstall', 'left-behind'],
    ],
  ])('%s', (_, values, expected) => {
    expect(ids(runbook(values))).toEqual(expected);
  });
});

describe('buildRunbook: secrets with the keys their kind expects', () => {
  test.each<[string, Values, string, string[]]>([
    ['s3', S3_STORE, 'secret-s3-creds', ['--from-literal=AWS_ACCESS_KEY_ID=<access key id>', '--from-literal=AWS_SECRET_ACCESS_KEY=<secret access key>']],
    [
      'gcs mounted',
      { connections: [{ name: 'g', kind: 'gcs', schema: { bucket: 'gs://b' }, secret: { name: 'gcs-sa', mountPath: '/plx-context/.gc' } }] },
      'secret-gcs-sa',
      ['--from-file=gc-secret.json=<path/to/service-account-key.json>'],
    ],
    [
      'gcs as env',
      { connections: [{ name: 'g', kind: 'gcs', schema: { bucket: 'gs://b' }, secret: { name: 'gcs-sa' } }] },
      'secret-gcs-sa',
      ['--from-file=GC_KEYFILE_DICT=<path/to/service-account-key.json>'],
    ],
    [
      'wasb',
      { connections: [{ name: 'w', kind: 'wasb', schema: { bucket: 'wasbs://c@a.blob.core.windows.net/' }, secret: { name: 'az' } }] },
      'secret-az',
      ['--from-literal=AZURE_ACCOUNT_NAME=<storage account name>', '--from-literal=AZURE_ACCOUNT_KEY=<storage account key>'],
    ],
    [
      'git',
      { connections: [{ name: 'repo', kind: 'git', schema: { url: 'https://g/x' }, secret: { name: 'git-creds' } }] },
      'secret-git-creds',
      ['--from-literal=POLYAXON_GIT_CREDENTIALS=<username:access-token>'],
    ],
    [
      'registry',
      { connections: [{ name: 'r', kind: 'registry', schema: { url: 'r.io' }, secret: { name: 'docker-conf', mountPath: '/kaniko/.docker' } }] },
      'secret-docker-conf',
      ['--from-file=config.json=<path/to/.docker/config.json>'],
    ],
    [
      'ssh',
      { connections: [{ name: 's', kind: 'ssh', secret: { name: 'ssh-key', mountPath: '/etc/.ssh' } }] },
      'secret-ssh-key',
      ['--from-file=id_rsa=<path/to/id_rsa>', '--from-file=id_rsa.pub=<path/to/id_rsa.pub>'],
    ],
    ['slack', { connections: [{ name: 'n', kind: 'slack', secret: { name: 'hooks' } }] }, 'secret-hooks', ['--from-literal=POLYAXON_INTEGRATIONS_WEBHOOKS_SLACK=[{"url": "<slack webhook url>"}]']],
    ['items name the keys', { connections: [{ name: 'db', kind: 'postgres', secret: { name: 'pg', items: ['PGPASSWORD'] } }] }, 'secret-pg', ['--from-literal=PGPASSWORD=<value of PGPASSWORD>']],
    ['agentSecret', { agentSecret: 'my-token' }, 'secret-my-token', ['--from-literal=POLYAXON_AUTH_TOKEN="$POLYAXON_AGENT_TOKEN"']],
  ])('%s', (_, values, id, args) => {
    const command = byId(runbook(values), id).command;
    for (const a of args) expect(command).toContain(a.startsWith('--from-literal=POLYAXON_AUTH') ? a : shellQuote(a));
    expect(bashParses([command])).toEqual([]);
  });

  test('a TLS secret uses kubectl create secret tls with marked placeholders', () => {
    const s = byId(runbook(INGRESS_TLS), 'secret-plx-tls');
    expect(s.command).toBe("kubectl create secret tls plx-tls -n ml --cert='<path/to/tls.crt>' --key='<path/to/tls.key>'");
    expect(s.placeholders).toEqual(['<path/to/tls.crt>', '<path/to/tls.key>']);
  });

  test('connection secrets are created in the runs namespaces too; TLS only in the release namespace', () => {
    const steps = runbook({ ...S3_STORE, ...INGRESS_TLS, agent: { additionalNamespaces: ['team-a'] } });
    expect(byId(steps, 'namespace').command.split('\n')).toHaveLength(2);
    expect(byId(steps, 'secret-s3-creds').command).toContain('-n team-a');
    expect(byId(steps, 'secret-plx-tls').command).not.toContain('team-a');
  });

  test('the Kubernetes-secret token mode creates the Secret the values point at', () => {
    const steps = runbook({ agentSecret: 'plx-agent-token' }, { secretMode: 'secret' });
    expect(byId(steps, 'secret-plx-agent-token').command).toBe('kubectl create secret generic plx-agent-token -n ml --from-literal=POLYAXON_AUTH_TOKEN="$POLYAXON_AGENT_TOKEN"');
  });
});

describe('buildRunbook: install, verify, reach, uninstall', () => {
  test('install is the command builder`s variant, with the release and namespace', () => {
    expect(byId(runbook({}), 'install').command).toBe('helm upgrade --install plx polyaxon/agent --namespace ml --create-namespace --version 2.15.1 -f values.yaml');
    expect(byId(runbook({}, { variant: 'cli' }), 'install').command).toContain('polyaxon admin deploy -f values.yaml');
  });

  test('verify waits for the deployments the values enable', () => {
    expect(byId(runbook({}), 'verify').command.split('\n')).toEqual([
      'kubectl rollout status deployment/plx-polyaxon-agent -n ml --timeout=5m',
      'kubectl rollout status deployment/plx-polyaxon-streams -n ml --timeout=5m',
      'kubectl rollout status deployment/plx-polyaxon-operator -n ml --timeout=5m',
      'kubectl get pods -n ml -l release=plx',
    ]);
    const noOperator = byId(runbook({ operator: { enabled: false } }), 'verify');
    expect(noOperator.command).not.toContain('operator');
    expect(noOperator.note).toContain('Not deployed: the operator');
  });

  test.each<[string, Values, string | RegExp]>([
    ['ingress with TLS covering the host: https', INGRESS_TLS, 'https://plx.example.com/'],
    ['ingress with a wildcard TLS host', { ingress: { enabled: true, hostName: 'plx.example.com', tls: [{ secretName: 'w', hosts: ['*.example.com'] }] } }, 'https://plx.example.com/'],
    ['ingress without TLS: http', { ingress: { enabled: true, hostName: 'plx.example.com' } }, 'http://plx.example.com/'],
    ['NodePort', { gateway: { service: { type: 'NodePort', nodePort: 30080 } } }, 'http://<node address>:30080/'],
    ['LoadBalancer on port 80', { gateway: { service: { type: 'LoadBalancer' } } }, 'http://<load balancer address>/'],
    ['ClusterIP: port-forward', {}, 'http://localhost:8000/'],
  ])('reach: %s', (_, values, url) => {
    expect(byId(runbook(values), 'reach').url).toBe(url);
  });

  test('the https reach step shows the ingress and checks the URL', () => {
    const reach = byId(runbook(INGRESS_TLS), 'reach');
    expect(reach.title).toBe('Open the gateway at https://plx.example.com/');
    expect(reach.command).toContain('kubectl get ingress plx-polyaxon-ingress -n ml');
    expect(reach.command).toContain('polyaxon config set --host=https://plx.example.com --use_https=true');
  });

  test('uninstall says what is left behind', () => {
    const steps = runbook({ ...S3_STORE, connections: [{ name: 'data', kind: 'volume_claim', schema: { volumeClaim: 'datasets', mountPath: '/d' } }] });
    expect(byId(steps, 'uninstall').command).toBe('helm uninstall plx -n ml');
    expect(byId(steps, 'uninstall').note).toContain('deletes the CRDs');
    const left = byId(steps, 'left-behind');
    expect(left.command.split('\n')).toEqual(['kubectl delete secret s3-creds -n ml', 'kubectl get pvc datasets -n ml', 'kubectl delete namespace ml']);
    expect(left.note).toContain('PersistentVolumeClaim with your data (datasets)');
    expect(byId(runbook({ operator: { skipCRD: true } }), 'uninstall').note).toContain('The CRDs stay');
  });

  test('tlsCovers: exact and one-label wildcards', () => {
    expect(tlsCovers('a.example.com', 'A.example.com')).toBe(true);
    expect(tlsCovers('*.example.com', 'a.example.com')).toBe(true);
    expect(tlsCovers('*.example.com', 'a.b.example.com')).toBe(false);
    expect(tlsCovers('*.example.com', 'example.com')).toBe(false);
  });
});

/** Every command through real bash's parser (`bash -n`). */
function bashParses(commands: readonly string[]): string[] {
  const failures: string[] = [];
  for (const command of commands) {
    try {
      execFileSync('bash', ['-n'], { input: `${command}\n`, stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (e) {
      failures.push(`${command}\n--> ${String((e as { stderr?: Buffer }).stderr ?? e)}`);
    }
  }
  return failures;
}

/**
 * Runs a command in real bash with kubectl, helm, curl, polyaxon and pip
 * replaced by functions that print their arguments one per line (NUL-free),
 * in an empty folder holding one file (so an unquoted `*` would show), and
 * returns the arguments and the files that exist afterwards.
 */
function runStubbed(command: string): { args: string[]; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-'));
  try {
    writeFileSync(join(dir, 'GLOBBED'), '');
    const stubs = ['kubectl', 'helm', 'curl', 'polyaxon', 'pip'].map((c) => `${c}() { for a in "$@"; do printf '%s\\0' "$a"; done; cat >/dev/null; }`).join('\n');
    const out = execFileSync('bash', ['-c', `${stubs}\n${command}\n`], { cwd: dir, input: '', env: { PATH: process.env.PATH ?? '', POLYAXON_AGENT_TOKEN: 'tok' } }).toString();
    return { args: out.split('\0').filter((a) => a !== ''), files: readdirSync(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('every shell line passes bash -n; user strings are quoted', () => {
  const hostile = 'it\'s; $(touch PWNED) `touch PWNED2` "q" & | > * ~ {a,b}';
  const hostileValues: Values = {
    ingress: { enabled: true, hostName: `h${hostile}`, tls: [{ secretName: `tls${hostile}`, hosts: [`h${hostile}`] }] },
    imagePullSecrets: [`reg${hostile}`],
    agentSecret: `tok${hostile}`,
    connections: [
      { name: 'a', kind: 's3', schema: { bucket: 's3://b' }, secret: { name: `s3${hostile}`, items: [`K${hostile}`] } },
      { name: 'b', kind: 'volume_claim', schema: { volumeClaim: `pvc${hostile}`, mountPath: '/d' }, configMap: { name: `cm${hostile}` } },
    ],
    agent: { additionalNamespaces: [`ns${hostile}`] },
  };
  const cases: [string, Values, Partial<{ variant: CommandVariant; secretMode: SecretMode; release: string; namespace: string }>][] = [
    ['defaults', {}, {}],
    ['ingress and TLS, S3 store', { ...INGRESS_TLS, ...S3_STORE }, {}],
    ['hostile strings, file', hostileValues, { release: `r${hostile}`, namespace: `n${hostile}` }],
    ['hostile strings, heredoc', hostileValues, { variant: 'stdin', release: `r${hostile}`, namespace: `n${hostile}` }],
    ['hostile strings, --set', hostileValues, { variant: 'set', namespace: `n${hostile}` }],
    ['hostile strings, CLI', hostileValues, { variant: 'cli', namespace: `n${hostile}` }],
    ['NodePort', { gateway: { service: { type: 'NodePort' } }, ssl: { enabled: true } }, {}],
    ['LoadBalancer', { gateway: { service: { type: 'LoadBalancer', port: 8080 } } }, {}],
  ];
  test.each(cases)('%s', (_, values, extra) => {
    const steps = runbook(values, extra);
    expect(bashParses(steps.map((s) => s.command))).toEqual([]);
    for (const s of steps) {
      // Port-forward blocks, so it is only parsed; the rest run against printing stubs.
      if (s.id === 'reach' && s.command.includes('port-forward')) continue;
      const { args, files } = runStubbed(s.command);
      expect(files, s.id).toEqual(['GLOBBED']);
      // Every argument that carries a hostile string carries all of it, unchanged.
      // (--set values carry Helm's own escapes of `,` and `{`: set-flags tests round-trip them through the real Helm.)
      const helmEscaped = s.id === 'install' && extra.variant === 'set';
      if (!helmEscaped) for (const a of args.filter((x) => x.includes("it's"))) expect(a, s.id).toContain(hostile);
      expect(args.join(' ')).not.toContain('GLOBBED');
    }
  });
});
