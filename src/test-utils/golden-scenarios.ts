import { LATEST_CHART_VERSION } from '../schema/chart-versions';
import { chartDefaults } from '../schema/defaults';
import { mergeUserValues } from '../core/values/helm-merge';
import { computeValues } from '../core/values/output';
import type { Values } from '../shared/values';

/**
 * Golden scenarios: what a user does in the form (edits on top of the chart
 * defaults) and, in expected/<id>.yaml, the exact values.yaml text the builder
 * writes for it. Interop tests reuse this list to render and validate the
 * same files with the real Helm and Polyaxon CLI.
 */
export interface GoldenScenario {
  /** File name of the expected output: expected/<id>.yaml. */
  readonly id: string;
  readonly title: string;
  /** Where the example comes from, when it is a documented one. */
  readonly source?: string;
  readonly version: string;
  /**
   * Edits to the form values, which start as chartDefaults(version): maps
   * merge key by key, anything else replaces; `null` is a field the user emptied.
   */
  readonly edits: Values;
}

const version = LATEST_CHART_VERSION;

export const GOLDEN_SCENARIOS: readonly GoldenScenario[] = [
  {
    id: 'defaults-only',
    title: 'Nothing changed',
    version,
    edits: {},
  },
  {
    id: 'ingress-tls',
    title: 'Ingress with TLS',
    source: 'Reference page, ingress example (spec F-1)',
    version,
    edits: {
      ingress: {
        enabled: true,
        hostName: 'polyaxon.acme.com',
        tls: [{ secretName: 'polyaxon.acme-tls', hosts: ['polyaxon.acme.com'] }],
      },
    },
  },
  {
    id: 'ssl-nodeport',
    title: 'SSL on a NodePort gateway',
    source: 'Reference page, SSL example (spec F-4)',
    version,
    edits: {
      gateway: { service: { type: 'NodePort' } },
      ssl: { enabled: true, secretName: 'polyaxon-cert' },
    },
  },
  {
    id: 'dns-backend',
    title: 'DNS backend coredns',
    source: 'Reference page, DNS example (spec F-5)',
    version,
    edits: { dns: { backend: 'coredns' } },
  },
  {
    id: 'dns-prefix',
    title: 'DNS prefix',
    source: 'Reference page, DNS example (spec F-6)',
    version,
    edits: { dns: { prefix: 'kube-dns.other-kube-system' } },
  },
  {
    id: 'dns-custom-cluster',
    title: 'Custom cluster domain',
    source: 'Reference page, DNS example (spec F-7)',
    version,
    edits: { dns: { customCluster: 'custom.cluster.name' } },
  },
  {
    id: 'security-context-enabled',
    title: 'Security context enabled',
    source: 'Reference page, security context example (spec F-14)',
    version,
    edits: { securityContext: { enabled: true } },
  },
  {
    id: 'security-context-custom-ids',
    title: 'Security context with custom UID and GID',
    source: 'Reference page, security context example (spec F-15, with the keys the chart reads)',
    version,
    edits: { securityContext: { enabled: true, runAsUser: 1111, runAsGroup: 1111, fsGroup: 1111 } },
  },
  {
    id: 'affinity-emptied',
    title: 'Default affinity removed',
    source: 'Reference page, affinity (spec F-10: the default matches no chart pod)',
    version,
    edits: { affinity: null },
  },
  {
    id: 'control-plane',
    title: 'Control plane external services',
    version,
    edits: {
      externalServices: {
        api: { host: 'cloud.polyaxon.com', port: 443 },
        gateway: { host: 'cloud.polyaxon.com', port: 443, useResolver: true },
      },
    },
  },
  {
    id: 'agent-instance-token',
    title: 'Agent instance and token',
    source: 'Reference page, agent example (spec F-12)',
    version,
    edits: { agent: { instance: 'acme.agents.UUID', token: 'TOKEN_VALUE' } },
  },
  {
    id: 'annotations',
    title: 'Annotations with dots, slashes and "600" strings',
    source: 'Reference page, nginx annotations (spec F-0) and service annotations (spec F-2)',
    version,
    edits: {
      ingress: {
        enabled: true,
        hostName: 'polyaxon.acme.com',
        annotations: {
          'ingress.kubernetes.io/ssl-redirect': 'false',
          'ingress.kubernetes.io/rewrite-target': '/',
          'ingress.kubernetes.io/add-base-url': 'true',
          'ingress.kubernetes.io/proxy-connect-timeout': '600',
          'ingress.kubernetes.io/proxy-read-timeout': '600',
          'ingress.kubernetes.io/proxy-send-timeout': '600',
          'ingress.kubernetes.io/send-timeout': '600',
          'ingress.kubernetes.io/proxy-body-size': '4G',
          'nginx.ingress.kubernetes.io/proxy-body-size': '0',
          'example.com/enabled': 'yes',
          'example.com/mode': '0755',
        },
      },
      gateway: { service: { annotations: { domainName: 'polyaxon.my.domain.com' } } },
    },
  },
  {
    id: 'connections',
    title: 'S3 artifacts store, git and host_path connections',
    source: 'Connections docs (spec F-40, F-45), with an s3 store',
    version,
    edits: {
      artifactsStore: {
        name: 'my-s3',
        kind: 's3',
        schema: { bucket: 's3://acme-artifacts' },
        secret: { name: 's3-secret', defaultMode: '0600' },
      },
      connections: [
        {
          name: 'repo-test',
          kind: 'git',
          description: 'some description',
          tags: ['tag1', 'tag2'],
          schema: { url: 'https://gitlab.com/org/test', revision: 'main' },
          secret: { name: 'gitlab-connection' },
        },
        {
          name: 'datasets',
          kind: 'host_path',
          schema: { hostPath: '/data/datasets', mountPath: '/datasets', readOnly: true },
        },
      ],
      mountConnections: ['datasets'],
    },
  },
];

/** The form values of a scenario: the chart defaults with the scenario's edits. */
export function scenarioFormValues(scenario: GoldenScenario): Values {
  return mergeUserValues(chartDefaults(scenario.version), scenario.edits);
}

/** The values the builder writes for a scenario: computeValues(...).changed. */
export function scenarioValues(scenario: GoldenScenario): Values {
  return computeValues(scenarioFormValues(scenario), scenario.version).changed;
}
