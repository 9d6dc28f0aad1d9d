import { cloneValues, hasPath, type Values } from '../../shared/values';
import type { MigrationChange, MigrationStep } from './types';
import { show } from './show';

/** `timeZone` (the docs' spelling, ignored by the chart) → `timezone` (what the chart reads). */
export function migrateTimeZone(input: Values): MigrationStep {
  if (!hasPath(input, ['timeZone'])) return { values: input, changes: [] };
  const values = cloneValues(input);
  const legacy = values.timeZone;
  delete values.timeZone;
  let change: MigrationChange;
  if (hasPath(values, ['timezone'])) {
    change = {
      migration: 'migrateTimeZone',
      from: 'timeZone',
      message: `Removed \`timeZone: ${show(legacy)}\`: the chart ignores it, and \`timezone: ${show(values.timezone)}\` is already set.`,
    };
  } else {
    values.timezone = legacy;
    change = {
      migration: 'migrateTimeZone',
      from: 'timeZone',
      to: 'timezone',
      message: `Renamed \`timeZone\` to \`timezone\` (${show(legacy)}): the chart reads \`timezone\` and silently ignores \`timeZone\`.`,
    };
  }
  return { values, changes: [change] };
}
