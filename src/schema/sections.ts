import { allFields } from './defaults';
import type { FieldNode } from './walk';

/**
 * Form sections: which keys each one shows (not how). The first sections follow
 * the reference page; the `advanced` ones hold every other key. A key that names
 * a group (e.g. `ingress`) stands for all the fields under it, in schema order.
 * Every schema field belongs to exactly one reference or Advanced section
 * (sections.test.ts checks it); the `essentials` section (Quick setup) lists
 * a few of them again, to show first.
 */
export interface SectionDef {
  id: string;
  title: string;
  description?: string;
  docsAnchor: string;
  advanced: boolean;
  /**
   * The essentials shown first ("Quick setup"): its keys also belong to their
   * reference sections, which point here instead of showing the field twice
   * (one input per values path).
   */
  essentials?: boolean;
  keys: readonly string[];
}

const COMPONENT_SCHEDULING = ['nodeSelector', 'tolerations', 'affinity', 'imagePullSecrets', 'labels', 'annotations', 'priorityClassName'];

function perComponent(components: readonly string[], keys: readonly string[]): string[] {
  return components.flatMap((c) => keys.map((k) => `${c}.${k}`));
}

/** What a new agent needs first: where it runs, who it is, how traffic reaches it and where artifacts go. */
export const QUICK_SETUP: SectionDef = {
  id: 'quick-setup',
  title: 'Quick setup',
  description: 'The essentials of a new agent: namespace, agent instance and token, how traffic reaches the gateway, and the artifacts store.',
  docsAnchor: 'agent-configuration',
  advanced: false,
  essentials: true,
  keys: ['namespace', 'agent.instance', 'agent.token', 'agentSecret', 'ingress.enabled', 'ingress.hostName', 'gateway.service.type', 'artifactsStore'],
};

