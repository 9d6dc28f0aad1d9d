import type { MigrationChange } from '../migrate/types';
import type { UnreadKey } from '../migrate/unread-keys';
import type { ValueCheck } from './value-checks';
import type { Values } from '../values/types';

/** Every way values enter the builder; each decodes its own wrapping, then calls ingest(). */
export type IngestDoor = 'import' | 'share-link' | 'embed' | 'autosave' | 'version-switch';

export type IngestErrorCode = 'not-a-map' | 'forbidden-key' | 'too-deep' | 'too-large' | 'not-data' | 'unknown-version';

/** Why values were refused: one sentence for people, and the values path when there is one. */
export interface IngestError {
  readonly code: IngestErrorCode;
  readonly message: string;
  readonly path?: string;
}

export interface IngestSource {
  readonly door: IngestDoor;
  /** The values as the door decoded them: untrusted until ingest() has checked them. */
  readonly data: unknown;
  /**
   * `overlay`: what Helm merges onto the chart's defaults (a values file, a
   * link, a set-values message). `form`: the form's full values (autosave,
   * the form before a release switch), read under release `from`.
   */
  readonly shape: 'overlay' | 'form';
  /** shape `form`: the release those form values were for (default: the target release). */
  readonly from?: string;
  /** Paths of secret values the source left out (a link, stored work), reported as they are. */
  readonly leftOut?: readonly (readonly string[])[];
}

export interface IngestReport {
  readonly door: IngestDoor;
  /** The chart release the values were read for. */
  readonly version: string;
  /** Docs spellings and older keys rewritten into what the chart reads. */
  readonly migrations: readonly MigrationChange[];
  /** Keys kept in the values that the release does not read. */
  readonly unreadKeys: readonly UnreadKey[];
  /** Values that fail their field's checks, the release lacks, or the builder does not know: kept, listed. */
  readonly checks: readonly ValueCheck[];
  /** Secret values the source left out (their fields ask to be filled in). */
  readonly leftOut: readonly (readonly string[])[];
}

export type IngestResult =
  | {
      readonly ok: true;
      /** The overlay: what differs from the chart's defaults, migrated. */
      readonly values: Values;
      /** What the form holds: the overlay merged onto the release's defaults. */
      readonly formValues: Values;
      readonly report: IngestReport;
    }
  | { readonly ok: false; readonly error: IngestError };
