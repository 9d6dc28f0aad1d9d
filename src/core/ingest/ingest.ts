import { isChartVersion } from '../../schema/chart-versions';
import { chartDefaults } from '../../schema/defaults';
import { migrateValues } from '../migrate/migrate';
import { unreadKeys } from '../migrate/unread-keys';
import { checkValues } from './value-checks';
import { helmMerge } from '../values/helm-merge';
import { computeValues } from '../values/output';
import { guardData } from './guard-data';
import type { IngestResult, IngestSource } from './ingest-types';

export type { IngestDoor, IngestError, IngestErrorCode, IngestReport, IngestResult, IngestSource } from './ingest-types';

/**
 * The one way values enter the form, whichever door they come through
 * (import, share link, embed set-values, autosave restore, release switch):
 *
 * 1. guard: plain data only, no `__proto__`-style keys, bounded depth and size (guardData);
 * 2. form values become their overlay under the release they were for;
 * 3. migrate: the docs' spellings and older keys become what the chart reads;
 * 4. check: keys the release does not read, values that fail their field (kept, listed);
 * 5. form values: the overlay merged onto the release's defaults.
 *
 * Pure and synchronous; never throws for bad input (`{ ok: false, error }`).
 */
export function ingest(source: IngestSource, version: string): IngestResult {
  if (!isChartVersion(version)) return { ok: false, error: { code: 'unknown-version', message: `Chart ${String(version).slice(0, 32)} is not a release this builder knows.` } };
  const from = source.from ?? version;
  if (!isChartVersion(from)) return { ok: false, error: { code: 'unknown-version', message: `Chart ${String(from).slice(0, 32)} is not a release this builder knows.` } };
  const guarded = guardData(source.data, { form: source.shape === 'form' });
  if (!guarded.ok) return guarded;
  const overlay = source.shape === 'form' ? computeValues(guarded.values, from).changed : guarded.values;
  const migrated = migrateValues(overlay);
  const values = migrated.values;
  return {
    ok: true,
    values,
    formValues: helmMerge(chartDefaults(version), values),
    report: {
      door: source.door,
      version,
      migrations: migrated.changes,
      unreadKeys: unreadKeys(values, version),
      checks: checkValues(values, version),
      leftOut: source.leftOut ?? [],
    },
  };
}
