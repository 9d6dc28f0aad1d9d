import { nodeById } from '../fields/node-index';
import { diffLeaves, type Change } from './changes';

/** The field's label from the schema, else its dotted path. */
function pathLabel(path: readonly string[]): string {
  const id = path.join('.');
  return nodeById(id)?.meta.label ?? id;
}

function rows(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/**
 * How a change the user made in the form is called in the history, and the
 * group that lets consecutive edits merge: an edit of one input groups by
 * that input's leaf path (`connections.0.name`); adding or removing a list
 * row, and changes to several fields at once, never merge.
 */
export function describeEdit(changes: readonly Change[]): { label: string; group?: string } {
  if (changes.length !== 1) return { label: `Change ${changes.length} fields` };
  const [change] = changes as [Change];
  const name = `“${pathLabel(change.path)}”`;
  const added = rows(change.after) - rows(change.before);
  if (added > 0) return { label: added === 1 ? `Add a row to ${name}` : `Add ${added} rows to ${name}` };
  if (added < 0) return { label: -added === 1 ? `Remove a row from ${name}` : `Remove ${-added} rows from ${name}` };
  const leaves = diffLeaves(change.before, change.after, change.path);
  // A new key in a map, or several inputs at once, is its own step.
  if (leaves.length !== 1) return { label: `Edit ${name}` };
  return { label: `Edit ${name}`, group: (leaves[0] as string[]).join('.') };
}
