import type { Rule } from '../types';
import { problem } from './helpers';

/** Reference page: with ingress, use ClusterIP or NodePort for the gateway service (NodePort or LoadBalancer on GKE). */
export const ingressServiceType: Rule = {
  id: 'ingress-service-type',
  summary: 'With ingress enabled, a LoadBalancer gateway service is only advised on GKE.',
  check(ctx) {
    if (ctx.get('ingress.enabled') !== true || ctx.get('gateway.service.type') !== 'LoadBalancer') return [];
    return [
      problem(
        this.id,
        'gateway.service.type',
        'warning',
        'Ingress is enabled and the gateway service type is LoadBalancer: the reference page says to use ClusterIP or NodePort behind an ingress (NodePort or LoadBalancer on GKE). A LoadBalancer also exposes the gateway directly.',
      ),
    ];
  },
};
