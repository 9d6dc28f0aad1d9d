import { allNodes, existsIn } from '../../schema/defaults';
import type { CliSupport, ReadBy } from '../../schema/meta';
import type { SchemaNode } from '../../schema/walk';

/**
 * Lookups over the values schema computed once: nodes by dotted id, their
 * position in schema order, their ancestors and the child keys of every group.
 * The schema is static at run time, so nothing here is recomputed per call.
 */

const nodes = allNodes();
const byId = new Map<string, SchemaNode>();
const order = new Map<string, number>();
/** For a group: the order index of its last descendant (itself for a field). */
const lastDescendant = new Map<string, number>();
/** Child keys of the root ('') and of every group. */
const childKeys = new Map<string, Set<string>>([['', new Set()]]);

nodes.forEach((node, index) => {
  byId.set(node.id, node);
  order.set(node.id, index);
  lastDescendant.set(node.id, index);
  const parent = node.path.slice(0, -1).join('.');
  childKeys.get(parent)?.add(node.path[node.path.length - 1] as string);
  if (node.meta.kind === 'group') childKeys.set(node.id, new Set());
  for (let i = 1; i < node.path.length; i += 1) lastDescendant.set(node.path.slice(0, i).join('.'), index);
});

export function nodeById(id: string): SchemaNode | undefined {
  return byId.get(id);
}

/** The node itself and then its ancestors, nearest first. */
export function selfAndAncestors(node: SchemaNode): SchemaNode[] {
  const out: SchemaNode[] = [node];
  for (let i = node.path.length - 1; i > 0; i -= 1) {
    const up = byId.get(node.path.slice(0, i).join('.'));
    if (up) out.push(up);
  }
  return out;
}

/** CLI support of a node, inherited from the nearest ancestor that states it. */
export function effectiveCli(node: SchemaNode): CliSupport | undefined {
  for (const n of selfAndAncestors(node)) if (n.meta.cli !== undefined) return n.meta.cli;
  return undefined;
}

/** Who reads a node, inherited from the nearest ancestor that states it (default: the chart). */
export function effectiveReadBy(node: SchemaNode): ReadBy {
  for (const n of selfAndAncestors(node)) if (n.meta.readBy !== undefined) return n.meta.readBy;
  return 'chart';
}

/** Whether the release has the node and all its ancestors. */
export function existsWithAncestors(node: SchemaNode, version: string): boolean {
  return selfAndAncestors(node).every((n) => existsIn(n.meta, version));
}

/** Child keys the schema declares under a group ('' for the root); undefined for fields and unknown paths. */
export function groupChildKeys(id: string): ReadonlySet<string> | undefined {
  return childKeys.get(id);
}

/**
 * A sort key in schema order for a dotted path: a node's own index; a path
 * below a node (an unknown key in a group, an item of a list) sorts right
 * after that node's last descendant; a path the schema does not know at all sorts last.
 */
export function schemaOrderOf(path: string): number {
  const exact = order.get(path);
  if (exact !== undefined) return exact;
  const parts = path.split('.');
  for (let i = parts.length - 1; i > 0; i -= 1) {
    const end = lastDescendant.get(parts.slice(0, i).join('.'));
    if (end !== undefined) return end + 0.5;
  }
  return Number.MAX_SAFE_INTEGER;
}

export function schemaNodes(): readonly SchemaNode[] {
  return nodes;
}
