import { CHART_VERSIONS, compareVersions, type ChartVersion } from './chart-versions';
import { isVersionedDefault, type FieldMeta, type NodeMeta, type VersionedDefault } from './meta';
import { isField, type FieldNode, type SchemaNode } from './node';
import { SCHEMA_NODES } from './schema-nodes';
import { cloneValues, ensureMapAt, setPath, type Values } from '../shared/values';

const FIRST_VERSION = CHART_VERSIONS[0];

/** Whether the chart release `version` has the key described by `meta`. */
export function existsIn(meta: NodeMeta, version: string): boolean {
  if (compareVersions(version, meta.since ?? FIRST_VERSION) < 0) return false;
  if (meta.until !== undefined && compareVersions(version, meta.until) > 0) return false;
  return true;
}

function resolveVersioned(value: VersionedDefault, version: string): { present: boolean; value: unknown } {
  let found: { present: boolean; value: unknown } = { present: false, value: undefined };
  for (const [from, v] of value.byVersion) {
    if (compareVersions(version, from) >= 0) found = { present: v !== undefined, value: v };
  }
  return found;
}

/**
 * The chart's default for a field in a release: `present: false` when
 * values.yaml does not have the key; `value: null` when it has it empty.
 */
export function fieldDefault(meta: FieldMeta, version: string): { present: boolean; value: unknown } {
  if (!existsIn(meta, version)) return { present: false, value: undefined };
  if (meta.defaultIsChartVersion) return { present: true, value: version };
  if (!('default' in meta)) return { present: false, value: undefined };
  if (isVersionedDefault(meta.default)) return resolveVersioned(meta.default, version);
  return { present: meta.default !== undefined, value: meta.default };
}

function groupEmptyDefault(meta: NodeMeta, version: string): boolean {
  if (meta.kind !== 'group' || !existsIn(meta, version)) return false;
  const e = meta.emptyDefault;
  if (e === undefined || typeof e === 'boolean') return e === true;
  return resolveVersioned(e, version).value === true;
}

const nodes: readonly SchemaNode[] = SCHEMA_NODES;
const cache = new Map<string, Values>();

/** Every schema node, in schema order. */
export function allNodes(): readonly SchemaNode[] {
  return nodes;
}

/** Every leaf field, in schema order. */
export function allFields(): readonly FieldNode[] {
  return nodes.filter(isField);
}

/**
 * The chart's values.yaml for `version`, rebuilt from the schema's data:
 * same keys, same nulls and empty maps, in schema order. Returns a fresh copy.
 */
export function chartDefaults(version: ChartVersion | string): Values {
  let built = cache.get(version);
  if (!built) {
    built = buildDefaults(version);
    cache.set(version, built);
  }
  return cloneValues(built);
}

function buildDefaults(version: string): Values {
  const root: Values = {};
  // Groups first decide whether they appear as `{}`; fields then fill them in.
  for (const node of nodes) {
    if (!existsIn(node.meta, version)) continue;
    if (isField(node)) {
      const d = fieldDefault(node.meta, version);
      if (d.present) setPath(root, node.path, cloneValues(d.value));
    } else if (groupEmptyDefault(node.meta, version)) {
      ensureMapAt(root, node.path);
    }
  }
  return root;
}
