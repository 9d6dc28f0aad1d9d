/**
 * What the Polyaxon CLI 2.15.1 (`polyaxon admin deploy -f`, DeploymentConfig)
 * accepts beyond the chart's keys, from spec §C.2–C.4. Used to tell a key the
 * CLI rejects ("Extra inputs are not permitted") from one it merely ignores.
 */

/** Top-level keys the CLI forbids for agent deployments (§C.3 #2), in camelCase. */
export const PLATFORM_ONLY_KEYS: ReadonlySet<string> = new Set([
  'passwordLength',
  'passwordAuth',
  'platformSecret',
  'encryptionSecret',
  'user',
  'globalReplicas',
  'globalConcurrency',
  'scheduler',
  'compiler',
  'worker',
  'beat',
  'apiHooks',
  'flower',
  'postgresql',
  'redis',
  'rabbitmq',
  'broker',
  'email',
  'ldap',
  'intervals',
  'metrics',
  'organizationKey',
]);

/** Maps whose content the CLI does not check: `extra = "ignore"` / `"allow"`, or free dicts. */
export function cliLenientGroup(path: string): boolean {
  return path === 'ingress' || path === 'gateway.service' || path === 'dns' || path === 'istio' || path === 'hpa' || path.endsWith('.hpa');
}

const SERVICE_KEYS = [
  'enabled',
  'replicas',
  'concurrency',
  'perCore',
  'scheme',
  'image',
  'imageTag',
  'imagePullPolicy',
  'resources',
  'nodeSelector',
  'affinity',
  'tolerations',
  'imagePullSecrets',
  'hpa',
];
const EXTERNAL_SERVICE_KEYS = ['user', 'password', 'host', 'database', 'corporateProxy', 'port', 'connMaxAge', 'usePassword', 'useResolver', 'pgbouncer', 'options'];

/** Keys the CLI models accept under a group although the agent chart does not read them. */
export const CLI_ACCEPTED_EXTRAS: Readonly<Record<string, readonly string[]>> = {
  '': ['celeryNodeSelector', 'celeryTolerations', 'celeryAffinity', 'defaultScheduling', 'defaultImagePullSecrets', 'cleaningIntervals', 'includeHostIps', 'allowedHosts'],
  agent: SERVICE_KEYS,
  gateway: [...SERVICE_KEYS, 'service'],
  operator: [...SERVICE_KEYS, 'skipCRD'],
  cleanHooks: [...SERVICE_KEYS, 'loadFixtures', 'tables', 'syncdb', 'adminUser', 'defaultOrg'],
  notifier: SERVICE_KEYS.filter((k) => !['enabled', 'replicas', 'concurrency', 'perCore', 'scheme'].includes(k)),
  cleaner: SERVICE_KEYS.filter((k) => !['enabled', 'replicas', 'concurrency', 'perCore', 'scheme'].includes(k)),
  externalServices: ['redis', 'rabbitmq', 'postgresql', 'gateway', 'api', 'transactions', 'analytics', 'metrics', 'errors', 'auth', 'allowedVersions'],
  'externalServices.api': EXTERNAL_SERVICE_KEYS,
  'externalServices.gateway': EXTERNAL_SERVICE_KEYS,
};

/**
 * Components whose `resources` the CLI reads as Kubernetes
 * V1ResourceRequirements (CLI 2.15.1): every quantity under `limits` and
 * `requests` must be a string, so a `null` quantity (written to remove a chart
 * default) is rejected, while a `null` limits or requests block is accepted.
 * `sidecar.resources` is a free dict and takes null quantities.
 */
export const CLI_TYPED_RESOURCE_OWNERS: readonly string[] = ['gateway', 'agent', 'operator', 'notifier', 'cleaner', 'init'];

export const RESOURCE_BLOCKS = ['limits', 'requests'] as const;
