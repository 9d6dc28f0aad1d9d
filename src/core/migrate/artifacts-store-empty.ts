import { cloneValues, isPlainMap, type Values } from '../../shared/values';
import type { MigrationStep } from './types';

/**
 * `artifactsStore: {}` (the docs' example) → removed: the chart treats an
 * empty map as unset and falls back to its default store, and the CLI
 * rejects `{}` (a connection needs a name and a kind).
 */
export function migrateEmptyArtifactsStore(input: Values): MigrationStep {
  const store = input.artifactsStore;
  if (!isPlainMap(store) || Object.keys(store).length > 0) return { values: input, changes: [] };
  const values = cloneValues(input);
  delete values.artifactsStore;
  return {
    values,
    changes: [
      {
        migration: 'migrateEmptyArtifactsStore',
        from: 'artifactsStore',
        message:
          'Removed `artifactsStore: {}`: the chart treats it as unset and falls back to its default store (a host path on the node), and the CLI rejects an empty connection. Set a full connection to choose a store.',
      },
    ],
  };
}
