import { ingestWith } from './ingest-steps';
import type { IngestResult, IngestSource } from './ingest-types';
import { checkValues } from './value-checks';

export type { IngestDoor, IngestError, IngestErrorCode, IngestReport, IngestResult, IngestSource } from './ingest-types';

/**
 * The one way values enter the form, whichever door they come through
 * (import, share link, embed set-values, autosave restore, release switch):
 * guard, migrate, check against the schema, merge onto the release's
 * defaults (the steps: ingest-steps.ts). Pure and synchronous; never throws
 * for bad input (`{ ok: false, error }`).
 */
export function ingest(source: IngestSource, version: string): IngestResult {
  return ingestWith(source, version, checkValues);
}
