import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { ingressServiceType } from './ingress-service-type';

describe('ingress-service-type', () => {
  ruleTable(ingressServiceType, [
    ['ingress on, ClusterIP (default): fine', { ingress: { enabled: true } }, []],
    ['ingress on, NodePort: fine', { ingress: { enabled: true }, gateway: { service: { type: 'NodePort' } } }, []],
    ['ingress off, LoadBalancer: fine', { gateway: { service: { type: 'LoadBalancer' } } }, []],
    ['ingress on, LoadBalancer', { ingress: { enabled: true }, gateway: { service: { type: 'LoadBalancer' } } }, [['gateway.service.type', 'warning', 'ClusterIP or NodePort']]],
  ]);
});
