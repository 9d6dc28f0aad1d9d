import type { K8sObject } from '../../src/core/manifests/objects';
import { isPlainMap, type Values } from '../../src/shared/values';
import { get } from './manifest-intent';
import { CONNECTION_KINDS } from '../../src/schema/keys/connection';

/**
 * Every chart defect of ../shared/spec/agent-chart-spec.md §A.14 (and the ones
 * rendering the real charts found since), as a values file that triggers it, what
 * the real chart then renders, and how the builder warns before the user hits it.
 */
export interface Rendered {
  code: number | null;
  stdout: string;
  stderr: string;
  objects: K8sObject[];
}

export type Warning =
  /** validateValues reports a problem from this rule (on this path, when given). */
  | { rule: string; path?: string }
  /** validateValues reports a problem (any rule) on this path. */
  | { problemAt: string }
  /** The field's own warning, description or docs note (shown next to the field and in its tooltip) says it. */
  | { field: string; text: string }
  /** Other docs text the form shows (e.g. a connection kind's field description). */
  | { docs: string; read: () => string; text: string }
  /** Importing the values migrates the key away, and the import report says why. */
  | { migration: string; text: string };

export interface ChartDefect {
  id: string;
  spec: string;
  title: string;
  version?: string;
  /** The values file as the user writes it (rendered as is). */
  values: Values;
  /** Renders twice and compares (random output). */
  twice?: boolean;
  /** What the real chart does; returns what did not hold. */
  check: (r: Rendered, second?: Rendered) => string[];
  warns: Warning[];
}

const obj = (r: Rendered, kind: string, name: string) => r.objects.find((o) => o.kind === kind && o.name === name)?.object;
const data = (r: Rendered, cm: string, key: string) => get(obj(r, 'ConfigMap', cm), `data.${key}`);
const expectThat = (ok: boolean, what: string) => (ok ? [] : [what]);
const rendersOk = (r: Rendered) => expectThat(r.code === 0, `expected the chart to render, helm exited ${r.code}: ${r.stderr}`);
const podSpecs = (r: Rendered) =>
  r.objects
    .filter((o) => o.kind === 'Deployment' || o.kind === 'Job')
    .map((o) => ({ name: `${o.kind} ${o.name}`, spec: get(o.object, 'spec.template.spec') as Values | undefined, labels: get(o.object, 'spec.template.metadata.labels') }));
const gatewayMounts = (r: Rendered) =>
  ((get(obj(r, 'Deployment', 'agent-polyaxon-streams'), 'spec.template.spec.containers') as Values[] | undefined)?.[0]?.volumeMounts as Values[] | undefined) ?? [];

const store = { name: 'data', kind: 'volume_claim', schema: { volumeClaim: 'data-pvc', mountPath: '/data', readOnly: true } };
const failsIn = (r: Rendered, file: RegExp, error: RegExp) => [
  ...expectThat(r.code !== 0, 'expected helm to fail'),
  ...expectThat(file.test(r.stderr) && error.test(r.stderr), `expected ${String(error)} in ${String(file)}, got: ${r.stderr}`),
];
/** Lines of one template's output (parsed or not) that set `key:`. */
const keyLines = (r: Rendered, source: string, key: string) =>
  r.objects
    .filter((o) => o.source.endsWith(source))
    .flatMap((o) => o.text.split('\n'))
    .filter((l) => l.trimStart().startsWith(`${key}:`) || l.trimStart().startsWith(`"${key}":`));

