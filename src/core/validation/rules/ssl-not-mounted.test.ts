import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { sslNotMounted } from './ssl-not-mounted';

describe('ssl-not-mounted', () => {
  ruleTable(sslNotMounted, [
    ['SSL off: fine', {}, []],
    ['SSL explicitly off: fine', { ssl: { enabled: false, secretName: 'polyaxon-cert' } }, []],
    ['SSL on: the secret is never mounted', { ssl: { enabled: true, secretName: 'polyaxon-cert' } }, [['ssl.enabled', 'warning', 'never mounts']]],
  ]);
});
