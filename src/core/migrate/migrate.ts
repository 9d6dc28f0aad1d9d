import type { Values } from '../../shared/values';
import { migrateApiServiceAnnotations } from './api-service-annotations';
import { migrateEmptyArtifactsStore } from './artifacts-store-empty';
import { migrateNotificationConnections, migratePersistence } from './connection-lists';
import { migrateDeploymentVersion } from './deployment-version';
import { migrateSecretDefaultMode } from './secret-default-mode';
import { migrateSecurityContextUser } from './security-context-user';
import { migrateTimeZone } from './time-zone';
import type { Migration, MigrationChange, MigrationStep } from './types';

/**
 * Every migration, in the order they run. Connection lists move before the
 * defaultMode fix so that moved connections are fixed too.
 */
export const MIGRATIONS: readonly Migration[] = [
  migrateTimeZone,
  migrateSecurityContextUser,
  migrateApiServiceAnnotations,
  migrateNotificationConnections,
  migratePersistence,
  migrateEmptyArtifactsStore,
  migrateSecretDefaultMode,
  migrateDeploymentVersion,
];

/** Rewrites the docs' spellings and older keys into what the chart reads, reporting each change. */
export function migrateValues(input: Values): MigrationStep {
  let values = input;
  const changes: MigrationChange[] = [];
  for (const migration of MIGRATIONS) {
    const step = migration(values);
    values = step.values;
    changes.push(...step.changes);
  }
  return { values, changes };
}
