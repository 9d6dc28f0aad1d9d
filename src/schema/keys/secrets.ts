import { bool, text } from '../fields';
import { DNS1123_SUBDOMAIN } from '../patterns';

/** Root-level secrets and tokens: the agent secret override, the platform secret key and internal token. */

const anchor = 'agent-configuration';

const RANDOM_WARNING = 'When unset, the chart generates a new random value on every render, which changes a checksum and restarts all pods on every helm upgrade. Set a fixed value to avoid it.';

export const agentSecretKeys = {
  agentSecret: text(
    {
      label: 'Existing agent secret',
      description:
        'To provide a secret name with all passwords and api keys instead of using the config.yaml deployment file: an existing Secret holding POLYAXON_AUTH_TOKEN, used instead of the chart-made agent secret (not copied to additional namespaces).',
      docsAnchor: anchor,
      default: null,
      readBy: 'chart',
      cli: 'accepted',
    },
    (s) => s.regex(DNS1123_SUBDOMAIN, 'A Secret name (lower-case DNS subdomain)'),
  ),
};

export const platformSecretKeys = {
  polyaxonSecret: text({
    label: 'Polyaxon secret key',
    description: 'POLYAXON_SECRET_KEY in the Secret <release>-polyaxon-secret; 60 random characters when unset.',
    docsAnchor: anchor,
    secret: true,
    readBy: 'chart',
    cli: 'accepted',
    warning: RANDOM_WARNING,
  }),
  internalToken: text({
    label: 'Internal token',
    description: 'POLYAXON_SECRET_INTERNAL_TOKEN in the Secret <release>-polyaxon-secret; random when unset.',
    docsAnchor: anchor,
    secret: true,
    readBy: 'chart',
    cli: 'accepted',
    warning: RANDOM_WARNING,
  }),
  platformSecret: text({
    label: 'Platform secret name',
    description: 'POLYAXON_K8S_APP_SECRET_NAME (defaults to <release>-polyaxon-platform-secret); a platform key the CLI forbids for agents.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'rejected',
  }),
  organizationKey: text({
    label: 'Organization key',
    description: 'Platform-chart switch: set while agent.enabled is false, it skips the agent ConfigMap and service account. The CLI forbids it for agents.',
    docsAnchor: anchor,
    secret: true,
    readBy: 'chart',
    cli: 'rejected',
  }),
  secret: bool({
    label: 'Skip agent secret',
    description: 'When truthy, the chart does not create <release>-polyaxon-agent-secret (provide agentSecret instead).',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'rejected',
  }),
};
