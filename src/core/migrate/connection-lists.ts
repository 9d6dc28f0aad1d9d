import { cloneValues, hasPath, isPlainMap, type Values } from '../../shared/values';
import type { MigrationChange, MigrationStep } from './types';

function names(list: readonly unknown[]): string[] {
  return list.map((c) => (isPlainMap(c) && typeof c.name === 'string' ? c.name : '')).filter((n) => n !== '');
}

/** Appends the entries of a legacy list key to `connections`, reporting name clashes. */
function appendToConnections(input: Values, key: string, migration: string, why: string): MigrationStep {
  if (!hasPath(input, [key])) return { values: input, changes: [] };
  const legacy = input[key];
  if (!Array.isArray(legacy)) return { values: input, changes: [] }; // not the list form: left for the unknown-keys report
  const values = cloneValues(input);
  delete values[key];
  const changes: MigrationChange[] = [];
  if (legacy.length === 0) {
    changes.push({ migration, from: key, message: `Removed the empty \`${key}\` list: ${why}` });
    return { values, changes };
  }
  const current = Array.isArray(values.connections) ? values.connections : [];
  const taken = new Set(names(current));
  const clashes = names(legacy).filter((n) => taken.has(n));
  values.connections = [...current, ...cloneValues(legacy)];
  changes.push({
    migration,
    from: key,
    to: 'connections',
    message:
      `Appended ${legacy.length} entr${legacy.length === 1 ? 'y' : 'ies'} of \`${key}\` to \`connections\`: ${why}` +
      (clashes.length > 0 ? ` Names used twice now: ${clashes.map((n) => `\`${n}\``).join(', ')}; rename or remove one of each.` : ''),
  });
  return { values, changes };
}

/** `notificationConnections` (removed in Polyaxon v1.8) → appended to `connections`. */
export function migrateNotificationConnections(input: Values): MigrationStep {
  return appendToConnections(
    input,
    'notificationConnections',
    'migrateNotificationConnections',
    'notifier connections live in `connections` since Polyaxon v1.8; the chart ignores `notificationConnections` and the CLI rejects it.',
  );
}

/** The v0.x `persistence` list of connections → appended to `connections`. */
export function migratePersistence(input: Values): MigrationStep {
  return appendToConnections(input, 'persistence', 'migratePersistence', 'the `persistence` key is from Polyaxon v0.x; chart 2.x reads data and artifact stores from `connections`.');
}
