import type { Values } from '../../src/shared/values';

/**
 * Configs with one known problem each, judged by the Polyaxon CLI 2.15.1 and
 * by our validation (validateValues + cliProblems). cli-parity.interop.test.ts
 * checks both verdicts and writes docs/validation-parity.md from the results.
 */
export interface ParityCase {
  id: string;
  /** The rule, in a few words. */
  rule: string;
  /** Form edits on top of chartDefaults(version), as in golden scenarios: maps merge, `null` empties a field. */
  edits: Values;
  /** The field our validation must name (a problem at this path, below it, or at a parent of it). */
  ourPath: string;
  /** What the CLI does with the file (plain changed values plus deploymentChart/agent). */
  cli: 'rejects' | 'accepts';
  /** What our validation should do. */
  ours: 'rejects' | 'accepts';
  /** Why the CLI does not check it, when it does not. */
  cliNote?: string;
  /** A KNOWN_GAPS id (interop/lib/known-gaps.ts) while our validation does not do `ours` yet. */
  knownGap?: string;
}

const s3 = (name: string) => ({ name, kind: 's3', schema: { bucket: `s3://${name}` } });

export const PARITY_CASES: readonly ParityCase[] = [
  {
    id: 'platform-user',
    rule: 'Platform-only key `user` in an agent config',
    edits: { user: { username: 'admin', password: 'changeme', email: 'admin@acme.com' } },
    ourPath: 'user',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'platform-postgresql',
    rule: 'Platform-only key `postgresql` in an agent config',
    edits: { postgresql: { enabled: false } },
    ourPath: 'postgresql',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'duplicate-connection-names',
    rule: 'Two connections with the same name',
    edits: { connections: [s3('data'), { name: 'data', kind: 'gcs', schema: { bucket: 'gs://data' } }] },
    ourPath: 'connections',
    cli: 'accepts',
    ours: 'rejects',
    cliNote: '`--check` never calls validate_connections(); the agent fails at start-up ("A connection with name `data` must be unique.")',
  },
  {
    id: 'artifacts-store-git',
    rule: 'artifactsStore of kind git (not a mount or blob store)',
    edits: { artifactsStore: { name: 'store', kind: 'git', schema: { url: 'https://github.com/acme/repo' } } },
    ourPath: 'artifactsStore',
    cli: 'accepts',
    ours: 'rejects',
    cliNote: 'the CLI and the agent config do not check the store kind; the docs allow host_path, volume_claim, gcs, s3, wasb',
  },
  {
    id: 'port-as-string',
    rule: 'A quoted number where the CLI wants an integer (`gateway.service.port: "80"`)',
    edits: { gateway: { service: { port: '80' } } },
    ourPath: 'gateway.service.port',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'instance-as-int',
    rule: 'A number where the CLI wants a string (`agent.instance: 123`)',
    edits: { agent: { instance: 123 } },
    ourPath: 'agent.instance',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'toleration-typo',
    rule: 'Unknown toleration key (`operatr`)',
    edits: { tolerations: [{ key: 'dedicated', operatr: 'Exists', effect: 'NoSchedule' }] },
    ourPath: 'tolerations',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'affinity-typo',
    rule: 'Unknown affinity key (`podAffinty`)',
    edits: {
      affinity: {
        podAffinty: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            { weight: 100, podAffinityTerm: { labelSelector: { matchLabels: { 'app.kubernetes.io/part-of': 'polyaxon-core' } }, topologyKey: 'kubernetes.io/hostname' } },
          ],
        },
      },
    },
    ourPath: 'affinity',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'security-context-user-only',
    rule: 'securityContext with runAsUser but no runAsGroup',
    edits: { securityContext: { enabled: true, runAsUser: 1000, runAsGroup: null } },
    ourPath: 'securityContext',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'deployment-version-number',
    rule: 'Unquoted `deploymentVersion: 2.15` (a float)',
    edits: { deploymentVersion: 2.15 },
    ourPath: 'deploymentVersion',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'node-selector-bool',
    rule: 'nodeSelector value that is not a string (`gpu: true`)',
    edits: { nodeSelector: { gpu: true } },
    ourPath: 'nodeSelector',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'pull-policy-case',
    rule: 'Enum in the wrong case (`imagePullPolicy: always`)',
    edits: { gateway: { imagePullPolicy: 'always' } },
    ourPath: 'gateway.imagePullPolicy',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'service-type-case',
    rule: 'Enum in the wrong case (`gateway.service.type: nodeport`)',
    edits: { gateway: { service: { type: 'nodeport' } } },
    ourPath: 'gateway.service.type',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'timezone-typo',
    rule: 'The docs\u2019 `timeZone` instead of `timezone`',
    edits: { timeZone: 'Europe/Berlin' },
    ourPath: 'timeZone',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'notification-connections',
    rule: 'Removed key `notificationConnections`',
    edits: { notificationConnections: [{ name: 'slack', kind: 'slack' }] },
    ourPath: 'notificationConnections',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'chart-only-key',
    rule: 'A chart key the CLI does not know (`operator.skipStatus`)',
    edits: { operator: { skipStatus: true } },
    ourPath: 'operator.skipStatus',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'legacy-security-context-user',
    rule: 'Legacy `securityContext.user`',
    edits: { securityContext: { user: 1000 } },
    ourPath: 'securityContext.user',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'default-mode-number',
    rule: 'Connection secret `defaultMode: 0600` unquoted (YAML 1.1 reads 384)',
    edits: { connections: [{ name: 'ssh-key', kind: 'ssh', secret: { name: 'ssh-key', mountPath: '/etc/.ssh', defaultMode: 384 } }] },
    ourPath: 'connections',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'connection-is-alias',
    rule: 'Connection with `isAlias: true` (read by the chart)',
    edits: { connections: [{ ...s3('data'), isAlias: true }] },
    ourPath: 'connections',
    cli: 'accepts',
    ours: 'accepts',
    cliNote: 'vents 0.7.3 accepts isAlias (spec §G open point: now closed)',
  },
  {
    id: 'ingress-without-host',
    rule: 'Ingress enabled without a host name',
    edits: { ingress: { enabled: true } },
    ourPath: 'ingress.hostName',
    cli: 'accepts',
    ours: 'rejects',
    cliNote: 'a chart-level rule (the chart renders a null POLYAXON_PLATFORM_HOST); the CLI does not check it',
  },
  {
    id: 'resources-emptied',
    rule: 'An emptied CPU request (written as `null` to drop the chart default)',
    edits: { agent: { resources: { requests: { cpu: null } } } },
    ourPath: 'agent.resources.requests.cpu',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'connection-env-list',
    rule: 'Connection `env` as a Kubernetes EnvVar list',
    edits: { connections: [{ ...s3('data'), env: [{ name: 'AWS_REGION', value: 'eu-west-1' }] }] },
    ourPath: 'connections',
    cli: 'rejects',
    ours: 'rejects',
  },
  {
    id: 'security-context-group-only-changed',
    rule: 'Only runAsGroup changed (runAsUser stays at the chart default, so the file has runAsGroup alone)',
    edits: { securityContext: { enabled: true, runAsGroup: 3000 } },
    ourPath: 'securityContext',
    cli: 'rejects',
    ours: 'accepts',
    cliNote: 'only this plain file: the CLI-compatible file (cliCompatibleValues) writes runAsUser: 2222 next to runAsGroup, which the CLI accepts; the CLI-valid random configs check that file',
  },
];
