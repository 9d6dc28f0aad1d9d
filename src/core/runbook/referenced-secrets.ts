import { CONNECTION_KIND_NAMES, type ConnectionKind } from '../../schema/keys/connection';
import { isPlainMap, type Values } from '../../shared/values';
import { connectionSecretKeys, literal, optionalSecretKeys, type SecretKey } from './secret-keys';

/** A Secret (or ConfigMap) the values reference and the user creates by hand before the install. */
export interface ReferencedResource {
  readonly kind: 'agent-token' | 'tls' | 'pull' | 'connection-secret' | 'connection-config';
  readonly name: string;
  /** Which values reference it (`connections[1] (s3 "datasets")`, `ingress.tls[0]`). */
  readonly usedBy: readonly string[];
  readonly keys: readonly SecretKey[];
  /** Keys the user may add. */
  readonly optional: readonly string[];
  /** Whether it must also exist in agent.additionalNamespaces (runs read it there). */
  readonly inRunNamespaces: boolean;
  /** For TLS: the hosts it serves. */
  readonly hosts?: readonly string[];
}

const map = (v: unknown): Values => (isPlainMap(v) ? v : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

function isKind(kind: unknown): kind is ConnectionKind {
  return typeof kind === 'string' && (CONNECTION_KIND_NAMES as readonly string[]).includes(kind);
}

class Collector {
  private readonly byKey = new Map<string, { kind: ReferencedResource['kind']; name: string; usedBy: string[]; keys: SecretKey[]; optional: string[]; inRunNamespaces: boolean; hosts?: string[] }>();

  add(r: ReferencedResource): void {
    const id = `${r.kind === 'connection-config' ? 'cm' : 'secret'}/${r.name}`;
    const had = this.byKey.get(id);
    if (!had) {
      const { hosts, ...rest } = r;
      this.byKey.set(id, { ...rest, usedBy: [...r.usedBy], keys: [...r.keys], optional: [...r.optional], ...(hosts ? { hosts: [...hosts] } : {}) });
      return;
    }
    had.usedBy.push(...r.usedBy.filter((u) => !had.usedBy.includes(u)));
    for (const k of r.keys) if (!had.keys.some((h) => h.key === k.key)) had.keys.push(k);
    for (const o of r.optional) if (!had.optional.includes(o)) had.optional.push(o);
    if (r.hosts) had.hosts = [...(had.hosts ?? []), ...r.hosts.filter((h) => !had.hosts?.includes(h))];
    had.inRunNamespaces ||= r.inRunNamespaces;
  }

  all(): ReferencedResource[] {
    return [...this.byKey.values()];
  }
}

function connection(c: Values, where: string, out: Collector): void {
  const kind = isKind(c.kind) ? c.kind : undefined;
  const label = `${where} (${kind ?? 'connection'}${str(c.name) ? ` "${str(c.name)}"` : ''})`;
  const secret = map(c.secret);
  const secretName = str(secret.name);
  if (secretName) {
    const items = list(secret.items).filter((i): i is string => typeof i === 'string' && i !== '');
    const byKind = kind ? connectionSecretKeys(kind, str(secret.mountPath) !== undefined) : [];
    const keys = items.length > 0 ? items.map((key) => byKind.find((k) => k.key === key) ?? literal(key, `value of ${key}`)) : byKind;
    out.add({ kind: 'connection-secret', name: secretName, usedBy: [label], keys, optional: items.length > 0 || !kind ? [] : optionalSecretKeys(kind), inRunNamespaces: true });
  }
  const configMap = map(c.configMap);
  const configName = str(configMap.name);
  if (configName) {
    const items = list(configMap.items).filter((i): i is string => typeof i === 'string' && i !== '');
    const keys = items.length > 0 ? items.map((key) => literal(key, `value of ${key}`)) : kind === 'gcs' ? [literal('GC_KEY_PATH', 'path of the key file in the mounted secret')] : [];
    out.add({ kind: 'connection-config', name: configName, usedBy: [label], keys, optional: [], inRunNamespaces: true });
  }
}

/**
 * Every Secret and ConfigMap the values reference that the chart does not
 * create: the agent token Secret (`agentSecret`), Ingress TLS Secrets (when
 * the Ingress is rendered), image pull Secrets (global, per component and the
 * runs service account), and the Secrets and ConfigMaps of the artifacts store
 * and the connections, with the keys their kind expects. One entry per name.
 */
export function referencedResources(values: Values): ReferencedResource[] {
  const out = new Collector();
  const agentSecret = str(values.agentSecret);
  if (agentSecret) {
    out.add({ kind: 'agent-token', name: agentSecret, usedBy: ['agentSecret'], keys: [literal('POLYAXON_AUTH_TOKEN', 'agent token')], optional: [], inRunNamespaces: true });
  }
  const ingress = map(values.ingress);
  if (ingress.enabled === true) {
    list(ingress.tls).forEach((entry, i) => {
      const name = str(map(entry).secretName);
      const hosts = list(map(entry).hosts).filter((h): h is string => typeof h === 'string');
      if (name) out.add({ kind: 'tls', name, usedBy: [`ingress.tls[${i}]`], keys: [], optional: [], inRunNamespaces: false, hosts });
    });
  }
  const pulls: [string, unknown][] = [
    ['imagePullSecrets', values.imagePullSecrets],
    ...['agent', 'gateway', 'operator'].map((c): [string, unknown] => [`${c}.imagePullSecrets`, map(values[c]).imagePullSecrets]),
    ['agent.serviceAccountImagePullSecrets', map(values.agent).serviceAccountImagePullSecrets],
  ];
  for (const [path, names] of pulls) {
    for (const name of list(names)) {
      const n = str(name);
      if (n) out.add({ kind: 'pull', name: n, usedBy: [path], keys: [], optional: [], inRunNamespaces: path === 'agent.serviceAccountImagePullSecrets' || path === 'imagePullSecrets' });
    }
  }
  if (isPlainMap(values.artifactsStore)) connection(values.artifactsStore, 'artifactsStore', out);
  list(values.connections).forEach((c, i) => {
    if (isPlainMap(c)) connection(c, `connections[${i}]`, out);
  });
  return out.all();
}

/** The PersistentVolumeClaims `volume_claim` connections (and the artifacts store) name: they must exist, and outlive the release. */
export function referencedClaims(values: Values): string[] {
  const stores = [values.artifactsStore, ...list(values.connections)].filter(isPlainMap);
  const claims = stores.filter((c) => c.kind === 'volume_claim').map((c) => str(map(c.schema).volumeClaim));
  return [...new Set(claims.filter((c): c is string => c !== undefined))];
}