export const CHART_DEFECTS: readonly ChartDefect[] = [
  {
    id: 'ingress-extra-paths',
    spec: 'A.14 #1',
    title: 'a non-empty ingress.extraPaths makes rendering fail',
    values: { ingress: { enabled: true, hostName: 'polyaxon.acme.com', extraPaths: [{ path: '/*', backend: { service: { name: 'ssl-redirect', port: 443 } } }] } },
    check: (r) => [...expectThat(r.code !== 0, 'expected helm to fail'), ...expectThat(/ing\.yaml/.test(r.stderr), `expected an error in ing.yaml, got: ${r.stderr}`)],
    warns: [{ rule: 'ingress-extra-paths', path: 'ingress.extraPaths' }],
  },
  {
    id: 'gateway-hpa',
    spec: 'A.14 #2',
    title: 'gateway.hpa targets a Deployment that does not exist',
    values: { gateway: { hpa: { enabled: true } } },
    check: (r) => {
      const hpa = r.objects.find((o) => o.kind === 'HorizontalPodAutoscaler');
      const target = get(hpa?.object, 'spec.scaleTargetRef.name');
      return [
        ...rendersOk(r),
        ...expectThat(target === 'agent-polyaxon-gateway', `expected the HPA to target agent-polyaxon-gateway, it targets ${JSON.stringify(target)}`),
        ...expectThat(!obj(r, 'Deployment', 'agent-polyaxon-gateway'), 'a Deployment agent-polyaxon-gateway exists'),
        ...expectThat(!!obj(r, 'Deployment', 'agent-polyaxon-streams'), 'the gateway Deployment agent-polyaxon-streams is missing'),
      ];
    },
    warns: [
      { rule: 'gateway-hpa', path: 'gateway.hpa.enabled' },
      { field: 'gateway.hpa.enabled', text: 'does not exist' },
    ],
  },
  {
    id: 'streams-host-doubled',
    spec: 'A.14 #3',
    title: 'externalServices.streams.host is written twice',
    values: { externalServices: { streams: { host: 'streams.acme.com' } } },
    check: (r) => {
      const host = data(r, 'agent-polyaxon-proxies-config', 'POLYAXON_PROXY_STREAMS_HOST');
      return [...rendersOk(r), ...expectThat(host === 'streams.acme.comstreams.acme.com', `POLYAXON_PROXY_STREAMS_HOST is ${JSON.stringify(host)}`)];
    },
    warns: [{ field: 'externalServices.streams.host', text: 'twice' }],
  },
  {
    id: 'ssl-not-mounted',
    spec: 'A.14 #4',
    title: 'ssl.secretName is never mounted; only env flags are set',
    values: { ssl: { enabled: true, secretName: 'polyaxon-cert' } },
    check: (r) => [
      ...rendersOk(r),
      ...expectThat(data(r, 'agent-polyaxon-proxies-config', 'POLYAXON_SSL_ENABLED') === 'true', 'POLYAXON_SSL_ENABLED is not "true"'),
      ...expectThat(!r.objects.some((o) => o.text.includes('polyaxon-cert')), 'the secret polyaxon-cert appears in a manifest'),
    ],
    warns: [{ rule: 'ssl-not-mounted' }, { field: 'ssl.secretName', text: 'mount' }],
  },
  {
    id: 'default-affinity',
    spec: 'A.14 #5',
    title: 'the default affinity matches a label no pod carries',
    values: {},
    check: (r) => {
      const pods = podSpecs(r);
      const term = get(pods[0]?.spec, 'affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution') as Values[] | undefined;
      const expr = (get(term?.[0], 'podAffinityTerm.labelSelector.matchExpressions') as Values[] | undefined)?.[0];
      return [
        ...rendersOk(r),
        ...expectThat(expr?.key === 'type' && JSON.stringify(expr.values) === '["polyaxon-core"]', `the default affinity selects ${JSON.stringify(expr)}`),
        ...pods.filter((p) => isPlainMap(p.labels) && 'type' in p.labels).map((p) => `${p.name} carries a "type" label`),
        ...expectThat(
          pods.every((p) => (isPlainMap(p.labels) && p.labels['app.kubernetes.io/part-of'] === 'polyaxon-core') || p.name.includes('clean-runs')),
          'a core pod lacks app.kubernetes.io/part-of',
        ),
      ];
    },
    warns: [{ field: 'affinity', text: 'no effect' }],
  },
  {
    id: 'random-secrets',
    spec: 'A.14 #6',
    title: 'unset polyaxonSecret/internalToken are random on every render, and so is the pods’ checksum',
    values: {},
    twice: true,
    check: (r, second) => {
      const key = (x?: Rendered) => get(obj(x as Rendered, 'Secret', 'agent-polyaxon-secret'), 'data.POLYAXON_SECRET_KEY');
      const sum = (x?: Rendered) => get(obj(x as Rendered, 'Deployment', 'agent-polyaxon-agent'), 'spec.template.metadata.annotations.checksum/common-secrets');
      return [
        ...rendersOk(r),
        ...expectThat(key(r) !== key(second), 'POLYAXON_SECRET_KEY is the same in two renders'),
        ...expectThat(sum(r) !== sum(second), 'the pods’ checksum/common-secrets is the same in two renders'),
      ];
    },
    warns: [
      { field: 'polyaxonSecret', text: 'random' },
      { field: 'internalToken', text: 'random' },
    ],
  },
  {
    id: 'ingress-without-host',
    spec: 'A.14 #7',
    title: 'ingress.enabled without hostName gives an empty POLYAXON_PLATFORM_HOST and an Ingress rule without host',
    values: { ingress: { enabled: true } },
    check: (r) => {
      const host = data(r, 'agent-polyaxon-config', 'POLYAXON_PLATFORM_HOST');
      const rule = (get(obj(r, 'Ingress', 'agent-polyaxon-ingress'), 'spec.rules') as Values[] | undefined)?.[0];
      return [
        ...rendersOk(r),
        ...expectThat(host === null || host === '', `POLYAXON_PLATFORM_HOST is ${JSON.stringify(host)}`),
        ...expectThat(rule !== undefined && (rule.host === '' || rule.host === null), `the Ingress rule host is ${JSON.stringify(rule?.host)}`),
      ];
    },
    warns: [{ rule: 'ingress-host-required', path: 'ingress.hostName' }],
  },
  {
    id: 'connection-read-only',
    spec: 'A.14 #8',
    title: 'connections[].schema.readOnly is not applied to the gateway volumeMount',
    values: { connections: [store], mountConnections: ['data'] },
    check: (r) => {
      const mount = gatewayMounts(r).find((m) => m.name === 'data');
      return [...rendersOk(r), ...expectThat(mount !== undefined, 'no gateway mount "data"'), ...expectThat(mount?.readOnly === undefined, 'the gateway mount is readOnly')];
    },
    warns: [
      {
        docs: 'the volume_claim connection field readOnly',
        read: () => CONNECTION_KINDS.volume_claim.schemaFields.find((f) => f.key === 'readOnly')?.description ?? '',
        text: 'does not apply it to the gateway',
      },
    ],
  },
  {
    id: 'node-port-host',
    spec: 'A.14 #9',
    title: 'NodePort sets POLYAXON_PLATFORM_HOST to the Service FQDN and node port',
    values: { gateway: { service: { type: 'NodePort' } } },
    check: (r) => {
      const host = data(r, 'agent-polyaxon-config', 'POLYAXON_PLATFORM_HOST');
      return [...rendersOk(r), ...expectThat(host === 'http://agent-polyaxon-gateway.polyaxon.svc.cluster.local:31822', `POLYAXON_PLATFORM_HOST is ${JSON.stringify(host)}`)];
    },
    warns: [{ field: 'gateway.service.nodePort', text: 'POLYAXON_PLATFORM_HOST' }],
  },
  {
    id: 'string-port',
    spec: 'A.14 #10',
    title: 'a string port renders as a number (Helm accepts it; the CLI does not)',
    values: { gateway: { service: { port: '8080' } } },
    check: (r) => {
      const port = (get(obj(r, 'Service', 'agent-polyaxon-gateway'), 'spec.ports') as Values[] | undefined)?.[0]?.port;
      return [...rendersOk(r), ...expectThat(port === 8080, `the Service port is ${JSON.stringify(port)}`)];
    },
    warns: [{ problemAt: 'gateway.service.port' }],
  },
  {
    id: 'legacy-security-context',
    spec: 'A.14 #11',
    title: 'securityContext.user/group change the pod UID/GID only; runs keep 2222 and fsGroup stays 2222',
    values: { securityContext: { enabled: true, user: 1111, group: 1111 } },
    check: (r) => {
      const pod = get(obj(r, 'Deployment', 'agent-polyaxon-agent'), 'spec.template.spec.securityContext');
      return [
        ...rendersOk(r),
        ...expectThat(get(pod, 'runAsUser') === 1111 && get(pod, 'runAsGroup') === 1111, `pod securityContext is ${JSON.stringify(pod)}`),
        ...expectThat(get(pod, 'fsGroup') === 2222, `fsGroup is ${JSON.stringify(get(pod, 'fsGroup'))}`),
        ...expectThat(data(r, 'agent-polyaxon-config', 'POLYAXON_SECURITY_CONTEXT_USER') === '2222', 'runs do not get runAsUser 2222'),
      ];
    },
    warns: [{ rule: 'legacy-security-context' }],
  },
  {
    id: 'time-zone-spelling',
    spec: 'A.14 #12',
    title: 'timeZone (the docs’ spelling) is ignored: the time zone stays UTC',
    values: { timeZone: 'Europe/Berlin' },
    check: (r) => [...rendersOk(r), ...expectThat(data(r, 'agent-polyaxon-config', 'POLYAXON_TIME_ZONE') === 'UTC', 'POLYAXON_TIME_ZONE is not UTC')],
    warns: [{ problemAt: 'timeZone' }, { migration: 'migrateTimeZone', text: 'timezone' }],
  },
  {
    id: 'empty-artifacts-store',
    spec: 'A.14 #13',
    title: 'artifactsStore: {} falls back to the node host path /tmp/artifactsStore',
    values: { artifactsStore: {} },
    check: (r) => {
      const s = data(r, 'agent-polyaxon-agent-config', 'POLYAXON_AGENT_ARTIFACTS_STORE');
      const parsed = typeof s === 'string' ? (JSON.parse(s) as Values) : undefined;
      return [...rendersOk(r), ...expectThat(get(parsed, 'schema.hostPath') === '/tmp/artifactsStore', `the artifacts store is ${JSON.stringify(s)}`)];
    },
    warns: [{ migration: 'migrateEmptyArtifactsStore', text: 'falls back to its default store' }],
  },
  {
    id: 'additional-namespaces-render',
    spec: 'found by rendering (2.10.0–2.14.0)',
    title: 'a non-empty agent.additionalNamespaces makes rendering fail',
    version: '2.12.0',
    values: { agent: { additionalNamespaces: ['team-a'] } },
    check: (r) => [...expectThat(r.code !== 0, 'expected helm to fail'), ...expectThat(/runs-sa-cluster\.yaml/.test(r.stderr), `expected an error in runs-sa-cluster.yaml: ${r.stderr}`)],
    warns: [{ rule: 'additional-namespaces-render', path: 'agent.additionalNamespaces' }],
  },
  {
    id: 'default-artifacts-store-emptied',
    spec: 'found by rendering',
    title: 'emptying defaultArtifactsStore without an artifactsStore makes rendering fail',
    values: { defaultArtifactsStore: null },
    check: (r) => [...expectThat(r.code !== 0, 'expected helm to fail'), ...expectThat(/defaultArtifactsStore/.test(r.stderr), `expected an error on defaultArtifactsStore: ${r.stderr}`)],
    warns: [{ rule: 'default-artifacts-store', path: 'defaultArtifactsStore' }],
  },
  {
    id: 'notes-strings-emptied',
    spec: 'found by rendering',
    title: 'emptying gateway.service.type makes rendering fail (NOTES.txt compares it as a string)',
    values: { gateway: { service: { type: null } } },
    check: (r) => [...expectThat(r.code !== 0, 'expected helm to fail'), ...expectThat(/NOTES\.txt/.test(r.stderr), `expected an error in NOTES.txt: ${r.stderr}`)],
    warns: [{ rule: 'notes-strings-set', path: 'gateway.service.type' }],
  },
  {
    id: 'unquoted-priority-class',
    spec: 'found by rendering (unquoted values)',
    title: 'a priorityClassName YAML cannot read as plain text breaks rendering (the chart writes it unquoted)',
    values: { agent: { priorityClassName: 'a: b' } },
    check: (r) => failsIn(r, /agent-deployment\.yaml/, /YAML parse error/),
    warns: [{ rule: 'chart-unquoted-values', path: 'agent.priorityClassName' }],
  },
  {
    id: 'unquoted-priority-class-type',
    spec: 'found by rendering (unquoted values)',
    title: 'a priorityClassName such as "true" renders as a boolean (the chart writes it unquoted)',
    values: { priorityClassName: 'true' },
    check: (r) => {
      const pc = get(obj(r, 'Deployment', 'agent-polyaxon-agent'), 'spec.template.spec.priorityClassName');
      return [...rendersOk(r), ...expectThat(pc === true, `the agent pod's priorityClassName is ${JSON.stringify(pc)}`)];
    },
    warns: [{ rule: 'chart-unquoted-values', path: 'priorityClassName' }],
  },
  {
    id: 'unquoted-ingress-class',
    spec: 'found by rendering (unquoted values)',
    title: 'an ingress className such as "null" renders as null (the chart writes it unquoted)',
    values: { ingress: { enabled: true, hostName: 'polyaxon.acme.com', className: 'null' } },
    check: (r) => {
      const ing = obj(r, 'Ingress', 'agent-polyaxon-ingress');
      return [...rendersOk(r), ...expectThat(ing !== undefined && get(ing, 'spec.ingressClassName') === null, `spec.ingressClassName is ${JSON.stringify(get(ing, 'spec.ingressClassName'))}`)];
    },
    warns: [{ rule: 'chart-unquoted-values', path: 'ingress.className' }],
  },
  {
    id: 'numeric-store-name',
    spec: 'found by rendering (unquoted values)',
    title: 'a volume_claim artifactsStore named "668" gives the gateway a volume named by the number 668',
    values: { artifactsStore: { name: '668', kind: 'volume_claim', schema: { volumeClaim: 'data-pvc', mountPath: '/data' } } },
    check: (r) => {
      const volumes = (get(obj(r, 'Deployment', 'agent-polyaxon-streams'), 'spec.template.spec.volumes') as Values[] | undefined) ?? [];
      return [
        ...rendersOk(r),
        ...expectThat(
          volumes.some((v) => v.name === 668),
          `the gateway volumes are ${JSON.stringify(volumes.map((v) => v.name))}`,
        ),
      ];
    },
    warns: [{ rule: 'chart-unquoted-values', path: 'artifactsStore' }],
  },
  {
    id: 'unescaped-image',
    spec: 'found by rendering (unquoted values)',
    title: 'a backslash in an image breaks rendering (the chart writes it inside double quotes without escaping)',
    values: { gateway: { image: 'acme\\gateway' } },
    check: (r) => failsIn(r, /streams-deployment\.yaml/, /unknown escape character/),
    warns: [{ rule: 'chart-unquoted-values', path: 'gateway.image' }],
  },
  {
    id: 'gateway-port-emptied',
    spec: 'found by rendering',
    title: 'emptying gateway.service.port without ingress or hostName breaks rendering (POLYAXON_PLATFORM_HOST ends in ":")',
    values: { gateway: { service: { port: null } } },
    check: (r) => failsIn(r, /common-cm\.yaml/, /mapping values are not allowed/),
    warns: [{ rule: 'gateway-port-set', path: 'gateway.service.port' }],
  },
  {
    id: 'service-account-annotations',
    spec: 'found by rendering (2.1.8 and later)',
    title: 'two agent.serviceAccountAnnotations break rendering (the first is indented deeper than the second)',
    values: { agent: { serviceAccountAnnotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::1:role/polyaxon', 'example.com/team': 'ml' } } },
    check: (r) => failsIn(r, /-sa[-a-z]*\.yaml/, /did not find expected key/),
    warns: [{ rule: 'service-account-annotations', path: 'agent.serviceAccountAnnotations' }],
  },
  {
    id: 'chart-label-keys',
    spec: 'found by rendering',
    title: 'a user label or annotation the chart sets itself is written twice in the same mapping (duplicated YAML key)',
    values: { labels: { 'app.kubernetes.io/part-of': 'ml-platform' }, agent: { annotations: { 'checksum/common-config': 'pinned' } } },
    check: (r) => {
      const labels = keyLines(r, 'agent-deployment.yaml', 'app.kubernetes.io/part-of');
      const sums = keyLines(r, 'agent-deployment.yaml', 'checksum/common-config');
      return [
        ...rendersOk(r),
        ...expectThat(labels.length === 4 && labels.some((l) => l.includes('ml-platform')), `app.kubernetes.io/part-of lines in the agent Deployment: ${JSON.stringify(labels)}`),
        ...expectThat(sums.length === 4 && sums.some((l) => l.includes('pinned')), `checksum/common-config lines in the agent Deployment: ${JSON.stringify(sums)}`),
        ...expectThat(
          r.objects.some((o) => o.source.endsWith('agent-deployment.yaml') && /duplicated mapping key/.test(o.parseError ?? '')),
          'the agent Deployment parses without a duplicated-key error',
        ),
      ];
    },
    warns: [
      { rule: 'chart-label-keys', path: 'labels' },
      { rule: 'chart-label-keys', path: 'agent.annotations' },
    ],
  },
];
