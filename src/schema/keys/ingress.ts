import * as z from 'zod';
import { bool, group, oneOf, stringMap, structured, text } from '../fields';
import { DNS1123_SUBDOMAIN } from '../patterns';
import { sub } from '../sub-fields';

const anchor = 'ingress-and-gateway-service';

const tlsEntry = z.object({
  secretName: sub(z.string().regex(DNS1123_SUBDOMAIN, 'A Kubernetes Secret name (lower-case DNS subdomain)'), {
    label: 'Secret name',
    description: 'The kubernetes.io/tls Secret holding the certificate and key (create it in the namespace first).',
    placeholder: 'polyaxon-tls',
  }),
  hosts: sub(z.array(z.string().min(1, 'A host name')).min(1, 'At least one host'), {
    label: 'Hosts',
    description: 'The host names the certificate covers; the ingress host name is offered.',
    itemLabel: 'Host',
    noun: 'host',
    placeholder: 'polyaxon.acme.com',
    suggest: { path: 'ingress.hostName' },
    wide: true,
  }),
});

const extraPath = z.object({
  path: sub(z.string().min(1), { label: 'Path', description: 'The HTTP path prepended to the host’s rules.', placeholder: '/*' }),
  backend: z.object({
    service: z.object({
      name: sub(z.string().min(1), { label: 'Service name', description: 'The backend Service (or ALB action) of the path.', placeholder: 'ssl-redirect' }),
      port: sub(z.union([z.number().int(), z.string()]), {
        label: 'Service port',
        description: 'The Service port: a number, or a port name such as use-annotation.',
        widget: 'intOrString',
        placeholder: 'use-annotation',
      }),
    }),
  }),
});

export const ingressGroup = group(
  {
    enabled: bool({
      readBy: 'chart',
      cli: 'accepted',
      label: 'Enable ingress',
      description: 'Use Kubernetes ingress.',
      docsAnchor: anchor,
      default: false,
      docs: { default: 'true', note: 'The chart’s default is false: set it to true explicitly, together with a host name.' },
    }),
    backend: text({
      label: 'Backend',
      description: 'Not read by the agent chart templates.',
      docsAnchor: anchor,
      default: 'gateway',
      readBy: 'none',
      cli: 'ignored',
    }),
    className: text({
      readBy: 'chart',
      label: 'Ingress class name',
      description: 'spec.ingressClassName of the Ingress, written only when non-empty.',
      docsAnchor: anchor,
      default: '',
      cli: 'ignored',
      placeholder: 'nginx',
    }),
    hostName: text(
      {
        readBy: 'chart',
        cli: 'accepted',
        label: 'Host name',
        description: 'Kubernetes ingress hostName. Also becomes POLYAXON_PLATFORM_HOST.',
        docsAnchor: anchor,
        default: null,
        placeholder: 'polyaxon.acme.com',
        warning: 'Required when ingress is enabled: without it the chart renders a null POLYAXON_PLATFORM_HOST.',
      },
      (s) => s.regex(DNS1123_SUBDOMAIN, 'A bare host name such as polyaxon.acme.com (no scheme, no path)'),
    ),
    path: text({
      readBy: 'chart',
      cli: 'accepted',
      label: 'Path',
      description: 'Kubernetes ingress path.',
      docsAnchor: anchor,
      default: null,
      fallback: '/',
      placeholder: '/',
    }),
    pathType: oneOf(['Prefix', 'Exact', 'ImplementationSpecific'], {
      readBy: 'chart',
      label: 'Path type',
      description: 'pathType of the ingress rule and of the extra paths (ImplementationSpecific on GKE).',
      docsAnchor: anchor,
      default: null,
      fallback: 'Prefix',
      cli: 'ignored',
    }),
    extraPaths: structured(z.array(extraPath), 'objectList', {
      rows: { noun: 'extra path', emptyText: 'No extra paths.', newItem: { path: '', backend: { service: { name: '', port: 80 } } } },
      readBy: 'chart',
      label: 'Extra paths',
      description: 'Extra paths to prepend to every host configuration (e.g. AWS ALB actions).',
      docsAnchor: anchor,
      default: [],
      cli: 'ignored',
      warning: 'Chart 2.15.1 fails to render when this list is non-empty (its template reads .Values from the loop item).',
    }),
    tls: structured(z.array(tlsEntry), 'objectList', {
      rows: { noun: 'TLS entry', emptyText: 'No TLS entries: the ingress serves plain HTTP.', newItem: { secretName: '', hosts: [''] } },
      readBy: 'chart',
      cli: 'accepted',
      label: 'TLS',
      description: 'Use Ingress TLS (Secrets must be manually created in the namespace).',
      docsAnchor: anchor,
      default: [],
    }),
    labels: stringMap({
      readBy: 'chart',
      label: 'Ingress labels',
      description: 'Extra labels on the Ingress.',
      docsAnchor: anchor,
      default: null,
      cli: 'ignored',
    }),
    annotations: stringMap({
      readBy: 'chart',
      cli: 'accepted',
      label: 'Ingress annotations',
      description: 'Ingress annotations.',
      docsAnchor: anchor,
      default: null,
      docs: { default: '{}', note: 'The chart’s default is empty (null), which renders `annotations: null`.' },
    }),
  },
  { label: 'Ingress', description: 'The Ingress resource in front of the gateway service.', docsAnchor: anchor, readBy: 'chart', cli: 'accepted' },
);
