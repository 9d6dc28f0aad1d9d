import * as z from 'zod';
import { existsIn } from '../../schema/defaults';
import { schemaMeta } from '../../schema/meta';
import { valuesSchema } from '../../schema/values-schema';
import { unwrap } from '../../schema/walk';
import { isPlainMap, type Values } from '../values/types';

/** A value that entered the builder (a link, an import, a message, stored work) and is kept but flagged. */
export interface ValueCheck {
  /** Dotted values path. */
  path: string;
  message: string;
}

/**
 * Checks incoming values against the schema without dropping anything: an
 * invalid value, a key the chart release does not have, or a key the builder
 * does not know each give one warning. `null` (Helm's "delete") is never flagged.
 */
export function checkValues(values: Values, version: string): ValueCheck[] {
  const warnings: ValueCheck[] = [];
  const visit = (schema: z.ZodType, map: Values, prefix: readonly string[]) => {
    const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : {};
    for (const [key, value] of Object.entries(map)) {
      const path = [...prefix, key];
      const id = path.join('.');
      const child = Object.prototype.hasOwnProperty.call(shape, key) ? unwrap(shape[key] as z.ZodType) : undefined;
      const meta = child ? schemaMeta.get(child) : undefined;
      if (!child || !meta) {
        warnings.push({ path: id, message: 'Not a key the builder knows; kept as it is.' });
        continue;
      }
      if (!existsIn(meta, version)) {
        warnings.push({ path: id, message: `Chart ${version} does not have this key; kept as it is.` });
      }
      if (value === null || value === undefined) continue;
      if (meta.kind === 'group') {
        if (isPlainMap(value)) visit(child, value, path);
        else warnings.push({ path: id, message: 'Expected a map of values; kept as it is.' });
        continue;
      }
      const result = child.safeParse(value);
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
        warnings.push({ path: id, message: `${issue?.message ?? 'Invalid value'}${where}; kept as it is.` });
      }
    }
  };
  visit(unwrap(valuesSchema), values, []);
  return warnings;
}
