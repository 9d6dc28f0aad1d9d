import { isChartVersion } from '../../schema/chart-versions';
import { chartDefaults } from '../../schema/defaults';
import { migrateValues } from '../migrate/migrate';
import { unreadKeys } from '../migrate/unread-keys';
import { helmMerge } from '../values/helm-merge';
import { computeValues } from '../values/output';
import type { Values } from '../values/types';
import { guardData } from './guard-data';
import type { IngestResult, IngestSource } from './ingest-types';
import type { ValueCheck } from './value-checks';

/** Step 4 of ingest(): the values' checks against their fields (value-checks.ts, which needs the zod schema). */
export type CheckValues = (values: Values, version: string) => ValueCheck[];

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
 * `ingest()` (ingest.ts) runs it with the schema checks; the doors that show
 * no report (autosave restore, the release switch) pass no checks, so the
 * first load, which restores work and holds the release select, needs no zod.
 */
export function ingestWith(source: IngestSource, version: string, check: CheckValues): IngestResult {
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
      checks: check(values, version),
      leftOut: source.leftOut ?? [],
    },
  };
}
