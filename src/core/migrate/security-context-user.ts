import { cloneValues, hasPath, isPlainMap, type Values } from '../../shared/values';
import type { MigrationChange, MigrationStep } from './types';
import { show } from './show';

const PAIRS = [
  { legacy: 'user', key: 'runAsUser', what: 'user', env: 'POLYAXON_SECURITY_CONTEXT_USER' },
  { legacy: 'group', key: 'runAsGroup', what: 'group', env: 'POLYAXON_SECURITY_CONTEXT_GROUP' },
] as const;

/**
 * `securityContext.user/group` (legacy v1 keys the docs still show) →
 * `runAsUser/runAsGroup`. The legacy keys only changed the pods' runAsUser
 * and runAsGroup; the new keys also set the UID/GID the agent gives runs. The
 * pods' fsGroup is a separate key (default 2222) and is noted.
 */
export function migrateSecurityContextUser(input: Values): MigrationStep {
  const sc = input.securityContext;
  if (!isPlainMap(sc) || !PAIRS.some((p) => hasPath(sc, [p.legacy]))) return { values: input, changes: [] };
  const values = cloneValues(input);
  const target = values.securityContext as Values;
  const changes: MigrationChange[] = [];
  for (const p of PAIRS) {
    if (!hasPath(target, [p.legacy])) continue;
    const legacy = target[p.legacy];
    delete target[p.legacy];
    const before = target[p.key];
    target[p.key] = legacy;
    const replaced = before !== undefined && before !== legacy ? ` It replaces \`${p.key}: ${show(before)}\`, which the chart used only for the runs while \`${p.legacy}\` set the pods.` : '';
    changes.push({
      migration: 'migrateSecurityContextUser',
      from: `securityContext.${p.legacy}`,
      to: `securityContext.${p.key}`,
      message: `Renamed \`securityContext.${p.legacy}\` to \`securityContext.${p.key}\` (${show(legacy)}): the chart and the CLI read \`${p.key}\`, which also sets the ${p.what} the agent gives runs (${p.env}).${replaced}`,
    });
  }
  if (!hasPath(target, ['fsGroup'])) {
    const uid = target.runAsGroup ?? target.runAsUser;
    changes.push({
      migration: 'migrateSecurityContextUser',
      from: 'securityContext.fsGroup',
      kind: 'note',
      message: `Note: \`securityContext.fsGroup\` is not set, so mounted volumes keep the chart's group (2222). Set \`fsGroup: ${show(uid)}\` if they should belong to that group.`,
    });
  }
  return { values, changes };
}
