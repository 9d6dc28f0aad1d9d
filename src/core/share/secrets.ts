import { allFields } from '../../schema/defaults';
import { isPlainMap, type Values } from '../values/types';

/** Values paths (segments) of every field marked `secret` in the schema: agent.token, polyaxonSecret, … */
export function secretFieldPaths(): ReadonlyArray<readonly string[]> {
  return allFields()
    .filter((f) => f.meta.secret === true)
    .map((f) => f.path);
}

function has(values: Values, path: readonly string[]): boolean {
  let current: unknown = values;
  for (const key of path) {
    if (!isPlainMap(current) || !Object.prototype.hasOwnProperty.call(current, key)) return false;
    current = current[key];
  }
  return current !== undefined;
}

/** The dotted paths of the secrets that `values` sets (null counts: it deletes a default). */
export function secretsIn(values: Values, secretPaths: ReadonlyArray<readonly string[]> = secretFieldPaths()): string[] {
  return secretPaths.filter((p) => has(values, p)).map((p) => p.join('.'));
}

/**
 * A copy of `values` without the secret fields. A map left empty only because
 * its secret was removed is dropped too, so `agent: {token}` leaves nothing.
 */
export function withoutSecrets(values: Values, secretPaths: ReadonlyArray<readonly string[]> = secretFieldPaths()): Values {
  const drop = new Set(secretPaths.map((p) => p.join('\u0000')));
  const visit = (map: Values, prefix: readonly string[]): Values => {
    const out: Values = {};
    for (const [key, value] of Object.entries(map)) {
      const path = [...prefix, key];
      if (drop.has(path.join('\u0000'))) continue;
      if (isPlainMap(value) && Object.keys(value).length > 0) {
        const inner = visit(value, path);
        if (Object.keys(inner).length > 0) out[key] = inner;
      } else {
        out[key] = value;
      }
    }
    return out;
  };
  return visit(values, []);
}
