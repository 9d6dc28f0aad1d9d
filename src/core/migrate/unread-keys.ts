import { existsIn, fieldDefault } from '../../schema/defaults';
import { nodeById } from '../fields/node-index';
import { formatPath } from '../values/format-path';
import { deepEqual, isPlainMap, type Values } from '../../shared/values';

type UnreadReason = 'unknown' | 'not-in-version' | 'no-effect';

/** A key the chart release will not read: kept in the values (and the output), listed in the report. */
export interface UnreadKey {
  readonly path: string;
  readonly reason: UnreadReason;
  readonly message: string;
}

/**
 * Keys in `values` that chart `version` does not read: keys the schema does
 * not know, keys that the release does not have yet (or any more), and keys
 * the templates never read (unless left at their default). Free-form values (maps of labels, affinity,
 * connections) are not looked into.
 */
export function unreadKeys(values: Values, version: string): UnreadKey[] {
  const out: UnreadKey[] = [];
  const visit = (map: Values, path: string[]) => {
    for (const [key, value] of Object.entries(map)) {
      if (value === undefined) continue;
      const childPath = [...path, key];
      const shown = formatPath(childPath);
      // Only groups are looked into, so every known path is a schema node (a key inside a field value is not).
      // (A key with a dot in it is no schema key, whatever the dotted id it spells.)
      const meta = key.includes('.') ? undefined : nodeById(childPath.join('.'))?.meta;
      if (!meta) {
        out.push({ path: shown, reason: 'unknown', message: `\`${shown}\` is not read by chart ${version}; it is kept in the values as it is.` });
        continue;
      }
      if (!existsIn(meta, version)) {
        const when =
          meta.since && meta.since !== version ? ` (it was added in ${meta.since}${meta.until ? `, removed after ${meta.until}` : ''})` : meta.until ? ` (it was removed after ${meta.until})` : '';
        out.push({ path: shown, reason: 'not-in-version', message: `\`${shown}\` is not read by chart ${version}${when}; it is kept in the values.` });
        continue;
      }
      const isDefault = meta.kind === 'field' && deepEqual(fieldDefault(meta, version).value, value);
      if (meta.readBy === 'none' && !isDefault) {
        out.push({ path: shown, reason: 'no-effect', message: `\`${shown}\` is in chart ${version}'s values but no template reads it, so it has no effect.` });
        continue;
      }
      if (meta.kind === 'group' && isPlainMap(value)) visit(value, childPath);
    }
  };
  visit(values, []);
  return out;
}
