import type { Values } from '../../shared/values';

/** An optional part of a preset the user can tick (e.g. the cert-manager annotation). */
interface PresetOption {
  readonly id: string;
  readonly label: string;
  readonly overlay: Values;
}

/**
 * A coherent group of values taken from the docs' own examples. `overlay`
 * is in form-value terms: maps are walked down to the schema's fields, each
 * field it names is set to the given value as a whole (a list or a
 * connection replaces the current one), and `null` sets a field back to unset.
 */
export interface Preset {
  readonly id: string;
  readonly title: string;
  /** What it sets up and what the user still has to do (create a Secret, ...). */
  readonly description: string;
  /** The docs example it follows. */
  readonly source: string;
  readonly overlay: Values;
  readonly options?: readonly PresetOption[];
  /** Fields the user must fill in afterwards (focused after applying). */
  readonly fillIn?: readonly string[];
}

const REFERENCE = 'Helm reference';
const host = 'polyaxon.acme.com';

export const PRESETS: readonly Preset[] = [
  {
    id: 'minimal-agent',
    title: 'Minimal agent',
    description:
      'Connect the agent with a token kept in an existing Kubernetes Secret (agentSecret) instead of writing it into values.yaml. Create it first: kubectl create secret generic polyaxon-agent-secret -n <namespace> --from-literal=POLYAXON_AUTH_TOKEN=<token>, then paste the agent instance (<owner>.agents.<uuid>) from the agent’s page.',
    source: `${REFERENCE}: Agent configuration (agent.instance and token)`,
    overlay: { agentSecret: 'polyaxon-agent-secret', agent: { token: null } },
    fillIn: ['agent.instance'],
  },
  {
    id: 'ingress-tls',
    title: 'Ingress with TLS',
    description:
      'Serve the gateway through an NGINX ingress over HTTPS with a ClusterIP service. The TLS Secret polyaxon.acme-tls must exist in the namespace (or let cert-manager create it); replace polyaxon.acme.com with your host.',
    source: `${REFERENCE}: Securing api server with TLS / NGINX ingress`,
    overlay: { gateway: { service: { type: 'ClusterIP' } }, ingress: { enabled: true, hostName: host, tls: [{ secretName: 'polyaxon.acme-tls', hosts: [host] }] } },
    options: [
      {
        id: 'cert-manager',
        label: 'Let cert-manager issue the certificate (cert-manager.io/cluster-issuer annotation)',
        overlay: { ingress: { annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt-prod' } } },
      },
    ],
  },
  {
    id: 'nodeport-ssl',
    title: 'NodePort with SSL',
    description:
      'Expose the gateway as a NodePort service on port 443 with SSL flags on, reading the certificate from the Secret polyaxon-cert (kubectl create secret generic polyaxon-cert --from-file=<crt> --from-file=<key>). Note: the agent chart sets the SSL flags but does not mount the certificate.',
    source: `${REFERENCE}: SSL / NGINX for NodePort service`,
    overlay: { ssl: { enabled: true, secretName: 'polyaxon-cert' }, gateway: { service: { type: 'NodePort', port: 443 } } },
  },
  {
    id: 's3-store',
    title: 'S3 artifacts store',
    description: 'Keep artifacts in an S3 bucket (s3://bucket/). The Secret s3-secret holds AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_ENDPOINT_URL for MinIO); replace the bucket.',
    source: 'Artifacts on S3 (integrations/artifacts)',
    overlay: { artifactsStore: { name: 's3-artifacts', kind: 's3', schema: { bucket: 's3://bucket/' }, secret: { name: 's3-secret' } } },
  },
  {
    id: 'gcs-store',
    title: 'GCS artifacts store',
    description: 'Keep artifacts in a Google Cloud Storage bucket (gs://…). The Secret gcs-secret holds the service account key as gc-secret.json, mounted at /plx-context/.gc; replace the bucket.',
    source: 'Artifacts on GCS (integrations/artifacts)',
    overlay: { artifactsStore: { name: 'gcs-artifacts', kind: 'gcs', schema: { bucket: 'gs://gcs-artifacts' }, secret: { name: 'gcs-secret', mountPath: '/plx-context/.gc' } } },
  },
  {
    id: 'azure-store',
    title: 'Azure Blob artifacts store',
    description:
      'Keep artifacts in an Azure Blob Storage container (wasbs://container@account.blob.core.windows.net/). The Secret az-secret holds AZURE_ACCOUNT_NAME and AZURE_ACCOUNT_KEY (or AZURE_CONNECTION_STRING); replace the bucket.',
    source: 'Artifacts on Azure (integrations/artifacts)',
    overlay: { artifactsStore: { name: 'azure-artifacts', kind: 'wasb', schema: { bucket: 'wasbs://artifacts@container.blob.core.windows.net/' }, secret: { name: 'az-secret' } } },
  },
  {
    id: 'host-path-store',
    title: 'Host path artifacts store (on-prem)',
    description:
      'Keep artifacts in a directory of the node (mounted at /artifacts). Fine for a single node; with several nodes use a shared volume claim. With a security context on, make the directory writable by its UID/GID.',
    source: 'Artifacts on host path (integrations/artifacts)',
    overlay: { artifactsStore: { name: 'node-artifacts-store', kind: 'host_path', schema: { mountPath: '/artifacts', hostPath: '/path/to/artifacts' } } },
  },
  {
    id: 'volume-claim-store',
    title: 'Volume claim artifacts store (on-prem)',
    description: 'Keep artifacts on a PersistentVolumeClaim (polyaxon-pvc-data, mounted at /plx-data). The claim must exist in the agent’s namespace; several nodes need ReadWriteMany.',
    source: 'Artifacts on a PVC (integrations/artifacts)',
    overlay: { artifactsStore: { name: 'artifacts-pvc', kind: 'volume_claim', schema: { mountPath: '/plx-data', volumeClaim: 'polyaxon-pvc-data' } } },
  },
  {
    id: 'restricted-security-context',
    title: 'Restricted security context',
    description:
      'Run every core component, job and service as a non-root user (UID/GID 2222, fsGroup 2222) without privilege escalation. Volumes and host paths used for artifacts must be accessible to that UID/GID.',
    source: `${REFERENCE}: Security context (enable security context)`,
    overlay: { securityContext: { enabled: true, runAsUser: 2222, runAsGroup: 2222, fsGroup: 2222, runAsNonRoot: true, allowPrivilegeEscalation: false } },
  },
  {
    id: 'dedicated-node-pool',
    title: 'Dedicated node pool',
    description: 'Schedule the agent, gateway and operator on nodes labelled node-pool=polyaxon and tainted dedicated=polyaxon:NoSchedule (kubectl taint nodes <node> dedicated=polyaxon:NoSchedule).',
    source: `${REFERENCE}: Node and deployment manipulation (nodeSelector, tolerations)`,
    overlay: { nodeSelector: { 'node-pool': 'polyaxon' }, tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'polyaxon', effect: 'NoSchedule' }] },
  },
];
