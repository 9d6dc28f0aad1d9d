import { describe } from 'vitest';
import { ruleTable } from '../testing/rule-table';
import { gatewayPortSet } from './gateway-port-set';

describe('gateway-port-set', () => {
  ruleTable(gatewayPortSet, [
    ['defaults: fine', {}, []],
    ['port emptied: POLYAXON_PLATFORM_HOST ends in ":"', { gateway: { service: { port: null } } }, [['gateway.service.port', 'error', 'trailing ":"']]],
    ['port emptied on chart 2.0.4', { gateway: { service: { port: null } } }, [['gateway.service.port', 'error', 'YAML parse error']], '2.0.4'],
    ['NodePort with nodePort emptied', { gateway: { service: { type: 'NodePort', nodePort: null } } }, [['gateway.service.nodePort', 'error', 'node port']]],
    ['NodePort: the Service port is not in the host', { gateway: { service: { type: 'NodePort', port: null } } }, []],
    ['ingress on: the host comes from ingress.hostName', { ingress: { enabled: true, hostName: 'a.b' }, gateway: { service: { port: null } } }, []],
    ['hostName set: the host comes from it', { hostName: 'https://polyaxon.acme.com', gateway: { service: { port: null } } }, []],
  ]);
});
