import { allNodes, chartDefaults } from '../../schema/defaults';
import { schemaAt } from '../../schema/walk';
import { valuesSchema } from '../../schema/values-schema';
import { CLI_TYPED_RESOURCE_OWNERS, RESOURCE_BLOCKS } from './cli-keys';
import { helmMerge } from './helm-merge';
import { orderBySchema } from './order';
import { cloneValues, deletePath, getPath, isPlainMap, type Values } from '../../shared/values';

export interface CliCompatibleOptions {
  /** The chart release (written as deploymentVersion). */
  readonly version: string;
  readonly namespace: string;
  readonly release: string;
  /**
   * What Helm renders with (`computeValues(...).full`), for keys the CLI needs
   * written together. When absent it is the chart defaults of `version` merged with `changed`.
   */
  readonly full?: Values;
}

export interface CliCompatibleResult {
  /** The file for `polyaxon admin deploy -f` (also valid for Helm). */
  readonly values: Values;
  /** Dotted paths left out because the Polyaxon CLI rejects them (Helm-only keys). */
  readonly dropped: readonly string[];
  /** Dotted paths written at their merged value although unchanged, because the CLI checks them together with a changed key. */
  readonly added: readonly string[];
  /**
   * Resource blocks (e.g. `agent.resources.requests`) whose every quantity was
   * emptied, written as one `null` because the CLI rejects null quantities.
   */
  readonly nulledBlocks: readonly string[];
  /** Top-level keys the schema does not know; the CLI rejects unknown keys. */
  readonly unknown: readonly string[];
}

const rejectedPaths: readonly (readonly string[])[] = allNodes()
  .filter((node) => node.meta.cli === 'rejected')
  .map((node) => node.path)
  // a rejected group covers its children: keep only the outermost paths
  .filter((path, _i, all) => !all.some((other) => other.length < path.length && other.every((seg, j) => seg === path[j])));

/**
 * CLI 2.15.1 checks securityContext.runAsUser and runAsGroup "both or none"
 * on the file alone, so when one of them is written the other is written too,
 * at the value Helm renders with.
 */
const WRITTEN_TOGETHER: readonly (readonly [string, readonly string[]])[] = [['securityContext', ['runAsUser', 'runAsGroup']]];

function has(map: Values, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

function writeTogether(values: Values, full: () => Values): string[] {
  const added: string[] = [];
  for (const [groupKey, keys] of WRITTEN_TOGETHER) {
    const group = values[groupKey];
    if (!isPlainMap(group) || !keys.some((key) => has(group, key))) continue;
    for (const key of keys) {
      if (has(group, key)) continue;
      const merged = getPath(full(), [groupKey, key]);
      if (merged === undefined) continue;
      group[key] = merged;
      added.push(`${groupKey}.${key}`);
    }
  }
  return added;
}

/**
 * A limits/requests block of a CLI-typed `resources` whose written quantities
 * are all `null` and that Helm renders empty (every chart default removed) is
 * written as `null` instead: CLI 2.15.1 rejects a null quantity but accepts a
 * null block. Helm then renders the block as absent rather than `{}` (the
 * manifests get `requests: null` instead of `requests: {}`), which Kubernetes
 * reads the same: no requests. A block that keeps a quantity cannot drop one
 * default for the CLI; cliProblems reports that.
 */
function nullEmptiedResourceBlocks(values: Values, full: () => Values): string[] {
  const nulled: string[] = [];
  for (const owner of CLI_TYPED_RESOURCE_OWNERS) {
    const resources = getPath(values, [owner, 'resources']);
    if (!isPlainMap(resources)) continue;
    for (const key of RESOURCE_BLOCKS) {
      const block = resources[key];
      if (!isPlainMap(block) || Object.keys(block).length === 0 || !Object.values(block).every((v) => v === null)) continue;
      const rendered = getPath(full(), [owner, 'resources', key]);
      if (!isPlainMap(rendered) || Object.keys(rendered).length > 0) continue;
      resources[key] = null;
      nulled.push(`${owner}.resources.${key}`);
    }
  }
  return nulled;
}

/**
 * The only-changed values made acceptable to `polyaxon admin deploy -f`
 * (CLI 2.15.1): it adds what the CLI needs (deploymentChart agent, the chart
 * version as a string, the namespace, the release name, an `agent` key),
 * writes runAsUser and runAsGroup together, writes a fully emptied resource
 * block as `null`, and leaves out the chart keys the CLI rejects, listing
 * them. Helm renders the same values from it, except that a nulled resource
 * block is absent instead of `{}`.
 */
export function cliCompatibleValues(changed: Values, options: CliCompatibleOptions): CliCompatibleResult {
  const values = cloneValues(changed);
  let full = options.full;
  const merged = () => (full ??= helmMerge(chartDefaults(options.version), changed));
  const dropped: string[] = [];
  for (const path of rejectedPaths) {
    if (deletePath(values, path)) dropped.push(path.join('.'));
  }
  const added = writeTogether(values, merged);
  const nulledBlocks = nullEmptiedResourceBlocks(values, merged);
  values.deploymentChart = 'agent';
  values.deploymentVersion = options.version;
  values.namespace = options.namespace;
  values.releaseName = options.release;
  if (!isPlainMap(values.agent)) values.agent = {};
  const unknown = Object.keys(values).filter((key) => schemaAt(valuesSchema, [key]) === undefined);
  return { values: orderBySchema(values), dropped, added, nulledBlocks, unknown };
}
