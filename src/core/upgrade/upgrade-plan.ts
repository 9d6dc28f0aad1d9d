import { chartDefaults } from '../../schema/defaults';
import { helmMerge } from '../values/helm-merge';
import { deepEqual } from '../values/deep-equal';
import { isPlainMap, type Values } from '../values/types';
import type { DeployedBaseline } from './baseline';
import { maskedPair } from './masked-pair';
import { diffValues, type ValueChange } from './values-diff';

/** Something an upgrade from the deployed baseline does beyond changing values. */
export interface UpgradeImpact {
  readonly id: 'release' | 'namespace' | 'chart-version' | 'crds' | 'rbac-mode' | 'service-address' | 'ingress-address' | 'restart' | 'random-secrets';
  readonly severity: 'warning' | 'info';
  readonly message: string;
  /** Values paths it is about. */
  readonly paths: readonly string[];
}

/** The current side of the comparison. */
export interface UpgradeTarget {
  readonly version: string;
  /** The current values overlay (computeValues(...).changed). */
  readonly values: Values;
  readonly release: string;
  readonly namespace: string;
}

/** What an upgrade changes: the values diff and its impacts. */
export interface UpgradePlan {
  readonly changes: readonly ValueChange[];
  readonly impacts: readonly UpgradeImpact[];
}

const map = (v: unknown): Values => (isPlainMap(v) ? v : {});
const at = (values: Values, path: string): unknown => path.split('.').reduce<unknown>((v, k) => map(v)[k], values);

function ownsCrds(full: Values): boolean {
  return map(full.operator).enabled !== false && map(full.operator).skipCRD !== true;
}

function list(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * Compares the current values with the deployed baseline the last import
 * gave: the key-by-key diff of the overlays, and what the upgrade does
 * beyond new values: another release or namespace (a second install, not an
 * upgrade), a new chart release (new images: every pod restarts), CRDs the
 * upgrade deletes, cluster-mode RBAC switching, a gateway address or URL
 * that changes, and pod restarts (the chart's pods carry checksums of its
 * ConfigMaps and Secrets, so any change rolls them). Secret values never
 * appear in the plan: they are masked (see maskedPair).
 */
export function upgradePlan(baseline: DeployedBaseline, target: UpgradeTarget): UpgradePlan {
  // Secrets masked on both sides (a changed one says so), secrets the baseline could not keep not compared.
  const shown = maskedPair(baseline.values, target.values, baseline.leftOut);
  const changes = diffValues(shown.before, shown.after);
  const before = helmMerge(chartDefaults(baseline.version), baseline.values);
  const after = helmMerge(chartDefaults(target.version), target.values);
  const impacts: UpgradeImpact[] = [];
  const changed = (path: string) => !deepEqual(at(before, path), at(after, path));

  if (baseline.release !== undefined && baseline.release !== target.release) {
    impacts.push({
      id: 'release',
      severity: 'warning',
      message: `The deployed release is ${baseline.release}; the commands now target ${target.release}. That installs a second release beside it (its cluster-wide CRDs collide) instead of upgrading ${baseline.release}.`,
      paths: ['releaseName'],
    });
  }
  if (baseline.namespace !== undefined && baseline.namespace !== target.namespace) {
    impacts.push({
      id: 'namespace',
      severity: 'warning',
      message: `The release is deployed in ${baseline.namespace}; the commands now target ${target.namespace}. Helm would install a new release there instead of upgrading the deployed one.`,
      paths: ['namespace'],
    });
  }
  if (baseline.version !== target.version) {
    impacts.push({
      id: 'chart-version',
      severity: 'warning',
      message: `The chart changes from ${baseline.version} to ${target.version}: new images, so every agent pod restarts, and keys and defaults differ between the releases.`,
      paths: [],
    });
  }
  if (ownsCrds(before) && !ownsCrds(after)) {
    impacts.push({
      id: 'crds',
      severity: 'warning',
      message: 'The upgrade stops rendering the CRDs this release installed, so Helm deletes them, and with them every Polyaxon run resource in the cluster.',
      paths: ['operator.enabled', 'operator.skipCRD'].filter(changed),
    });
  }
  const nsBefore = list(map(before.agent).additionalNamespaces);
  const nsAfter = list(map(after.agent).additionalNamespaces);
  if (!deepEqual(nsBefore, nsAfter)) {
    const mode = (n: string[]) => (n.length > 0 ? 'cluster mode (ClusterRoles)' : 'namespace mode (Roles)');
    impacts.push({
      id: 'rbac-mode',
      severity: nsBefore.length > 0 !== nsAfter.length > 0 ? 'warning' : 'info',
      message:
        nsBefore.length > 0 !== nsAfter.length > 0
          ? `The agent switches from ${mode(nsBefore)} to ${mode(nsAfter)}: its roles and bindings are re-created, and runs in the removed namespaces lose access.`
          : 'The runs namespaces change: service accounts, roles and the agent Secret are created in the new ones and deleted from the removed ones.',
      paths: ['agent.additionalNamespaces'],
    });
  }
  const serviceKeys = ['gateway.service.type', 'gateway.service.port', 'gateway.service.nodePort'].filter(changed);
  if (serviceKeys.length > 0) {
    const lb = at(before, 'gateway.service.type') === 'LoadBalancer' && changed('gateway.service.type');
    impacts.push({
      id: 'service-address',
      severity: 'warning',
      message: `The gateway Service changes (${serviceKeys.join(', ')}): clients must use the new address${lb ? '; the load balancer and its external address are released' : ''}.`,
      paths: serviceKeys,
    });
  }
  const ingressKeys = ['ingress.enabled', 'ingress.hostName', 'ingress.tls'].filter(changed);
  if (ingressKeys.length > 0) {
    impacts.push({
      id: 'ingress-address',
      severity: 'warning',
      message: `The Ingress changes (${ingressKeys.join(', ')}): the URL users open changes; create any new TLS Secret before upgrading (see Deploy).`,
      paths: ingressKeys,
    });
  }
  if (changes.length > 0 || baseline.version !== target.version) {
    const unset = ['polyaxonSecret', 'internalToken'].filter((k) => typeof after[k] !== 'string' || after[k] === '');
    impacts.push({
      id: 'restart',
      severity: 'info',
      message: 'The agent, gateway (streams) and operator pods restart with this upgrade: they carry checksums of the chart’s ConfigMaps and Secrets, so any change rolls them.',
      paths: [],
    });
    if (unset.length > 0) {
      impacts.push({
        id: 'random-secrets',
        severity: 'info',
        message: `${unset.join(' and ')} ${unset.length > 1 ? 'are' : 'is'} unset, so the chart generates new random values on every render: every upgrade restarts all pods, even one that changes nothing. Set fixed values to avoid it.`,
        paths: unset,
      });
    }
  }
  return { changes, impacts };
}
