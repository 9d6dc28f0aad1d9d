import { cloneValues, deletePath, ensureMapAt, getPath, isPlainMap, type Values } from '../../shared/values';
import type { MigrationChange, MigrationStep } from './types';
import { show } from './show';

/**
 * `api.service.annotations` (the docs' advice for DNS annotations; the agent
 * chart has no api service) → `gateway.service.annotations`, which the
 * gateway Service reads. Annotations already under gateway win.
 */
export function migrateApiServiceAnnotations(input: Values): MigrationStep {
  const legacy = getPath(input, ['api', 'service', 'annotations']);
  if (legacy === undefined) return { values: input, changes: [] };
  const values = cloneValues(input);
  deletePath(values, ['api', 'service', 'annotations']);
  if (isPlainMap(values.api) && Object.keys(values.api).length === 0) delete values.api;
  const changes: MigrationChange[] = [];
  if (!isPlainMap(legacy)) {
    changes.push({
      migration: 'migrateApiServiceAnnotations',
      from: 'api.service.annotations',
      message: `Removed \`api.service.annotations: ${show(legacy)}\`: the agent chart has no api service, and the value is not a map of annotations.`,
    });
    return { values, changes };
  }
  const service = ensureMapAt(values, ['gateway', 'service']);
  const existing = isPlainMap(service.annotations) ? service.annotations : {};
  const merged: Values = { ...existing };
  const kept: string[] = [];
  for (const [k, v] of Object.entries(legacy)) {
    if (Object.prototype.hasOwnProperty.call(existing, k) && existing[k] !== v) kept.push(k);
    else merged[k] = v;
  }
  service.annotations = merged;
  changes.push({
    migration: 'migrateApiServiceAnnotations',
    from: 'api.service.annotations',
    to: 'gateway.service.annotations',
    message:
      `Moved ${Object.keys(legacy).length} annotation(s) from \`api.service.annotations\` to \`gateway.service.annotations\`: the agent chart has no api service; the gateway Service carries the annotations.` +
      (kept.length > 0 ? ` Kept the gateway's own value for ${kept.map((k) => `\`${k}\``).join(', ')}.` : ''),
  });
  return { values, changes };
}
