import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { securityContextPair } from './security-context-pair';

describe('security-context-pair', () => {
  ruleTable(securityContextPair, [
    ['both at the defaults: fine', {}, []],
    // The file has runAsGroup alone, but the CLI-compatible file adds runAsUser: 2222 (cli-compatible.test.ts), which CLI 2.15.1 accepts.
    ['only runAsGroup changed, runAsUser at its default: fine', { securityContext: { enabled: true, runAsGroup: 3000 } }, []],
    ['both changed: fine', { securityContext: { enabled: true, runAsUser: 1111, runAsGroup: 1111 } }, []],
    ['both cleared: fine', { securityContext: { runAsUser: null, runAsGroup: null } }, []],
    ['both 0 count as unset: fine', { securityContext: { runAsUser: 0, runAsGroup: 0 } }, []],
    ['group cleared', { securityContext: { runAsGroup: null } }, [['securityContext.runAsGroup', 'error', 'both set or both unset']]],
    ['user 0 with a group', { securityContext: { runAsUser: 0 } }, [['securityContext.runAsUser', 'error', 'run-as user']]],
    ['user emptied in the form (NaN)', { securityContext: { runAsUser: Number.NaN } }, [['securityContext.runAsUser', 'error']]],
  ]);
});
