// File and folder names are kebab-case (dots separate suffixes: `shell-quote.test.ts`, `v1.json`).
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The parts of a repo-relative path that are not kebab-case. */
function nonKebabParts(relativePath) {
  const segments = relativePath.split(/[\\/]/);
  const file = segments.pop() ?? '';
  return [...segments.filter((s) => !KEBAB.test(s)), ...(file.split('.').every((part) => KEBAB.test(part)) ? [] : [file])];
}

/** @type {import('eslint').Rule.RuleModule} */
export const fileNames = {
  meta: {
    type: 'suggestion',
    docs: { description: 'kebab-case file and folder names' },
    messages: { kebab: "'{{name}}' is not kebab-case (lower-case words joined by '-')." },
    schema: [],
  },
  create(context) {
    return {
      Program(node) {
        const rel = path.relative(ROOT, context.filename);
        if (rel.startsWith('..') || path.isAbsolute(rel)) return;
        for (const name of nonKebabParts(rel)) context.report({ node, loc: { line: 1, column: 0 }, messageId: 'kebab', data: { name } });
      },
    };
  },
};
