import type { Rule } from '../types';
import { isSet, problem } from './helpers';

/** Chart: `ingress.enabled` without `ingress.hostName` renders a null POLYAXON_PLATFORM_HOST (spec A.14 #7). */
export const ingressHostRequired: Rule = {
  id: 'ingress-host-required',
  summary: 'An enabled ingress needs a host name.',
  check(ctx) {
    if (ctx.get('ingress.enabled') !== true || isSet(ctx.get('ingress.hostName'))) return [];
    return [
      problem(
        this.id,
        'ingress.hostName',
        'error',
        'Ingress is enabled but has no host name: the chart would render a null POLYAXON_PLATFORM_HOST. Set the host name (for example polyaxon.acme.com).',
      ),
    ];
  },
};
