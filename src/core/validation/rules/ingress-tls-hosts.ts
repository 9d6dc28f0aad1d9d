import { isPlainMap } from '../../../shared/values';
import type { Rule } from '../types';
import { asList, problem } from './helpers';

/** Whether a TLS host entry covers a host name (`*.acme.com` covers `polyaxon.acme.com`). */
export function tlsHostCovers(entry: string, host: string): boolean {
  const e = entry.toLowerCase();
  const h = host.toLowerCase();
  if (e === h) return true;
  if (!e.startsWith('*.')) return false;
  const rest = h.slice(h.indexOf('.') + 1);
  return h.includes('.') && rest === e.slice(2);
}

/** Reference page: TLS hosts should list the ingress host name, or the certificate is not used for it. */
export const ingressTlsHosts: Rule = {
  id: 'ingress-tls-hosts',
  summary: 'Ingress TLS entries should cover the ingress host name.',
  check(ctx) {
    const host = ctx.get('ingress.hostName');
    const tls = asList(ctx.get('ingress.tls'));
    if (typeof host !== 'string' || host === '' || tls.length === 0) return [];
    const covered = tls.some((entry) => isPlainMap(entry) && asList(entry.hosts).some((h) => typeof h === 'string' && tlsHostCovers(h, host)));
    if (covered) return [];
    return [problem(this.id, 'ingress.tls', 'warning', `No TLS entry lists the ingress host name ${host}: the certificate would not be used for it. Add ${host} to the hosts of a TLS entry.`)];
  },
};
