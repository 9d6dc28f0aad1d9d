import { bool, group, port, text } from '../fields';
import type { CliSupport } from '../meta';
import { HOST_NAME } from '../patterns';

/** externalServices: where the gateway proxies the control plane's API, gateway and streams traffic. */

const anchor = 'control-plane';

interface Service {
  readonly key: 'gateway' | 'api' | 'streams';
  readonly title: string;
  readonly env: string;
  readonly cli: CliSupport;
  readonly hostWarning?: string;
  readonly extra?: string;
}

function serviceGroup(s: Service) {
  const common = { docsAnchor: anchor, readBy: 'chart', cli: s.cli } as const;
  const Title = s.title.charAt(0).toUpperCase() + s.title.slice(1);
  return group(
    {
      host: text(
        {
          ...common,
          label: `${Title} host`,
          description: `Bare host name the gateway proxies ${s.title} traffic to (POLYAXON_PROXY_${s.env}_HOST); unset means the in-cluster gateway.${s.extra ? ` ${s.extra}` : ''}`,
          placeholder: 'cloud.polyaxon.com',
          ...(s.hostWarning ? { warning: s.hostWarning } : {}),
        },
        (v) => v.regex(HOST_NAME, 'A bare host name such as cloud.polyaxon.com (no scheme, no path)'),
      ),
      port: port({
        ...common,
        label: `${Title} port`,
        description: `Port of the ${s.title} host (POLYAXON_PROXY_${s.env}_PORT); 443 means https, 80 http, any other port http with that port.`,
        fallback: 443,
        placeholder: '443',
      }),
      useResolver: bool({
        ...common,
        label: `${Title}: use the cluster resolver`,
        description: `Resolve the ${s.title} host with the cluster DNS resolver (POLYAXON_PROXY_${s.env}_USE_RESOLVER).`,
      }),
    },
    { ...common, label: `External ${s.title}`, description: `The external ${s.title} service.`, emptyDefault: true },
  );
}

export const externalServicesGroup = group(
  {
    gateway: serviceGroup({ key: 'gateway', title: 'gateway', env: 'GATEWAY', cli: 'accepted', extra: 'Also sets POLYAXON_HOST.' }),
    api: serviceGroup({ key: 'api', title: 'API', env: 'API', cli: 'accepted', extra: 'For Polyaxon Cloud use cloud.polyaxon.com.' }),
    streams: serviceGroup({
      key: 'streams',
      title: 'streams',
      env: 'STREAMS',
      cli: 'rejected',
      hostWarning: 'Chart bug: the host is written twice into POLYAXON_PROXY_STREAMS_HOST (a.example.com becomes a.example.coma.example.com).',
    }),
  },
  {
    label: 'External services',
    description: 'The control plane the agent talks to: where the gateway proxies API, gateway and streams traffic.',
    docsAnchor: anchor,
    readBy: 'chart',
    cli: 'accepted',
  },
);
