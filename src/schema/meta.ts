import * as z from 'zod';
import type { RowsMeta, SuggestFrom } from './sub-fields';

/**
 * Metadata carried by every node of the values schema. Fields (leaves) and
 * groups (nested maps such as `gateway.service`) share one registry so that a
 * walker can read both. Nothing here depends on React or the browser.
 */

/** How a leaf is edited. The UI picks a widget by this name only. */
export type Widget = 'text' | 'secret' | 'number' | 'switch' | 'select' | 'keyValue' | 'stringList' | 'yaml' | 'objectList' | 'connection' | 'connectionList';

/** A default that changed between chart releases: `[fromVersion, value]`, oldest first. */
export interface VersionedDefault {
  readonly byVersion: ReadonlyArray<readonly [string, unknown]>;
}

export function byVersion(entries: ReadonlyArray<readonly [string, unknown]>): VersionedDefault {
  return { byVersion: entries };
}

export function isVersionedDefault(value: unknown): value is VersionedDefault {
  return typeof value === 'object' && value !== null && 'byVersion' in value && Array.isArray((value as VersionedDefault).byVersion);
}

/** Who reads a key: the chart templates, only the Polyaxon CLI, or nobody. */
export type ReadBy = 'chart' | 'cli' | 'none';

/** What `polyaxon admin deploy -f` (CLI 2.15.1) does with the key. */
export type CliSupport = 'accepted' | 'rejected' | 'ignored';

/** Where the reference page (docs) and the chart disagree about a key. */
interface DocsDisagreement {
  /** The key as the reference page spells it, when it differs (e.g. `timeZone`). */
  readonly key?: string;
  /** The default the reference page states, when it differs. */
  readonly default?: string;
  /** One sentence saying what the chart really does. */
  readonly note: string;
}

interface CommonMeta {
  /** Short human label. */
  readonly label: string;
  /** What the key does; the reference table's wording where it has one. */
  readonly description: string;
  /** Anchor of the reference page section the key belongs to (e.g. `ingress-and-gateway-service`). */
  readonly docsAnchor: string;
  /** First chart release that has the key (defaults to the first supported release). */
  readonly since?: string;
  /** Last chart release that has the key (absent = still present). */
  readonly until?: string;
  readonly readBy?: ReadBy;
  readonly cli?: CliSupport;
  readonly docs?: DocsDisagreement;
  /** A known chart defect or trap, shown as a warning next to the field. */
  readonly warning?: string;
}

export interface FieldMeta extends CommonMeta {
  readonly kind: 'field';
  readonly widget: Widget;
  /**
   * The chart's default. Omit the property when values.yaml does not have the
   * key at all; `null` means values.yaml has the key with an empty value.
   * Use `byVersion()` when it changed between releases.
   */
  readonly default?: unknown;
  /** The default equals the chart release itself (image tags). */
  readonly defaultIsChartVersion?: boolean;
  /** What the templates use when the key is unset (for the tooltip only). */
  readonly fallback?: unknown;
  /** Secret values never go into share links unless the user opts in. */
  readonly secret?: boolean;
  readonly placeholder?: string;
  /** Allowed values, for selects (derived from z.enum when not given). */
  readonly options?: readonly string[];
  /** Booleans whose unset state differs from `false` are edited with a three-way select. */
  readonly triState?: boolean;
  /** A list of objects edited as rows: the rows' noun, empty text and new row (the row's inputs come from the item schema's sub-fields). */
  readonly rows?: RowsMeta;
  /** Values the inputs offer as suggestions (a list of names picks from the defined connections). */
  readonly suggest?: SuggestFrom;
  /** Narrower options for sub-fields of this value than their schema allows (the artifacts store's kinds). */
  readonly subOptions?: Readonly<Record<string, readonly string[]>>;
}

export interface GroupMeta extends CommonMeta {
  readonly kind: 'group';
  /**
   * values.yaml writes this map as `{}` (even when no child has a default).
   * `byVersion()` when that changed between releases.
   */
  readonly emptyDefault?: boolean | VersionedDefault;
  /**
   * For a Kubernetes `resources` block: the boolean key whose `false` makes
   * the chart write only the requests and drop the limits (`limitResources`).
   */
  readonly limitsAppliedWhen?: string;
}

export type NodeMeta = FieldMeta | GroupMeta;

/** The one registry that holds the docs text, defaults and UI hints of every key. */
export const schemaMeta = /* @__PURE__ */ z.registry<NodeMeta>();
