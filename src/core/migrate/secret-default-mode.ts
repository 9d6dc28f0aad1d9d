import { cloneValues, isPlainMap, type Values } from '../../shared/values';
import type { MigrationChange, MigrationStep } from './types';

/** The file mode an integer stands for, as the quoted string the CLI wants. */
export function modeString(mode: number): string | undefined {
  if (!Number.isInteger(mode) || mode < 0) return undefined;
  // YAML 1.1 read 0600 as 384; 384 is 0o600. Kubernetes allows modes up to 0777.
  if (mode <= 0o777) return `0${mode.toString(8).padStart(3, '0')}`;
  return undefined;
}

/** A decimal that was surely meant as octal digits (600 → "0600"): three digits 0-7, and too large to be a mode. */
function octalDigitsMode(mode: number): string | undefined {
  const text = String(mode);
  return mode > 0o777 && /^[0-7]{3}$/.test(text) ? `0${text}` : undefined;
}

function fixResource(resource: unknown, path: string, changes: MigrationChange[]): void {
  if (!isPlainMap(resource) || typeof resource.defaultMode !== 'number') return;
  const n = resource.defaultMode;
  const text = modeString(n);
  const digits = text === undefined ? octalDigitsMode(n) : undefined;
  const fixed = text ?? digits;
  if (fixed === undefined) return;
  resource.defaultMode = fixed;
  changes.push({
    migration: 'migrateSecretDefaultMode',
    from: `${path}.defaultMode`,
    message: digits
      ? `Rewrote \`${path}.defaultMode: ${n}\` as "${fixed}": ${n} is not a file mode, so it was read as the octal digits ${fixed}; the CLI wants the mode as a quoted string.`
      : `Rewrote \`${path}.defaultMode: ${n}\` as "${fixed}": an unquoted 0${n.toString(8)} is read by YAML 1.1 as the number ${n}, and the CLI wants the mode as a quoted string.`,
  });
}

function fixConnection(connection: unknown, path: string, changes: MigrationChange[]): void {
  if (!isPlainMap(connection)) return;
  fixResource(connection.secret, `${path}.secret`, changes);
  fixResource(connection.configMap, `${path}.configMap`, changes);
}

/** Integer `secret.defaultMode`/`configMap.defaultMode` in connections and stores → the quoted mode string ("0600"). */
export function migrateSecretDefaultMode(input: Values): MigrationStep {
  const values = cloneValues(input);
  const changes: MigrationChange[] = [];
  fixConnection(values.artifactsStore, 'artifactsStore', changes);
  fixConnection(values.defaultArtifactsStore, 'defaultArtifactsStore', changes);
  if (Array.isArray(values.connections)) values.connections.forEach((c, i) => fixConnection(c, `connections[${i}]`, changes));
  return changes.length > 0 ? { values, changes } : { values: input, changes };
}
