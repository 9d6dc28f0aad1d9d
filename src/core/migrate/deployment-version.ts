import { cloneValues, type Values } from '../../shared/values';
import type { MigrationStep } from './types';

/**
 * A numeric `deploymentVersion` (an unquoted `2.15` is a float, `2` an int)
 * → the string the CLI requires (StrictStr). A version such as 2.10 cannot
 * be recovered from the number 2.1, so the message asks to check it.
 */
export function migrateDeploymentVersion(input: Values): MigrationStep {
  const v = input.deploymentVersion;
  if (typeof v !== 'number') return { values: input, changes: [] };
  const values = cloneValues(input);
  const text = String(v);
  values.deploymentVersion = text;
  return {
    values,
    changes: [
      {
        migration: 'migrateDeploymentVersion',
        from: 'deploymentVersion',
        message: `Rewrote \`deploymentVersion: ${text}\` as the string "${text}": the CLI requires a quoted version. YAML reads 2.10 as 2.1, so check that "${text}" is the version you meant.`,
      },
    ],
  };
}
