import { allNodes } from '../../schema/defaults';
import { schemaAt } from '../../schema/walk';
import { valuesSchema } from '../../schema/values-schema';
import { orderBySchema } from './order';
import { isPlainMap, type Values } from './types';

export interface CliCompatibleResult {
  /** The file for `polyaxon admin deploy -f` (also valid for Helm). */
  readonly values: Values;
  /** Dotted paths left out because the Polyaxon CLI rejects them (Helm-only keys). */
  readonly dropped: readonly string[];
  /** Top-level keys the schema does not know; the CLI rejects unknown keys. */
  readonly unknown: readonly string[];
}

const rejectedPaths: readonly (readonly string[])[] = allNodes()
  .filter((node) => node.meta.cli === 'rejected')
  .map((node) => node.path)
  // a rejected group covers its children: keep only the outermost paths
  .filter((path, _i, all) => !all.some((other) => other.length < path.length && other.every((seg, j) => seg === path[j])));

function cloneMap(value: Values): Values {
  return JSON.parse(JSON.stringify(value)) as Values;
}

function removeAt(root: Values, path: readonly string[]): boolean {
  let current: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isPlainMap(current)) return false;
    current = current[key];
  }
  const last = path[path.length - 1] as string;
  if (!isPlainMap(current) || !Object.prototype.hasOwnProperty.call(current, last)) return false;
  delete current[last];
  return true;
}

function pruneEmptyParents(root: Values, path: readonly string[]): void {
  for (let depth = path.length - 1; depth > 0; depth -= 1) {
    const parentPath = path.slice(0, depth);
    let node: unknown = root;
    for (const key of parentPath) node = isPlainMap(node) ? node[key] : undefined;
    if (isPlainMap(node) && Object.keys(node).length === 0) removeAt(root, parentPath);
    else return;
  }
}

/**
 * The only-changed values made acceptable to `polyaxon admin deploy -f`
 * (CLI 2.15.1): it adds what the CLI needs (deploymentChart agent, the chart
 * version as a string, the namespace, the release name, an `agent` key) and
 * leaves out the chart keys the CLI rejects, listing them.
 */
export function cliCompatibleValues(
  changed: Values,
  options: { version: string; namespace: string; release: string },
): CliCompatibleResult {
  const values = cloneMap(changed);
  const dropped: string[] = [];
  for (const path of rejectedPaths) {
    if (removeAt(values, path)) {
      dropped.push(path.join('.'));
      pruneEmptyParents(values, path);
    }
  }
  values.deploymentChart = 'agent';
  values.deploymentVersion = options.version;
  values.namespace = options.namespace;
  values.releaseName = options.release;
  if (!isPlainMap(values.agent)) values.agent = {};
  const unknown = Object.keys(values).filter((key) => schemaAt(valuesSchema, [key]) === undefined);
  return { values: orderBySchema(values), dropped, unknown };
}
