import type { Rule } from '../types';
import { problem } from './helpers';

/** Chart defect (spec A.14 #4, B13): the agent chart never mounts `ssl.secretName`; ssl.* only sets env flags. */
export const sslNotMounted: Rule = {
  id: 'ssl-not-mounted',
  summary: 'The chart never mounts the SSL secret.',
  check(ctx) {
    if (ctx.get('ssl.enabled') !== true) return [];
    return [
      problem(
        this.id,
        'ssl.enabled',
        'warning',
        'The agent chart never mounts the SSL secret: ssl only sets the POLYAXON_SSL_* flags, so the gateway does not serve your certificate. Terminate TLS at an ingress (ingress TLS) or a load balancer instead.',
      ),
    ];
  },
};
