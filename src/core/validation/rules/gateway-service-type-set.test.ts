import { describe } from 'vitest';
import { ruleTable } from '../testing/rule-table';
import { gatewayServiceTypeSet } from './gateway-service-type-set';

describe('gateway-service-type-set', () => {
  ruleTable(gatewayServiceTypeSet, [
    ['the default ClusterIP: fine', {}, []],
    ['NodePort: fine', { gateway: { service: { type: 'NodePort' } } }, []],
    ['emptied: the chart fails to render', { gateway: { service: { type: null } } }, [['gateway.service.type', 'error', 'Helm fails']]],
  ]);
});
