import { ingest, type IngestResult } from '../ingest/ingest';
import type { Values } from '../values/types';

/**
 * The release-switch door: the form's values under release `from` read for
 * release `to` through ingest() (core/ingest). What the user changed is kept
 * (the overlay, migrated), on top of `to`'s defaults; refused values keep the
 * form as it is.
 */
export function switchVersion(formValues: Values, from: string, to: string): IngestResult {
  return ingest({ door: 'version-switch', data: formValues, shape: 'form', from }, to);
}
