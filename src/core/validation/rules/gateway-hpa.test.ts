import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { gatewayHpa } from './gateway-hpa';

describe('gateway-hpa', () => {
  ruleTable(gatewayHpa, [
    ['off (default): fine', {}, []],
    ['on', { gateway: { hpa: { enabled: true } } }, [['gateway.hpa.enabled', 'warning', 'does not exist']]],
  ]);
});
