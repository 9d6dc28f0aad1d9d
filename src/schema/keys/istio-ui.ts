import { bool, group, text } from '../fields';

/** istio and ui: settings passed to the gateway through the proxies ConfigMap. */

const anchor = 'gateway';
const common = { docsAnchor: anchor, readBy: 'chart', cli: 'accepted' } as const;

export const istioGroup = group(
  {
    enabled: bool({ ...common, label: 'Istio', description: 'POLYAXON_ISTIO_ENABLED, plus operator RBAC on networking.istio.io.' }),
    gateway: text({ ...common, label: 'Istio gateway', description: 'POLYAXON_ISTIO_GATEWAY: the Istio gateway services are exposed through.' }),
    tlsMode: text({ ...common, label: 'Istio TLS mode', description: 'POLYAXON_ISTIO_TLS_MODE.' }),
    prefix: text({ ...common, label: 'Istio prefix', description: 'POLYAXON_ISTIO_PREFIX.' }),
    timeout: text({ ...common, label: 'Istio timeout', description: 'POLYAXON_ISTIO_TIMEOUT.' }),
  },
  { ...common, label: 'Istio', description: 'Expose services through Istio.', emptyDefault: true },
);

export const uiGroup = group(
  {
    enabled: bool({ ...common, label: 'UI enabled', description: 'POLYAXON_UI_ENABLED (written whenever set, including false).', triState: true }),
    adminEnabled: bool({
      ...common,
      label: 'Admin UI enabled',
      description: 'POLYAXON_UI_ADMIN_ENABLED (written whenever set, including false).',
      triState: true,
    }),
    offline: bool({ ...common, label: 'Offline UI', description: 'POLYAXON_UI_OFFLINE: serve the UI assets locally.' }),
    assetsVersion: text({ ...common, label: 'Assets version', description: 'POLYAXON_UI_ASSETS_VERSION.' }),
    baseUrl: text({ ...common, label: 'Base URL', description: 'POLYAXON_UI_BASE_URL.' }),
    staticUrl: text({ ...common, label: 'Static URL', description: 'POLYAXON_STATIC_URL.' }),
    singleUrl: bool({ ...common, since: '2.5.3', label: 'Single URL', description: 'POLYAXON_UI_SINGLE_URL (a boolean for the CLI).' }),
    defaultStreamsUrl: text({ ...common, since: '2.5.3', label: 'Default streams URL', description: 'POLYAXON_UI_DEFAULT_STREAMS_URL.' }),
  },
  { ...common, label: 'UI', description: 'UI settings of the gateway.', emptyDefault: true },
);
