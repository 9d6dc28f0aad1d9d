import type { MigrationChange } from '../migrate/types';
import type { UnreadKey } from '../migrate/unread-keys';
import type { Values } from '../../shared/values';
import type { ImportSourceKind } from './detect-source';
import type { TextPosition } from './yaml-result';

/** One line of the import report. */
export interface ImportNote {
  readonly message: string;
  readonly path?: string;
  readonly position?: TextPosition;
}

export interface ImportReport {
  readonly source: ImportSourceKind;
  /** The chart release the keys were checked against. */
  readonly version: string;
  /** A supported chart release the import names (`--version` of a helm command). */
  readonly namedVersion?: string;
  /** The Helm release and namespace the import names (a helm command, `helm get values RELEASE -n NS`). */
  readonly release?: string;
  readonly namespace?: string;
  /** What named them (`the \`helm upgrade\` command`). */
  readonly targetFrom?: string;
  /** `helm get values -a` output: the chart's defaults are included. */
  readonly computed: boolean;
  /** Docs spellings and older keys rewritten into what the chart reads. */
  readonly migrations: readonly MigrationChange[];
  /** Keys kept in the values that the chart release does not read. */
  readonly unreadKeys: readonly UnreadKey[];
  /** Values that may not be what was meant (`yes` read as true, `$TOKEN` kept as text, ...). */
  readonly warnings: readonly ImportNote[];
  /** What was not imported or was ignored (`-f` files, other commands, ...). */
  readonly notes: readonly ImportNote[];
}

export interface ImportError {
  readonly source: ImportSourceKind;
  /** One or two sentences; includes `line:column` when the problem has a place. */
  readonly message: string;
  readonly position?: TextPosition;
  readonly path?: string;
}

/** `values` is the user overlay: what Helm merges onto the chart's defaults; `formValues` what the form holds for `report.version`. */
export type ImportResult = { readonly ok: true; readonly values: Values; readonly formValues: Values; readonly report: ImportReport } | { readonly ok: false; readonly error: ImportError };

export interface ImportOptions {
  /** The chart release selected in the builder. */
  readonly version: string;
  /** Read the text as this kind instead of detecting it. */
  readonly kind?: ImportSourceKind;
  /** Read the values for the release the text names (`--version`, `deploymentVersion`); default true. */
  readonly followNamedVersion?: boolean;
}
