import { compareVersions as compareVersionNumbers } from '../../schema/chart-versions';
import { allFields, fieldDefault } from '../../schema/defaults';
import { unreadKeys, type UnreadKey } from '../migrate/unread-keys';
import { deepEqual, getPath, isPlainMap, type Values } from '../../shared/values';

/** A field whose chart default is not the same in the two releases. */
export interface DefaultChange {
  /** Dotted values path, e.g. `agent.image.tag`. */
  readonly path: string;
  /** The default in the release switched from; `present: false` when values.yaml lacks the key. */
  readonly from: { readonly present: boolean; readonly value: unknown };
  readonly to: { readonly present: boolean; readonly value: unknown };
  /** The user set this key: their value is kept and the new default does not apply. */
  readonly userSet: boolean;
  readonly message: string;
}

/** What switching the chart release means for the user's values. */
export interface VersionReport {
  readonly from: string;
  readonly to: string;
  /** `true` when `to` is an older release than `from`. */
  readonly downgrade: boolean;
  /** User keys `from` reads and `to` does not (kept in the values, listed here). */
  readonly notRead: readonly UnreadKey[];
  /** Fields whose default differs between the two releases. */
  readonly defaultChanges: readonly DefaultChange[];
}

function valueAt(values: Values, path: readonly string[]): { present: boolean; value: unknown } {
  const value = getPath(values, path);
  return { present: value !== undefined, value };
}

function show(d: { present: boolean; value: unknown }): string {
  if (!d.present) return 'not in values.yaml';
  const text = JSON.stringify(d.value) ?? String(d.value);
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}

/** Drops nulls (a user null only deletes a default; in a release without the key it means nothing). */
function withoutNulls(values: Values): Values {
  const out: Values = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined) continue;
    out[k] = isPlainMap(v) ? withoutNulls(v) : v;
  }
  return out;
}

/**
 * Per-key report for switching the chart release from `fromVersion` to
 * `toVersion`, given the user's overlay under `fromVersion` (the `changed`
 * values): keys the new release does not read, and every field whose
 * default differs (with whether the user's own value keeps it unchanged).
 */
export function compareVersions(fromVersion: string, toVersion: string, userChanged: Values): VersionReport {
  const user = withoutNulls(userChanged);
  const unreadBefore = new Set(unreadKeys(user, fromVersion).map((k) => k.path));
  const notRead = unreadKeys(user, toVersion).filter((k) => !unreadBefore.has(k.path));

  const defaultChanges: DefaultChange[] = [];
  for (const field of allFields()) {
    const from = fieldDefault(field.meta, fromVersion);
    const to = fieldDefault(field.meta, toVersion);
    if (from.present === to.present && deepEqual(from.value, to.value)) continue;
    const mine = valueAt(userChanged, field.path);
    const userSet = mine.present;
    const change = `default ${show(from)} in ${fromVersion}, ${show(to)} in ${toVersion}`;
    defaultChanges.push({
      path: field.id,
      from,
      to,
      userSet,
      message: userSet ? `\`${field.id}\`: ${change}; your value ${show(mine)} is kept.` : `\`${field.id}\`: ${change}; you did not set it, so ${toVersion}'s default applies.`,
    });
  }
  return { from: fromVersion, to: toVersion, downgrade: compareVersionNumbers(toVersion, fromVersion) < 0, notRead, defaultChanges };
}
