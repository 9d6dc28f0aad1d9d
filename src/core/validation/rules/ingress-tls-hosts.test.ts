import { describe, expect, test } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { ingressTlsHosts, tlsHostCovers } from './ingress-tls-hosts';

const host = 'polyaxon.acme.com';

describe('ingress-tls-hosts', () => {
  ruleTable(ingressTlsHosts, [
    ['no TLS: fine', { ingress: { enabled: true, hostName: host } }, []],
    ['TLS lists the host: fine', { ingress: { enabled: true, hostName: host, tls: [{ secretName: 'tls', hosts: [host] }] } }, []],
    ['a wildcard covers the host: fine', { ingress: { hostName: host, tls: [{ secretName: 'tls', hosts: ['*.acme.com'] }] } }, []],
    ['TLS without a host name: nothing to compare', { ingress: { tls: [{ secretName: 'tls', hosts: ['a.b.c'] }] } }, []],
    [
      'TLS for another host',
      {
        ingress: {
          enabled: true,
          hostName: host,
          tls: [
            { secretName: 'tls', hosts: ['other.acme.com'] },
            { secretName: 'x', hosts: [] },
          ],
        },
      },
      [['ingress.tls', 'warning', host]],
    ],
  ]);

  test('wildcards cover one label only', () => {
    expect(tlsHostCovers('*.acme.com', 'a.acme.com')).toBe(true);
    expect(tlsHostCovers('*.acme.com', 'a.b.acme.com')).toBe(false);
    expect(tlsHostCovers('*.acme.com', 'acme.com')).toBe(false);
    expect(tlsHostCovers('A.Acme.com', 'a.acme.COM')).toBe(true);
  });
});
