import * as z from 'zod';
import { bool, group, oneOf, stringList, text, yamlValue } from '../fields';
import { byVersion } from '../meta';

/** Global switches and identity keys of the chart. */

const anchor = 'agent-configuration';

const LOG_LEVELS = ['DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL'] as const;

export const limitResourcesKeys = {
  limitResources: bool({
    label: 'Limit resources',
    description: 'When false, the agent, gateway and operator containers get only resource requests and no limits.',
    docsAnchor: anchor,
    default: byVersion([
      ['2.0.0', false],
      ['2.14.0', true],
    ]),
    readBy: 'chart',
    cli: 'accepted',
  }),
};

export const rbacKeys = {
  rbac: group(
    {
      enabled: bool({
        label: 'Create RBAC',
        description:
          'Create the agent, operator and runs service accounts with their Roles (or ClusterRoles with additional namespaces); when false, pods use the namespace’s default service account.',
        docsAnchor: anchor,
        default: true,
        readBy: 'chart',
        cli: 'accepted',
      }),
    },
    { label: 'RBAC', description: 'Service accounts and roles for the agent, operator and runs.', docsAnchor: anchor, readBy: 'chart', cli: 'accepted' },
  ),
};

/** Logging and platform identity, written to the common ConfigMap (next to the time zone). */
export const platformKeys = {
  logLevel: oneOf(LOG_LEVELS, {
    label: 'Log level',
    description: 'Log level of the Polyaxon services (POLYAXON_LOG_LEVEL).',
    docsAnchor: anchor,
    fallback: 'WARNING',
    readBy: 'chart',
    cli: 'accepted',
  }),
  environment: text({
    label: 'Environment',
    description: 'Free-text environment name (POLYAXON_ENVIRONMENT).',
    docsAnchor: anchor,
    fallback: 'production',
    placeholder: 'production',
    readBy: 'chart',
    cli: 'accepted',
  }),
  debugMode: bool({
    label: 'Debug mode',
    description: 'Adds POLYAXON_DEBUG=true to the agent and gateway containers.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'accepted',
  }),
};

export const includeChartRevisionKeys = {
  includeChartRevision: bool({
    label: 'Include chart revision',
    description: 'Include helm chart release revision (POLYAXON_CHART_REVISION). It changes on every upgrade, which changes the config checksum and restarts all pods.',
    docsAnchor: anchor,
    default: true,
    readBy: 'chart',
    cli: 'accepted',
  }),
};

/** Host settings and keys with no effect in the agent chart. */
export const hostKeys = {
  hostName: text({
    label: 'Platform host',
    description: 'POLYAXON_PLATFORM_HOST when ingress is disabled (a host or URL); otherwise the in-cluster gateway URL is used.',
    docsAnchor: anchor,
    placeholder: 'https://polyaxon.acme.com',
    readBy: 'chart',
    cli: 'accepted',
  }),
  allowedHosts: stringList({
    label: 'Allowed hosts',
    description: 'Only an on/off switch in the chart: when non-empty, the gateway probes send the header Host: <release>-polyaxon-streams.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'accepted',
  }),
  includeHostIps: bool({
    label: 'Include host IPs',
    description: 'No effect: the chart helper that reads it is never used.',
    docsAnchor: anchor,
    readBy: 'none',
    cli: 'accepted',
  }),
  dist: text({
    label: 'Platform distribution',
    description: 'POLYAXON_PLATFORM_DIST.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'rejected',
  }),
  nameOverride: text({
    label: 'Name override',
    description: 'No effect: the chart helper that reads it is never used.',
    docsAnchor: anchor,
    readBy: 'none',
    cli: 'rejected',
  }),
};

export const apiKeys = {
  api: yamlValue(z.record(z.string(), z.unknown()), {
    label: 'API (unused)',
    description: 'Not read by the agent chart templates (a platform-chart key); the CLI rejects it.',
    docsAnchor: 'ingress-and-gateway-service',
    default: {},
    readBy: 'none',
    cli: 'rejected',
  }),
};
