import { bool, group, int, oneOf } from '../fields';

/** securityContext: pod and container security context of the chart pods, and the UID/GID the agent gives runs. */

const anchor = 'security-context';

const FS_GROUP_CHANGE_POLICIES = ['OnRootMismatch', 'Always'] as const;

const LEGACY_NOTE = 'Legacy v1 key shown by the docs: it overrides only the pod-level value; fsGroup and the runs keep runAsUser/runAsGroup, and the CLI rejects it.';

export const securityContextGroup = group(
  {
    enabled: bool({
      label: 'Enable security context',
      description: 'enable security context.',
      docsAnchor: anchor,
      default: false,
      readBy: 'chart',
      cli: 'accepted',
    }),
    runAsUser: int(
      {
        label: 'Run as user (UID)',
        description: 'security context UID.',
        docsAnchor: anchor,
        default: 2222,
        readBy: 'chart',
        cli: 'accepted',
        docs: {
          key: 'user',
          note: 'The docs call it securityContext.user; the chart reads runAsUser for the pods and for the runs (POLYAXON_SECURITY_CONTEXT_USER).',
        },
      },
      { min: 0 },
    ),
    user: int(
      {
        label: 'User (legacy)',
        description: 'Legacy UID that overrides only the pods’ runAsUser; use runAsUser instead.',
        docsAnchor: anchor,
        readBy: 'chart',
        cli: 'rejected',
        docs: { key: 'user', note: LEGACY_NOTE },
      },
      { min: 0 },
    ),
    runAsGroup: int(
      {
        label: 'Run as group (GID)',
        description: 'security context GID.',
        docsAnchor: anchor,
        default: 2222,
        readBy: 'chart',
        cli: 'accepted',
        docs: {
          key: 'group',
          note: 'The docs call it securityContext.group; the chart reads runAsGroup for the pods and for the runs (POLYAXON_SECURITY_CONTEXT_GROUP).',
        },
      },
      { min: 0 },
    ),
    group: int(
      {
        label: 'Group (legacy)',
        description: 'Legacy GID that overrides only the pods’ runAsGroup; use runAsGroup instead.',
        docsAnchor: anchor,
        readBy: 'chart',
        cli: 'rejected',
        docs: { key: 'group', note: LEGACY_NOTE },
      },
      { min: 0 },
    ),
    fsGroup: int(
      {
        label: 'FS group',
        description: 'Pod fsGroup: the group that owns mounted volumes.',
        docsAnchor: anchor,
        default: 2222,
        readBy: 'chart',
        cli: 'accepted',
      },
      { min: 0 },
    ),
    allowPrivilegeEscalation: bool({
      label: 'Allow privilege escalation',
      description: 'Container-level allowPrivilegeEscalation.',
      docsAnchor: anchor,
      default: false,
      readBy: 'chart',
      cli: 'accepted',
    }),
    runAsNonRoot: bool({
      label: 'Run as non-root',
      description: 'Container-level runAsNonRoot.',
      docsAnchor: anchor,
      default: true,
      readBy: 'chart',
      cli: 'accepted',
    }),
    fsGroupChangePolicy: oneOf(FS_GROUP_CHANGE_POLICIES, {
      label: 'FS group change policy',
      description: 'Pod fsGroupChangePolicy; OnRootMismatch speeds up mounting large volumes.',
      docsAnchor: anchor,
      default: null,
      readBy: 'chart',
      cli: 'accepted',
    }),
  },
  {
    label: 'Security context',
    description: 'Run the agent, gateway, operator and the runs with a fixed non-root UID/GID.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'accepted',
  },
);
