import { group, oneOf, text } from '../fields';
import { byVersion } from '../meta';
import { DNS1123_SUBDOMAIN } from '../patterns';

/** dns: the cluster DNS setup the gateway uses to resolve in-cluster routes. */

const anchor = 'dns';
const common = { docsAnchor: anchor, readBy: 'chart', cli: 'accepted' } as const;

const DNS_BACKENDS = ['kube-dns', 'coredns'] as const;

export const dnsGroup = group(
  {
    customCluster: text(
      {
        ...common,
        label: 'Cluster domain',
        description: 'The cluster domain used in every in-cluster service name (POLYAXON_DNS_CUSTOM_CLUSTER).',
        default: byVersion([
          ['2.0.0', undefined],
          ['2.1.1', 'cluster.local'],
        ]),
        fallback: 'cluster.local',
      },
      (s) => s.regex(DNS1123_SUBDOMAIN, 'A domain such as cluster.local'),
    ),
    backend: oneOf(DNS_BACKENDS, {
      ...common,
      label: 'DNS backend',
      description: 'The cluster DNS service (POLYAXON_DNS_BACKEND); the resolver is <backend>.kube-system unless a prefix is set.',
      default: byVersion([
        ['2.0.0', undefined],
        ['2.1.1', 'kube-dns'],
      ]),
      fallback: 'kube-dns',
    }),
    prefix: text({
      ...common,
      label: 'DNS prefix',
      description: 'The complete DNS prefix replacing <backend>.kube-system, e.g. kube-dns.other-kube-system or dns-default.openshift-dns (POLYAXON_DNS_PREFIX).',
      default: byVersion([
        ['2.0.0', undefined],
        ['2.1.1', null],
        ['2.1.6', ''],
      ]),
      placeholder: 'kube-dns.other-kube-system',
    }),
  },
  {
    ...common,
    label: 'DNS',
    description: 'DNS configuration for cluster running with custom dns setup.',
    emptyDefault: byVersion([
      ['2.0.0', true],
      ['2.1.1', false],
    ]),
    docs: { default: '{}', note: 'Since chart 2.1.1 values.yaml sets customCluster cluster.local, backend kube-dns and an empty prefix, which matches the documented behaviour.' },
  },
);
