import type { Values } from '../values/types';
import type { MigrationChange, MigrationStep } from './types';
import { cloneData, has, show } from './tree';

/** `timeZone` (the docs' spelling, ignored by the chart) → `timezone` (what the chart reads). */
export function migrateTimeZone(input: Values): MigrationStep {
  if (!has(input, 'timeZone')) return { values: input, changes: [] };
  const values = cloneData(input);
  const legacy = values.timeZone;
  delete values.timeZone;
  let change: MigrationChange;
  if (has(values, 'timezone')) {
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
