import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { sslRequirements } from './ssl-requirements';

describe('ssl-requirements', () => {
  ruleTable(sslRequirements, [
    ['SSL off: fine', { gateway: { service: { type: 'ClusterIP' } } }, []],
    ['SSL on, NodePort on 443 with a secret: fine', { ssl: { enabled: true, secretName: 'polyaxon-cert' }, gateway: { service: { type: 'NodePort', port: 443 } } }, []],
    [
      'SSL on with the defaults',
      { ssl: { enabled: true } },
      [
        ['ssl.secretName', 'warning', 'secret name'],
        ['gateway.service.type', 'warning', 'NodePort'],
        ['gateway.service.port', 'warning', '443'],
      ],
    ],
    ['SSL on, NodePort on port 80', { ssl: { enabled: true, secretName: 'polyaxon-cert' }, gateway: { service: { type: 'NodePort' } } }, [['gateway.service.port', 'warning', 'port is 80']]],
  ]);
});
