import { isDeepStrictEqual } from 'node:util';
import type { K8sObject } from '../../src/core/manifests/objects';
import { isPlainMap, type Values } from '../../src/shared/values';

/**
 * Checks that the real chart's manifests carry what the values ask for: the
 * user's intent, read back from the rendered objects (not from the chart's
 * text). `full` is what Helm merges (computeValues(form, version).full).
 * Returns one line per broken expectation.
 */
type Obj = Values;

export function get(root: unknown, path: string): unknown {
  let cur = root;
  for (const k of path.split('.')) {
    if (!isPlainMap(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/** Go template truthiness: nil, false, 0, "" and empty maps/lists are false. */
function truthy(v: unknown): boolean {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isPlainMap(v)) return Object.keys(v).length > 0;
  return true;
}

/** `<release>-polyaxon`, truncated to 63 characters without a trailing dash (the chart's fullname). */
function fullName(release: string): string {
  return `${release}-polyaxon`.slice(0, 63).replace(/-+$/, '');
}

interface Component {
  /** Values key holding the component's settings. */
  key: 'agent' | 'gateway' | 'operator';
  kind: 'Deployment' | 'Job';
  name: string;
  /** Values key the pod's image comes from (the clean-runs hook uses cleanHooks). */
  imageKey: string;
  /** Values key of the scheduling overrides (the hook uses the agent's). */
  schedulingKey: 'agent' | 'gateway' | 'operator';
}

function components(release: string): Component[] {
  const fn = fullName(release);
  return [
    { key: 'agent', kind: 'Deployment', name: `${fn}-agent`, imageKey: 'agent', schedulingKey: 'agent' },
    { key: 'gateway', kind: 'Deployment', name: `${fn}-streams`, imageKey: 'gateway', schedulingKey: 'gateway' },
    { key: 'operator', kind: 'Deployment', name: `${fn}-operator`, imageKey: 'operator', schedulingKey: 'operator' },
    { key: 'agent', kind: 'Job', name: `${release}-clean-runs`, imageKey: 'cleanHooks', schedulingKey: 'agent' },
  ];
}

export function intentProblems(objects: readonly K8sObject[], full: Values, release: string, namespace: string): string[] {
  const problems: string[] = [];
  const fn = fullName(release);
  const find = (kind: string, name: string): Obj | undefined => objects.find((o) => o.kind === kind && o.name === name)?.object;
  // A field rendered as `null` is unset for the Kubernetes API (some releases write `fsGroup: {{ ... }}` even when the value is removed).
  const expectEq = (what: string, rendered: unknown, expected: unknown) => {
    const actual = rendered === null ? undefined : rendered;
    if (!isDeepStrictEqual(actual, expected)) problems.push(`${what}: expected ${JSON.stringify(expected)}, rendered ${JSON.stringify(rendered)}`);
  };
  for (const o of objects) if (o.parseError) problems.push(`${o.source}: not valid YAML: ${o.parseError}`);

  const commonCm = find('ConfigMap', `${fn}-config`);
  const proxiesCm = find('ConfigMap', `${fn}-proxies-config`);
  const agentCm = find('ConfigMap', `${fn}-agent-config`);
  if (!commonCm) problems.push(`ConfigMap ${fn}-config is missing`);
  if (!proxiesCm) problems.push(`ConfigMap ${fn}-proxies-config is missing`);

  // Time zone: the common ConfigMap carries it; every pod reads that ConfigMap.
  if (typeof full.timezone === 'string' && full.timezone !== '') expectEq('POLYAXON_TIME_ZONE', get(commonCm, 'data.POLYAXON_TIME_ZONE'), full.timezone);
  expectEq('POLYAXON_K8S_NAMESPACE', get(commonCm, 'data.POLYAXON_K8S_NAMESPACE'), namespace);

  // SSL and DNS flags (proxies ConfigMap).
  const ssl = isPlainMap(full.ssl) ? full.ssl : {};
  // The chart's "ssl.enabled": SSL with a secret, or any ingress TLS entry.
  const ingressTls = isPlainMap(full.ingress) ? full.ingress.tls : undefined;
  expectEq('POLYAXON_SSL_ENABLED', get(proxiesCm, 'data.POLYAXON_SSL_ENABLED'), String((truthy(ssl.enabled) && truthy(ssl.secretName)) || truthy(ingressTls)));
  if (ssl.enabled === true && truthy(ssl.secretName) && typeof ssl.path === 'string' && ssl.path !== '') expectEq('POLYAXON_SSL_PATH', get(proxiesCm, 'data.POLYAXON_SSL_PATH'), ssl.path);
  const dns = isPlainMap(full.dns) ? full.dns : {};
  if (typeof dns.backend === 'string' && dns.backend !== '') expectEq('POLYAXON_DNS_BACKEND', get(proxiesCm, 'data.POLYAXON_DNS_BACKEND'), dns.backend);
  if (typeof dns.customCluster === 'string' && dns.customCluster !== '') {
    expectEq('POLYAXON_DNS_CUSTOM_CLUSTER', get(proxiesCm, 'data.POLYAXON_DNS_CUSTOM_CLUSTER'), dns.customCluster);
  }
  if (typeof dns.prefix === 'string' && dns.prefix !== '') expectEq('POLYAXON_DNS_PREFIX', get(proxiesCm, 'data.POLYAXON_DNS_PREFIX'), dns.prefix);

  // Gateway Service.
  const svc = find('Service', `${fn}-gateway`);
  const service = get(full, 'gateway.service');
  if (!svc) problems.push(`Service ${fn}-gateway is missing`);
  else if (isPlainMap(service)) {
    if (typeof service.type === 'string') expectEq('gateway Service type', get(svc, 'spec.type'), service.type);
    const port = (get(svc, 'spec.ports') as Obj[] | undefined)?.[0];
    if (typeof service.port === 'number') expectEq('gateway Service port', port?.port, service.port);
    if (typeof service.targetPort === 'number') expectEq('gateway Service targetPort', port?.targetPort, service.targetPort);
    if (service.type === 'NodePort' && typeof service.nodePort === 'number') expectEq('gateway Service nodePort', port?.nodePort, service.nodePort);
    if (truthy(service.annotations)) expectEq('gateway Service annotations', get(svc, 'metadata.annotations'), service.annotations);
  }

  // Ingress.
  const ingress = isPlainMap(full.ingress) ? full.ingress : {};
  const ing = find('Ingress', `${fn}-ingress`);
  if (ingress.enabled === true) {
    if (!ing) problems.push(`ingress.enabled is true but Ingress ${fn}-ingress is missing`);
    else {
      const rule = (get(ing, 'spec.rules') as Obj[] | undefined)?.[0];
      if (typeof ingress.hostName === 'string' && ingress.hostName !== '') expectEq('Ingress host', rule?.host, ingress.hostName);
      if (truthy(ingress.tls)) expectEq('Ingress tls', get(ing, 'spec.tls'), ingress.tls);
      if (truthy(ingress.className)) expectEq('Ingress ingressClassName', get(ing, 'spec.ingressClassName'), ingress.className);
      if (truthy(ingress.annotations)) expectEq('Ingress annotations', get(ing, 'metadata.annotations'), ingress.annotations);
      const backend = get(rule, 'http.paths') as Obj[] | undefined;
      expectEq('Ingress backend service', get(backend?.[0], 'backend.service.name'), `${fn}-gateway`);
    }
  } else if (ing) problems.push('ingress.enabled is not true but an Ingress was rendered');

  // Per component pods: security context, scheduling, image, resources.
  const sc = isPlainMap(full.securityContext) ? full.securityContext : {};
  for (const c of components(release)) {
    const obj = find(c.kind, c.name);
    if (!obj) {
      if (c.key === 'gateway' || c.kind === 'Job') problems.push(`${c.kind} ${c.name} is missing`);
      continue;
    }
    const label = `${c.kind} ${c.name}`;
    const pod = get(obj, 'spec.template.spec') as Obj | undefined;
    const container = (pod?.containers as Obj[] | undefined)?.[0];
    if (sc.enabled === true) {
      expectEq(`${label} pod securityContext.runAsUser`, get(pod, 'securityContext.runAsUser'), truthy(sc.user) ? sc.user : sc.runAsUser);
      expectEq(`${label} pod securityContext.runAsGroup`, get(pod, 'securityContext.runAsGroup'), truthy(sc.group) ? sc.group : sc.runAsGroup);
      expectEq(`${label} pod securityContext.fsGroup`, get(pod, 'securityContext.fsGroup'), sc.fsGroup);
      if (typeof sc.runAsNonRoot === 'boolean') expectEq(`${label} container securityContext.runAsNonRoot`, get(container, 'securityContext.runAsNonRoot'), sc.runAsNonRoot);
    } else {
      expectEq(`${label} pod securityContext (securityContext.enabled is off)`, pod?.securityContext, undefined);
    }
    const own = isPlainMap(full[c.schedulingKey]) ? (full[c.schedulingKey] as Values) : {};
    for (const key of ['nodeSelector', 'tolerations', 'affinity'] as const) {
      const expected = truthy(own[key]) ? own[key] : truthy(full[key]) ? full[key] : undefined;
      expectEq(`${label} ${key}`, pod?.[key], expected);
    }
    const img = isPlainMap(full[c.imageKey]) ? (full[c.imageKey] as Values) : {};
    if (typeof img.image === 'string' && (typeof img.imageTag === 'string' || typeof img.imageTag === 'number')) {
      expectEq(`${label} image`, container?.image, `${img.image}:${String(img.imageTag)}`);
    }
    if (c.kind === 'Deployment') {
      const res = get(full, `${c.key}.resources`);
      const requests = get(res, 'requests');
      if (isPlainMap(requests) && Object.values(requests).every((v) => typeof v === 'string' && v !== '')) {
        expectEq(`${label} resources.requests`, get(container, 'resources.requests'), requests);
      }
      // Limits are written only when limitResources is on.
      const limits = get(res, 'limits');
      if (!truthy(full.limitResources)) expectEq(`${label} resources.limits (limitResources is off)`, get(container, 'resources.limits'), undefined);
      else if (isPlainMap(limits) && Object.values(limits).every((v) => typeof v === 'string' && v !== '')) {
        expectEq(`${label} resources.limits`, get(container, 'resources.limits'), limits);
      }
    }
  }
  const gw = find('Deployment', `${fn}-streams`);
  const replicas = get(full, 'gateway.replicas');
  if (gw && typeof replicas === 'number') expectEq('gateway Deployment replicas', get(gw, 'spec.replicas'), replicas);

  // Artifacts store and connections: in the agent config, with their volumes and mounts on the gateway.
  if (agentCm && get(full, 'agent.enabled') !== false) {
    const store = truthy(full.artifactsStore) ? full.artifactsStore : full.defaultArtifactsStore;
    const rendered = get(agentCm, 'data.POLYAXON_AGENT_ARTIFACTS_STORE');
    if (truthy(store)) expectEq('POLYAXON_AGENT_ARTIFACTS_STORE', typeof rendered === 'string' ? JSON.parse(rendered) : rendered, store);
    if (truthy(full.connections)) {
      const conns = get(agentCm, 'data.POLYAXON_AGENT_CONNECTIONS');
      expectEq('POLYAXON_AGENT_CONNECTIONS', typeof conns === 'string' ? JSON.parse(conns) : conns, full.connections);
    }
    if (gw && truthy(full.artifactsStore) && isPlainMap(store) && (store.kind === 'host_path' || store.kind === 'volume_claim')) {
      checkVolume(problems, gw, store, 'artifacts store');
    }
    const mount = Array.isArray(full.mountConnections) ? full.mountConnections : [];
    if (gw && Array.isArray(full.connections)) {
      for (const conn of full.connections) {
        if (!isPlainMap(conn) || conn.isAlias === true || !mount.includes(conn.name)) continue;
        if (conn.kind === 'host_path' || conn.kind === 'volume_claim') checkVolume(problems, gw, conn, `connection ${String(conn.name)}`);
      }
    }
  }
  return problems;
}

function checkVolume(problems: string[], deployment: Obj, store: Values, what: string): void {
  const pod = get(deployment, 'spec.template.spec') as Obj | undefined;
  const volumes = (pod?.volumes as Obj[] | undefined) ?? [];
  const mounts = ((pod?.containers as Obj[] | undefined)?.[0]?.volumeMounts as Obj[] | undefined) ?? [];
  const volume = volumes.find((v) => v.name === store.name);
  const schema = isPlainMap(store.schema) ? store.schema : {};
  if (!volume) {
    problems.push(`${what}: no volume named ${JSON.stringify(store.name)} on the gateway Deployment`);
    return;
  }
  if (store.kind === 'volume_claim' && get(volume, 'persistentVolumeClaim.claimName') !== schema.volumeClaim) {
    problems.push(`${what}: claimName ${JSON.stringify(get(volume, 'persistentVolumeClaim.claimName'))}, expected ${JSON.stringify(schema.volumeClaim)}`);
  }
  if (store.kind === 'host_path' && get(volume, 'hostPath.path') !== schema.hostPath) {
    problems.push(`${what}: hostPath ${JSON.stringify(get(volume, 'hostPath.path'))}, expected ${JSON.stringify(schema.hostPath)}`);
  }
  if (!mounts.some((m) => m.name === store.name && m.mountPath === schema.mountPath)) {
    problems.push(`${what}: no volumeMount ${JSON.stringify(store.name)} at ${JSON.stringify(schema.mountPath)} on the gateway container`);
  }
}
