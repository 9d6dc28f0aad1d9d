import type { Rule } from '../types';
import { problem } from './helpers';

/** Chart defect (spec A.14 #2): the HPA targets Deployment <fn>-gateway; the gateway Deployment is <fn>-streams. */
export const gatewayHpa: Rule = {
  id: 'gateway-hpa',
  summary: 'The gateway HPA targets a Deployment that does not exist.',
  check(ctx) {
    if (ctx.get('gateway.hpa.enabled') !== true) return [];
    return [
      problem(
        this.id,
        'gateway.hpa.enabled',
        'warning',
        'The chart’s gateway autoscaler targets a Deployment named <release>-polyaxon-gateway, which does not exist (the gateway Deployment is <release>-polyaxon-streams): it scales nothing. Set gateway replicas instead.',
      ),
    ];
  },
};
