import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { agentAuth } from './agent-auth';

describe('agent-auth', () => {
  ruleTable(agentAuth, [
    ['a token: fine', { agent: { token: 'abc' } }, []],
    ['an existing secret: fine', { agentSecret: 'polyaxon-agent-token' }, []],
    ['neither', {}, [['agent.token', 'note', 'cannot authenticate']]],
    ['an emptied token', { agent: { token: '' } }, [['agent.token', 'note']]],
  ]);
});
