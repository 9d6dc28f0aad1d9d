import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import type { SchemaNode } from '../src/schema/node';
import { SCHEMA_NODES } from '../src/schema/schema-nodes';

const MODULE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/schema/schema-nodes.ts');

/** A JavaScript expression for plain data: JSON, plus `undefined` (a `byVersion` entry can say "absent from this release"). */
function dataSource(value: unknown, where: string): string {
  if (value === undefined) return 'void 0';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item, i) => dataSource(item, `${where}[${i}]`)).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${dataSource(v, `${where}.${k}`)}`)
      .join(',')}}`;
  }
  throw new Error(`schema-nodes: ${where} is not plain data (${String(value)}); schema metadata must be plain values`);
}

/**
 * `src/schema/schema-nodes.ts` with its list written out as data (each node's
 * `path` is rebuilt from its dotted `id`, which spells it); throws when the
 * list is not plain data or a key holds a dot.
 */
export function schemaNodesSource(nodes: readonly SchemaNode[]): string {
  for (const node of nodes) {
    if (node.path.some((key) => key.includes('.')) || node.id !== node.path.join('.')) throw new Error(`schema-nodes: ${node.id} is not its path's dotted form`);
  }
  const data = dataSource(
    nodes.map(({ path: _path, ...node }) => node),
    'SCHEMA_NODES',
  );
  const source = `export const SCHEMA_NODES = ${data}.map((node) => ({ ...node, path: node.id.split('.') }));`;
  if (!isDeepStrictEqual(new Function(`${source.replace(/^export /, '')} return SCHEMA_NODES;`)(), nodes)) throw new Error('schema-nodes: the written list differs from the schema');
  return `/** Written by vite-plugins/schema-nodes.ts from the values schema at build time. */\n${source}\n`;
}

/**
 * Builds the app with the schema's nodes as data: the first load then needs
 * neither zod nor the schema declarations (they load with validation, on demand).
 */
export function schemaNodes(): Plugin {
  let source: string | undefined;
  return {
    name: 'schema-nodes',
    apply: 'build',
    load(id) {
      if (id.split('?')[0] !== MODULE) return null;
      source ??= schemaNodesSource(SCHEMA_NODES);
      return source;
    },
  };
}