export const SECTIONS: readonly SectionDef[] = [
  QUICK_SETUP,
  {
    id: 'deployment',
    title: 'Deployment',
    description: 'Which chart and release the Polyaxon CLI deploys.',
    docsAnchor: 'deploymentchart',
    advanced: false,
    keys: ['deploymentChart', 'deploymentVersion', 'deploymentType', 'releaseName'],
  },
  {
    id: 'namespace',
    title: 'Namespace',
    docsAnchor: 'namespace',
    advanced: false,
    keys: ['namespace'],
  },
  {
    id: 'ingress',
    title: 'Ingress & gateway service',
    description: 'How traffic reaches the gateway: the Ingress resource and the gateway Service.',
    docsAnchor: 'ingress-and-gateway-service',
    advanced: false,
    keys: ['ingress', 'gateway.service'],
  },
  {
    id: 'ssl',
    title: 'SSL',
    description: 'SSL flags for a NodePort gateway service.',
    docsAnchor: 'ssl',
    advanced: false,
    keys: ['ssl'],
  },
  {
    id: 'dns',
    title: 'DNS',
    description: 'Cluster DNS settings used to resolve in-cluster routes.',
    docsAnchor: 'dns',
    advanced: false,
    keys: ['dns'],
  },
  {
    id: 'auth',
    title: 'Auth',
    description: 'How the gateway checks traffic with the control plane.',
    docsAnchor: 'auth',
    advanced: false,
    keys: ['auth'],
  },
  {
    id: 'time-zone',
    title: 'Time zone',
    docsAnchor: 'time-zone',
    advanced: false,
    keys: ['timezone'],
  },
  {
    id: 'node-scheduling',
    title: 'Node scheduling',
    description: 'Default node selector, tolerations and affinity for the agent, gateway and operator pods.',
    docsAnchor: 'node-manipulation',
    advanced: false,
    keys: ['nodeSelector', 'tolerations', 'affinity'],
  },
  {
    id: 'control-plane',
    title: 'Control plane',
    description: 'Where the gateway proxies the API, gateway and streams traffic.',
    docsAnchor: 'control-plane',
    advanced: false,
    keys: ['externalServices'],
  },
  {
    id: 'agent',
    title: 'Agent',
    description: 'The agent instance, its token and how it behaves.',
    docsAnchor: 'agent-configuration',
    advanced: false,
    keys: [
      'agent.instance',
      'agent.token',
      'agentSecret',
      'agent.enabled',
      'agent.additionalNamespaces',
      'agent.watchCluster',
      'agent.enableStatusFinalizers',
      'agent.enableLogsFinalizers',
      'agent.enableFinalizers',
      'agent.isReplica',
      'agent.executorRefreshInterval',
      'agent.enableHealthChecks',
    ],
  },
  {
    id: 'security-context',
    title: 'Security context',
    docsAnchor: 'security-context',
    advanced: false,
    keys: ['securityContext'],
  },
  {
    id: 'connections',
    title: 'Connections',
    description: 'The artifacts store and the connections the agent offers to runs.',
    docsAnchor: 'connections',
    advanced: false,
    keys: ['artifactsStore', 'connections', 'mountConnections'],
  },
  // Advanced: every other key.
  {
    id: 'images-resources',
    title: 'Images & resources',
    description: 'Images, pull policies and resources of the gateway, agent and operator.',
    docsAnchor: 'agent-configuration',
    advanced: true,
    keys: [
      'limitResources',
      'gateway.image',
      'gateway.imageTag',
      'gateway.imagePullPolicy',
      'gateway.resources',
      'agent.image',
      'agent.imageTag',
      'agent.imagePullPolicy',
      'agent.resources',
      'operator.image',
      'operator.imageTag',
      'operator.imagePullPolicy',
      'operator.resources',
    ],
  },
  {
    id: 'gateway-deployment',
    title: 'Gateway deployment',
    description: 'Replicas, workers, autoscaling and routing of the gateway.',
    docsAnchor: 'gateway',
    advanced: true,
    keys: ['gateway.enabled', 'gateway.replicas', 'gateway.concurrency', 'gateway.perCore', 'gateway.hpa', 'gateway.routes', 'gateway.useResolver'],
  },
  {
    id: 'operator',
    title: 'Operator',
    description: 'The Polyaxon operator deployment and its CRDs.',
    docsAnchor: 'agent-configuration',
    advanced: true,
    keys: ['operator.enabled', 'operator.skipCRD', 'operator.skipStatus', 'operator.leaderElection', 'operator.maxConcurrentReconciles'],
  },
  {
    id: 'operators',
    title: 'Operators (Kubeflow etc.)',
    description: 'Let the agent run Kubeflow, Dask and Ray workloads (the operators themselves are installed separately).',
    docsAnchor: 'agent-configuration',
    advanced: true,
    keys: ['operators'],
  },
  {
    id: 'proxy',
    title: 'Proxy',
    description: 'An HTTP(S) forward proxy for outgoing traffic.',
    docsAnchor: 'control-plane',
    advanced: true,
    keys: ['proxy'],
  },
  {
    id: 'rbac',
    title: 'RBAC & service accounts',
    docsAnchor: 'agent-configuration',
    advanced: true,
    keys: ['rbac', 'agent.serviceAccountAnnotations', 'agent.serviceAccountImagePullSecrets'],
  },
  {
    id: 'pod-metadata',
    title: 'Pod metadata',
    description: 'Labels, annotations, priority class and image pull secrets for all chart pods.',
    docsAnchor: 'node-manipulation',
    advanced: true,
    keys: ['labels', 'annotations', 'priorityClassName', 'imagePullSecrets'],
  },
  {
    id: 'component-scheduling',
    title: 'Per-component scheduling',
    description: 'Overrides of the global scheduling and metadata for one component (used when non-empty).',
    docsAnchor: 'node-manipulation',
    advanced: true,
    keys: perComponent(['agent', 'gateway', 'operator'], COMPONENT_SCHEDULING),
  },
  {
    id: 'runtime-containers',
    title: 'Runtime containers',
    description: 'Containers and jobs the agent adds to runs: init, sidecar, notifier, cleaner and the clean-up hook.',
    docsAnchor: 'agent-configuration',
    advanced: true,
    keys: ['init', 'sidecar', 'notifier', 'cleaner', 'cleanHooks'],
  },
  {
    id: 'istio-ui',
    title: 'Istio & UI',
    docsAnchor: 'agent-configuration',
    advanced: true,
    keys: ['istio', 'ui'],
  },
  {
    id: 'misc',
    title: 'Secrets & misc',
    description: 'Fixed secrets, logging, host settings and other rarely changed keys.',
    docsAnchor: 'agent-configuration',
    advanced: true,
    keys: [
      'polyaxonSecret',
      'internalToken',
      'platformSecret',
      'organizationKey',
      'secret',
      'logLevel',
      'environment',
      'debugMode',
      'hostName',
      'allowedHosts',
      'includeHostIps',
      'includeChartRevision',
      'dist',
      'nameOverride',
      'defaultArtifactsStore',
      'api',
    ],
  },
];

/** Whether `fieldId` is the key itself or lies under the group `key`. */
function covers(key: string, fieldId: string): boolean {
  return fieldId === key || fieldId.startsWith(`${key}.`);
}

/**
 * The fields a section shows: its keys in the order listed, a group key
 * expanding to all the fields under it in schema order. Fields that a key
 * would list twice appear once.
 */
export function sectionFields(section: SectionDef): FieldNode[] {
  const fields = allFields();
  const out: FieldNode[] = [];
  const seen = new Set<string>();
  for (const key of section.keys) {
    for (const f of fields) {
      if (covers(key, f.id) && !seen.has(f.id)) {
        seen.add(f.id);
        out.push(f);
      }
    }
  }
  return out;
}

/** The section that shows a field, by its dotted id. */
export function sectionOf(fieldId: string): SectionDef | undefined {
  return SECTIONS.find((s) => s.keys.some((k) => covers(k, fieldId)));
}
