import type { Rule } from '../types';
import { isSet, problem } from './helpers';

/** Chart (spec A.3): the agent reads POLYAXON_AUTH_TOKEN from the secret made from agent.token, or from agentSecret. */
export const agentAuth: Rule = {
  id: 'agent-auth',
  summary: 'agent.token or agentSecret is set.',
  check(ctx) {
    if (isSet(ctx.get('agent.token')) || isSet(ctx.get('agentSecret'))) return [];
    return [
      problem(
        this.id,
        'agent.token',
        // Unset is where every new config starts: a step still to do, not a problem.
        'note',
        'Neither the agent token nor an existing agent secret (agentSecret) is set: the agent cannot authenticate with the control plane without one.',
      ),
    ];
  },
};
