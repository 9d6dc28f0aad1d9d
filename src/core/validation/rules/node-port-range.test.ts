import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { nodePortRange } from './node-port-range';

describe('node-port-range', () => {
  ruleTable(nodePortRange, [
    ['the default: fine', {}, []],
    ['the range ends: fine', { gateway: { service: { type: 'NodePort', nodePort: 30000 } } }, []],
    ['the range top: fine', { gateway: { service: { type: 'NodePort', nodePort: 32767 } } }, []],
    ['below the range with NodePort', { gateway: { service: { type: 'NodePort', nodePort: 8080 } } }, [['gateway.service.nodePort', 'error', '30000–32767']]],
    ['above the range with NodePort', { gateway: { service: { type: 'NodePort', nodePort: 32768 } } }, [['gateway.service.nodePort', 'error']]],
    ['out of range but unused', { gateway: { service: { nodePort: 80 } } }, [['gateway.service.nodePort', 'warning', 'unused']]],
  ]);
});
