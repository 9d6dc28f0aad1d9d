import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { agentInstance } from './agent-instance';

describe('agent-instance', () => {
  ruleTable(agentInstance, [
    ['hex uuid: fine', { agent: { instance: 'acme.agents.0f2b9c1d4e5f40718293a4b5c6d7e8f9' } }, []],
    ['dashed uuid: fine', { agent: { instance: 'acme-corp.agents.0f2b9c1d-4e5f-4071-8293-a4b5c6d7e8f9' } }, []],
    ['unset', {}, [['agent.instance', 'note', 'not set']]],
    ['the reference page placeholder', { agent: { instance: 'acme.agents.UUID' } }, [['agent.instance', 'warning', '<owner>.agents.<uuid>']]],
    ['not an agent uuid', { agent: { instance: 'acme-corp.agents.gke-prod-europe-west1' } }, [['agent.instance', 'warning']]],
    ['no owner', { agent: { instance: 'agents.0f2b9c1d4e5f40718293a4b5c6d7e8f9' } }, [['agent.instance', 'warning']]],
  ]);
});
