import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { nodePortType } from './node-port-type';

describe('node-port-type', () => {
  ruleTable(nodePortType, [
    ['the default node port with ClusterIP: fine', {}, []],
    ['a node port with NodePort: fine', { gateway: { service: { type: 'NodePort', nodePort: 30080 } } }, []],
    ['a changed node port with ClusterIP', { gateway: { service: { nodePort: 30080 } } }, [['gateway.service.nodePort', 'warning', 'it is ClusterIP']]],
    ['a changed node port with LoadBalancer', { gateway: { service: { type: 'LoadBalancer', nodePort: 30080 } } }, [['gateway.service.nodePort', 'warning', 'LoadBalancer']]],
  ]);
});
