import { ingestWith } from '../ingest/ingest-steps';
import type { IngestResult } from '../ingest/ingest-types';
import type { Values } from '../values/types';

/**
 * The release-switch door: the form's values under release `from` read for
 * release `to` through ingest() (core/ingest). What the user changed is kept
 * (the overlay, migrated), on top of `to`'s defaults; refused values keep the
 * form as it is. Its report lists no schema checks (nobody shows them here;
 * the release select is on the first screen, which loads no zod).
 */
export function switchVersion(formValues: Values, from: string, to: string): IngestResult {
  return ingestWith({ door: 'version-switch', data: formValues, shape: 'form', from }, to, () => []);
}
