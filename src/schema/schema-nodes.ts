import { describeNodes } from './describe-nodes';
import type { SchemaNode } from './node';
import { valuesSchema } from './values-schema';

/**
 * Every node of the values schema as plain data, in schema order. In the app
 * build this module is replaced by the same list written out as data
 * (vite-plugins/schema-nodes.ts), so the first load carries neither zod nor
 * the schema declarations; tests, scripts and the dev server compute it here.
 */
export const SCHEMA_NODES: readonly SchemaNode[] = describeNodes(valuesSchema);
