import type { Rule } from '../types';
import { isSet, problem, show } from './helpers';

/** `<owner>.agents.<uuid>`: the uuid as 32 hex digits or in its dashed form. */
const AGENT_INSTANCE = /^[A-Za-z0-9][-A-Za-z0-9_]*\.agents\.([0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Reference page ("Agent configuration"): set `agent.instance` to `<owner>.agents.<uuid>`. */
export const agentInstance: Rule = {
  id: 'agent-instance',
  summary: 'agent.instance is set, as <owner>.agents.<uuid>.',
  check(ctx) {
    const instance = ctx.get('agent.instance');
    if (!isSet(instance)) {
      // Unset is where every new config starts: a step still to do, not a problem.
      return [problem(this.id, 'agent.instance', 'note', 'The agent instance is not set: copy it (<owner>.agents.<uuid>) from the agent’s page in Polyaxon.')];
    }
    if (typeof instance === 'string' && AGENT_INSTANCE.test(instance)) return [];
    return [problem(this.id, 'agent.instance', 'warning', `The agent instance "${show(instance)}" does not look like <owner>.agents.<uuid> (for example acme.agents.0f2b…).`)];
  },
};
