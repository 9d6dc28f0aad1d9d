import { bool, group, oneOf, port, text } from '../fields';

/** proxy: an HTTP(S) forward proxy for the agent, gateway and operator (and optionally runs). */

const anchor = 'control-plane';
const common = { docsAnchor: anchor, readBy: 'chart', cli: 'accepted' } as const;

const PROXY_KINDS = ['transparent', 'connect'] as const;
const PROXY_PROTOCOLS = ['http', 'https'] as const;

export const proxyGroup = group(
  {
    enabled: bool({
      ...common,
      label: 'Enable proxy',
      description: 'Master switch of the proxy settings (POLYAXON_PROXY_HAS_FORWARD_PROXY); when false the other keys are ignored.',
      default: false,
    }),
    useInOps: bool({
      ...common,
      label: 'Use in runs',
      description: 'Pass the proxy environment variables to runs too (POLYAXON_AGENT_USE_PROXY_ENV_VARS_IN_OPS).',
    }),
    httpsProxy: text({ ...common, label: 'HTTPS proxy', description: 'HTTPS_PROXY / https_proxy for the agent, gateway and operator.', placeholder: '12.12.12.12:8080' }),
    httpProxy: text({ ...common, label: 'HTTP proxy', description: 'HTTP_PROXY / http_proxy for the agent, gateway and operator.', placeholder: '12.12.12.12:8080' }),
    noProxy: text({
      ...common,
      label: 'No proxy',
      description: 'NO_PROXY / no_proxy: hosts reached directly; list the in-cluster gateway traffic here.',
    }),
    protocol: oneOf(PROXY_PROTOCOLS, { ...common, since: '2.2.0', label: 'Forward proxy protocol', description: 'Protocol of the forward proxy (POLYAXON_PROXY_FORWARD_PROXY_PROTOCOL).' }),
    host: text({ ...common, label: 'Forward proxy host', description: 'Host of the forward proxy (POLYAXON_PROXY_FORWARD_PROXY_HOST).', placeholder: '12.12.12.12' }),
    port: port({ ...common, label: 'Forward proxy port', description: 'Port of the forward proxy (POLYAXON_PROXY_FORWARD_PROXY_PORT).', placeholder: '8080' }),
    kind: oneOf(PROXY_KINDS, {
      ...common,
      label: 'Forward proxy kind',
      description: 'transparent or connect (POLYAXON_PROXY_FORWARD_PROXY_KIND); the gateway accepts only these two and behaves as connect when unset.',
      fallback: 'connect',
    }),
  },
  { ...common, label: 'Proxy', description: 'An HTTP(S) forward proxy for outgoing traffic.' },
);
