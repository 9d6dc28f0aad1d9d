import * as z from 'zod';
import { bool, group, int, stringList, stringMap, text } from '../fields';
import { DNS1123_LABEL, DNS1123_SUBDOMAIN } from '../patterns';
import { imageKeys } from './images';
import { resourcesGroup } from './resources';
import { componentMetadataKeys, componentSchedulingKeys } from './scheduling';

/** The agent: Deployment `<release>-polyaxon-agent` and its behaviour switches. */

const anchor = 'agent-configuration';

const agentComponent = {
  title: 'Agent',
  what: 'the agent pod and the clean-up hook',
  metadataCli: 'rejected',
  schedulingNote: 'Also sent to the agent as its default scheduling for runs (POLYAXON_AGENT_DEFAULT_SCHEDULING).',
  pullSecretsNote: 'Also the default pull secrets of the runs (POLYAXON_AGENT_DEFAULT_IMAGE_PULL_SECRETS).',
} as const;

export const agentGroup = group(
  {
    token: text(
      {
        label: 'Agent token',
        description: 'The agent token from the control plane. The chart stores it in the Secret <release>-polyaxon-agent-secret (POLYAXON_AUTH_TOKEN), also in every additional namespace.',
        docsAnchor: anchor,
        default: null,
        secret: true,
        readBy: 'chart',
        cli: 'accepted',
        placeholder: 'TOKEN_VALUE',
      },
      (s) => s.min(1, 'A token'),
    ),
    instance: text(
      {
        label: 'Agent instance',
        description: 'The agent instance from the control plane, <owner>.agents.<uuid> (POLYAXON_AGENT_INSTANCE).',
        docsAnchor: anchor,
        default: null,
        readBy: 'chart',
        cli: 'accepted',
        placeholder: 'acme.agents.UUID',
      },
      (s) => s.regex(/^[^.\s]+\.agents\.[^.\s]+$/, 'Of the form <owner>.agents.<uuid>'),
    ),
    enabled: bool({
      label: 'Agent enabled',
      description: 'Renders the agent Deployment; also gates the artifacts-store mounts in the gateway.',
      docsAnchor: anchor,
      default: true,
      readBy: 'chart',
      cli: 'accepted',
    }),
    additionalNamespaces: stringList(
      {
        label: 'Additional namespaces',
        description:
          'Other namespaces the agent schedules runs in. A non-empty list switches to cluster mode: ClusterRoles instead of Roles, and the runs service account and agent secret are created in each listed namespace.',
        docsAnchor: anchor,
        default: [],
        since: '2.1.1',
        readBy: 'chart',
        cli: 'accepted',
      },
      z.string().max(63, 'At most 63 characters').regex(DNS1123_LABEL, 'A namespace name (lower-case DNS label)'),
    ),
    watchCluster: bool({
      label: 'Watch cluster',
      description: 'Let the agent watch the cluster (POLYAXON_WATCH_CLUSTER). The node and metrics permissions it needs exist only in cluster mode (with additional namespaces).',
      docsAnchor: anchor,
      default: false,
      readBy: 'chart',
      cli: 'accepted',
    }),
    enableFinalizers: bool({
      label: 'Enable finalizers',
      description: 'Finalizers on the runs the agent creates (chart 2.8.0 only; replaced by enableStatusFinalizers and enableLogsFinalizers).',
      docsAnchor: anchor,
      default: false,
      since: '2.8.0',
      until: '2.8.0',
      readBy: 'chart',
      cli: 'rejected',
    }),
    enableStatusFinalizers: bool({
      label: 'Status finalizers',
      description: 'Keep runs until their final status is recorded (POLYAXON_ENABLE_STATUS_FINALIZERS).',
      docsAnchor: anchor,
      default: true,
      since: '2.8.1',
      readBy: 'chart',
      cli: 'accepted',
    }),
    enableLogsFinalizers: bool({
      label: 'Logs finalizers',
      description: 'Keep runs until their logs are collected (POLYAXON_ENABLE_LOGS_FINALIZERS).',
      docsAnchor: anchor,
      default: false,
      since: '2.8.1',
      readBy: 'chart',
      cli: 'accepted',
    }),
    ...imageKeys({ title: 'Agent', what: 'the agent container', image: 'polyaxon/polyaxon-agent', docsAnchor: anchor }),
    isReplica: bool({
      label: 'Replica agent',
      description: 'A flag to simplify configuring a replica agent on a different cluster (POLYAXON_AGENT_IS_REPLICA, written only when true).',
      docsAnchor: anchor,
      default: false,
      readBy: 'chart',
      cli: 'accepted',
    }),
    executorRefreshInterval: int(
      {
        label: 'Executor refresh interval (s)',
        description: 'How often the agent refreshes its executor, in seconds (POLYAXON_AGENT_EXECUTOR_REFRESH_INTERVAL).',
        docsAnchor: anchor,
        default: 300,
        readBy: 'chart',
        cli: 'rejected',
      },
      { min: 1 },
    ),
    enableHealthChecks: bool({
      label: 'Health checks',
      description: 'Adds exec liveness and readiness probes to the agent (POLYAXON_AGENT_ENABLE_HEALTH_CHECKS).',
      docsAnchor: anchor,
      readBy: 'chart',
      cli: 'rejected',
    }),
    serviceAccountAnnotations: stringMap({
      label: 'Service account annotations',
      description: 'Annotations on the agent service account and every runs service account (e.g. IRSA or Workload Identity).',
      docsAnchor: anchor,
      default: {},
      since: '2.1.8',
      readBy: 'chart',
      cli: 'accepted',
    }),
    serviceAccountImagePullSecrets: stringList(
      {
        label: 'Runs service account pull secrets',
        description: 'imagePullSecrets of the runs service account(s).',
        docsAnchor: anchor,
        default: [],
        since: '2.10.0',
        readBy: 'chart',
        cli: 'accepted',
      },
      z.string().regex(DNS1123_SUBDOMAIN, 'A Secret name (lower-case DNS subdomain)'),
    ),
    resources: resourcesGroup(
      { title: 'Agent', what: 'the agent container', docsAnchor: anchor, limitedByLimitResources: true },
      { limits: { cpu: '500m', memory: '2000Mi' }, requests: { cpu: '100m', memory: '100Mi' } },
    ),
    ...componentSchedulingKeys(agentComponent),
    ...componentMetadataKeys(agentComponent),
  },
  {
    label: 'Agent',
    description: 'Set the agent token and instance value.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'accepted',
  },
);
