import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { legacySecurityContext } from './legacy-security-context';

describe('legacy-security-context', () => {
  ruleTable(legacySecurityContext, [
    ['the current keys: fine', { securityContext: { enabled: true, runAsUser: 1111, runAsGroup: 1111 } }, []],
    [
      'the reference page example',
      { securityContext: { enabled: true, user: 1111, group: 1111 } },
      [
        ['securityContext.user', 'warning', 'runs still get runAsUser (2222)'],
        ['securityContext.group', 'warning', 'securityContext.runAsGroup instead'],
      ],
    ],
  ]);
});
