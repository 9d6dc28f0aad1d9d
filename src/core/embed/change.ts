import { maskSecrets } from '../secrets/mask';
import type { Values } from '../../shared/values';
import { toYaml } from '../yaml/to-yaml';

/** What an embed reports on every change (the `change` message without its type). */
export interface ChangePayload {
  version: string;
  /** The changed values, every secret value (core/secrets) masked. */
  values: Values;
  /** toYaml(values): masked too. */
  yaml: string;
  /** Where a value was masked (SecretFinding ids, e.g. `agent.token`, `connections[0].env[1].value`). */
  masked: string[];
}

/**
 * The payload of an embed's `change` message for the changed values: secret
 * values are masked (they would otherwise leave the builder for the embedding
 * page); `masked` says where, so the page can ask the user for them.
 */
export function changePayload(version: string, changed: Values): ChangePayload {
  const { values, masked } = maskSecrets(changed);
  return { version, values, yaml: toYaml(values), masked: masked.map((f) => f.id) };
}
