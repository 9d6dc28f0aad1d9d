import { describe, expect, test } from 'vitest';
import { agentSecretName, hasAgentToken, valuesForSecretMode } from './secret-mode';

describe('valuesForSecretMode', () => {
  const values = { ingress: { enabled: true }, agent: { instance: 'acme.agents.x', token: 'T' } };

  test('inline keeps the values as they are', () => {
    expect(valuesForSecretMode(values, 'inline', 'polyaxon')).toBe(values);
  });

  test('env drops the token, keeps the rest of agent, does not touch the input', () => {
    expect(valuesForSecretMode(values, 'env', 'polyaxon')).toEqual({ ingress: { enabled: true }, agent: { instance: 'acme.agents.x' } });
    expect(values.agent.token).toBe('T');
  });

  test('an agent map left empty is dropped', () => {
    expect(valuesForSecretMode({ agent: { token: 'T' } }, 'env', 'r')).toEqual({});
  });

  test('secret drops the token and sets agentSecret, in schema order (before agent)', () => {
    const out = valuesForSecretMode(values, 'secret', 'rel');
    expect(out).toEqual({ ingress: { enabled: true }, agentSecret: 'rel-agent-token', agent: { instance: 'acme.agents.x' } });
    expect(Object.keys(out)).toEqual(['ingress', 'agentSecret', 'agent']);
  });

  test('helpers', () => {
    expect(agentSecretName('polyaxon')).toBe('polyaxon-agent-token');
    expect(hasAgentToken(values)).toBe(true);
    expect(hasAgentToken({ agent: {} })).toBe(false);
    expect(hasAgentToken({ agent: 'x' })).toBe(false);
  });
});
