import type { Problem, Rule } from '../types';
import { problem } from './helpers';

const HOSTS = [
  ['externalServices.api.host', 'The control plane host'],
  ['externalServices.gateway.host', 'The external gateway host'],
] as const;

/** A host name or an IPv4 address, nothing else. */
const BARE_HOST = /^[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?(\.[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?)*$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/** The bare host inside a URL-ish string, for the suggestion. */
function hostPart(value: string): string {
  return value.replace(SCHEME, '').split(/[/:?#]/)[0] ?? '';
}

/**
 * Chart and gateway runtime (spec A.11, B20): the host is a bare host name;
 * the scheme comes from the port (443 → https, 80 → http).
 */
export const externalHost: Rule = {
  id: 'external-host',
  supersedes: (issue) => HOSTS.some(([path]) => path === issue.path),
  summary: 'externalServices hosts are bare host names (no scheme, path or port).',
  check(ctx) {
    const out: Problem[] = [];
    for (const [path, subject] of HOSTS) {
      const value = ctx.get(path);
      if (typeof value !== 'string' || value === '' || BARE_HOST.test(value)) continue;
      const host = hostPart(value);
      const hint = host && BARE_HOST.test(host) ? ` Write ${host}` : ' Write a host name such as cloud.polyaxon.com';
      const why = SCHEME.test(value) ? 'no scheme (the port decides: 443 is https, 80 is http)' : 'no scheme, path or port';
      out.push(problem(this.id, path, 'error', `${subject} must be a bare host name, ${why}.${hint}, and put the port in the port field.`));
    }
    return out;
  },
};
