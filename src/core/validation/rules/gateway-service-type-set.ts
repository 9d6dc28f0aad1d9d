import type { Rule } from '../types';
import { problem } from './helpers';

/**
 * Chart behaviour, found by rendering the real charts: NOTES.txt runs
 * `contains "NodePort" .Values.gateway.service.type`, which fails when the type
 * is emptied ("wrong type for value; expected string"), so helm install and
 * helm template stop.
 */
export const gatewayServiceTypeSet: Rule = {
  id: 'gateway-service-type-set',
  summary: 'An emptied gateway.service.type breaks rendering (NOTES.txt).',
  check(ctx) {
    const type = ctx.get('gateway.service.type');
    if (typeof type === 'string' && type !== '') return [];
    return [
      problem(
        this.id,
        'gateway.service.type',
        'error',
        'The chart needs a gateway Service type: its install notes compare it as a string and Helm fails when it is empty ("wrong type for value"). Choose ClusterIP (the default), NodePort or LoadBalancer.',
      ),
    ];
  },
};
