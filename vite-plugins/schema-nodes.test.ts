import { expect, test } from 'vitest';
import { SCHEMA_NODES } from '../src/schema/schema-nodes';
import { schemaNodesSource } from './schema-nodes';

/** Evaluates the module text the plugin writes (one `export const`) and returns SCHEMA_NODES. */
function evaluate(source: string): unknown {
  return new Function(`${source.replace(/^export /m, '')}\nreturn SCHEMA_NODES;`)();
}

test('the build-time module holds exactly the schema nodes the schema computes', () => {
  const written = evaluate(schemaNodesSource(SCHEMA_NODES));
  expect(written).toStrictEqual(SCHEMA_NODES);
});

test('an "absent in this release" default survives (undefined inside byVersion)', () => {
  const withAbsent = SCHEMA_NODES.filter((n) => JSON.stringify(n.meta).includes('byVersion'));
  expect(withAbsent.length).toBeGreaterThan(0);
  expect(evaluate(schemaNodesSource(withAbsent))).toStrictEqual(withAbsent);
});

test('metadata that is not plain data is refused with its place', () => {
  const [first] = SCHEMA_NODES;
  if (!first) throw new Error('the schema has no nodes');
  const broken = [{ ...first, meta: { ...first.meta, label: new Date(0) } }] as unknown as typeof SCHEMA_NODES;
  expect(() => schemaNodesSource(broken)).toThrow(/SCHEMA_NODES\[0\]\.meta\.label is not plain data/);
});

test('a key holding a dot is refused (the written list rebuilds paths from dotted ids)', () => {
  const [first] = SCHEMA_NODES;
  if (!first) throw new Error('the schema has no nodes');
  const dotted = [{ ...first, path: ['a.b'], id: 'a.b' }];
  expect(() => schemaNodesSource(dotted)).toThrow(/a\.b is not its path's dotted form/);
});
