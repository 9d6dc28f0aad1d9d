import { orderBySchema } from '../values/order';
import { cloneValues, isPlainMap, type Values } from '../../shared/values';

/** How the agent token reaches the cluster. */
export type SecretMode = 'inline' | 'env' | 'secret';

/** The shell variable the generated commands read the agent token from. */
export const TOKEN_ENV_VAR = 'POLYAXON_AGENT_TOKEN';

/** The Secret key the chart's pods read the token from (envFrom). */
export const AUTH_TOKEN_KEY = 'POLYAXON_AUTH_TOKEN';

/** Name of the Secret created by hand in 'secret' mode. */
export function agentSecretName(release: string): string {
  return `${release}-agent-token`;
}

/** Whether the values carry an agent token. */
export function hasAgentToken(values: Values): boolean {
  const agent = values.agent;
  return isPlainMap(agent) && agent.token !== undefined && agent.token !== null;
}

/**
 * The values to write (file, stdin, flags) for a secret mode: 'inline' keeps
 * them as they are; 'env' and 'secret' leave `agent.token` out (and `agent`
 * when nothing else is left in it); 'secret' also sets `agentSecret` to the
 * Secret created by hand. Returns a new tree in schema order.
 */
export function valuesForSecretMode(values: Values, mode: SecretMode, release: string): Values {
  if (mode === 'inline') return values;
  const out = cloneValues(values);
  const agent = out.agent;
  if (isPlainMap(agent) && 'token' in agent) {
    delete agent.token;
    if (Object.keys(agent).length === 0) delete out.agent;
  }
  if (mode === 'secret') out.agentSecret = agentSecretName(release);
  return orderBySchema(out);
}
