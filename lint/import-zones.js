// The layers of src/ and who may import whom (docs/architecture.md, "Import rules"). An ESLint rule so a
// wrong import is reported in the editor and by `npm run lint`; eslint-rules/import-zones.test.ts checks it.
import path from 'node:path';

const SRC = path.resolve(import.meta.dirname, '..', 'src');

/**
 * What each layer may import (besides itself). A feature reaches another feature through its public entry
 * (src/features/<name>/index.ts) only; test files may wire anything and are not checked.
 */
const MAY_IMPORT = {
  shared: [],
  schema: ['shared'],
  core: ['shared', 'schema'],
  ui: ['shared', 'schema', 'core'],
  features: ['shared', 'schema', 'core', 'ui'],
  app: ['shared', 'schema', 'core', 'ui', 'features'],
  embed: ['shared', 'schema', 'core', 'ui', 'features'],
  'test-utils': ['shared', 'schema', 'core', 'ui', 'features', 'app'],
};

const TEST_FILE = /\.test\.tsx?$/;

/** The layer (first folder under src/) and, for features, the feature of a file; undefined outside src/. */
function placeOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  if (parts.length < 2) return { layer: '(root)', feature: undefined, rest: parts };
  return { layer: parts[0], feature: parts[0] === 'features' ? parts[1] : undefined, rest: parts.slice(parts[0] === 'features' ? 2 : 1) };
}

/** Whether `target` (resolved, without extension) is a feature's public entry: its folder or its index file. */
function isPublicEntry(target) {
  const rest = target.rest;
  if (rest.length === 0) return true;
  if (rest.length === 1 && /^index(?:\.tsx?)?$/.test(rest[0])) return true;
  return false;
}

function check(context, node, specifier, dynamic = false) {
  if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
  const file = context.filename;
  const from = placeOf(file);
  if (!from || TEST_FILE.test(file)) return;
  const to = placeOf(path.resolve(path.dirname(file), specifier));
  if (!to) return;
  if (to.layer === 'test-utils' && from.layer !== 'test-utils') {
    context.report({ node, messageId: 'testSupport', data: { specifier } });
    return;
  }
  if (from.layer === to.layer) {
    if (from.layer === 'features' && to.feature !== from.feature && !dynamic && !isPublicEntry(to)) {
      context.report({ node, messageId: 'featureEntry', data: { specifier, feature: to.feature } });
    }
    return;
  }
  const allowed = MAY_IMPORT[from.layer];
  if (allowed && !allowed.includes(to.layer)) {
    context.report({ node, messageId: 'layer', data: { specifier, from: from.layer, to: to.layer, allowed: allowed.length ? allowed.join(', ') : 'nothing else' } });
  }
}

/** @type {import('eslint').Rule.RuleModule} */
export const importZones = {
  meta: {
    type: 'problem',
    docs: { description: 'Layered imports in src/: shared < schema < core < ui < features < app; features meet through index.ts' },
    messages: {
      layer: "'{{specifier}}': src/{{from}} must not import src/{{to}} (it may import {{allowed}}).",
      featureEntry: "'{{specifier}}': another feature is imported through its public entry only (src/features/{{feature}}/index.ts).",
      testSupport: "'{{specifier}}': test support (src/test-utils) is for tests only.",
    },
    schema: [],
  },
  create(context) {
    return {
      ImportDeclaration: (node) => check(context, node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(context, node.source, node.source.value),
      ExportAllDeclaration: (node) => check(context, node.source, node.source.value),
      // A dynamic import() is a chunk entry of its own: it may load a file of another feature directly (through index.ts
      // the lazily loaded module would be bundled with everything the index exports).
      ImportExpression: (node) => node.source.type === 'Literal' && check(context, node.source, node.source.value, true),
    };
  },
};
