import { existsIn, fieldDefault } from '../../../schema/defaults';
import type { ReadBy } from '../../../schema/meta';
import type { SchemaNode } from '../../../schema/walk';
import { schemaNodes } from '../../fields/node-index';
import { deepEqual, isPlainMap } from '../../../shared/values';
import type { Problem, Rule, RuleContext } from '../types';
import { KEY_HINTS } from './key-hints';
import { problem } from './helpers';

const ID = 'not-read-by-chart';

/** Whether a normalized value would be written: not unset, and a map with at least one such value. */
function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (isPlainMap(value)) return Object.values(value).some(hasContent);
  return true;
}

function range(node: SchemaNode): string {
  const { since, until } = node.meta;
  if (since && until) return `it exists in ${since} to ${until}`;
  if (since) return `it was added in ${since}`;
  if (until) return `it was removed after ${until}`;
  return 'it is not in this release';
}

/**
 * Keys in the values that the selected chart release does not read: schema
 * keys from other releases, keys the templates never read (changed from
 * their default), and keys the schema does not know at all. Helm ignores
 * them silently. Built from a node list so tests can give their own.
 */
export function makeNotReadByChart(nodes: readonly SchemaNode[]): Rule {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, Set<string>>([['', new Set()]]);
  for (const n of nodes) {
    children.get(n.path.slice(0, -1).join('.'))?.add(n.path[n.path.length - 1] as string);
    if (n.meta.kind === 'group') children.set(n.id, new Set());
  }
  const chain = (n: SchemaNode): SchemaNode[] => n.path.map((_, i) => byId.get(n.path.slice(0, i + 1).join('.'))).filter((x): x is SchemaNode => x !== undefined);
  const readBy = (n: SchemaNode): ReadBy =>
    chain(n)
      .reverse()
      .find((x) => x.meta.readBy !== undefined)?.meta.readBy ?? 'chart';
  const neverRead = nodes.filter((n) => n.meta.kind === 'field' && readBy(n) === 'none');

  const missingByVersion = new Map<string, SchemaNode[]>();
  /** The outermost nodes the release lacks (their descendants are covered by them). */
  const missingIn = (version: string): SchemaNode[] => {
    let list = missingByVersion.get(version);
    if (!list) {
      const missing = new Set<string>();
      list = [];
      for (const n of nodes) {
        if (existsIn(n.meta, version)) continue;
        missing.add(n.id);
        const parent = n.path.slice(0, -1).join('.');
        if (!missing.has(parent)) list.push(n);
      }
      missingByVersion.set(version, list);
    }
    return list;
  };

  const unknownKeys = (value: unknown, groupId: string, version: string, out: Problem[]) => {
    if (!isPlainMap(value)) return;
    const known = children.get(groupId);
    if (!known) return;
    for (const [key, child] of Object.entries(value)) {
      const id = groupId ? `${groupId}.${key}` : key;
      if (known.has(key)) {
        if (children.has(id)) unknownKeys(child, id, version, out);
        continue;
      }
      if (!hasContent(child)) continue;
      const hint = KEY_HINTS[id];
      out.push(problem(ID, id, 'warning', `\`${id}\` is not a key of the agent chart ${version}: Helm ignores it${hint ? ` (${hint})` : ''}.`));
    }
  };

  return {
    id: ID,
    summary: 'Keys the selected chart release does not read.',
    check(ctx: RuleContext) {
      const out: Problem[] = [];
      for (const n of missingIn(ctx.version)) {
        if (!hasContent(ctx.get(n.id))) continue;
        out.push(problem(ID, n.id, 'warning', `${n.meta.label} (\`${n.id}\`) is not read by chart ${ctx.version}: ${range(n)}. Helm ignores it.`));
      }
      for (const n of neverRead) {
        const value = ctx.get(n.id);
        if (value === undefined || !existsIn(n.meta, ctx.version)) continue;
        if (n.meta.kind === 'field' && deepEqual(value, fieldDefault(n.meta, ctx.version).value)) continue;
        out.push(problem(ID, n.id, 'warning', `${n.meta.label} (\`${n.id}\`) is never read by the chart’s templates: changing it has no effect.`));
      }
      unknownKeys(ctx.values, '', ctx.version, out);
      return out;
    },
  };
}

export const notReadByChart: Rule = makeNotReadByChart(schemaNodes());
