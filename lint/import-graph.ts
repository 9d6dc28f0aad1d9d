import fs from 'node:fs';
import path from 'node:path';

/** One relative import of a source file: the importing file and the file it resolves to (repo-relative, '/'). */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  /** The import carries an `eslint-disable-next-line architecture/import-zones -- <reason>` exemption. */
  readonly exempt: boolean;
}

const EXEMPTION = /eslint-disable-next-line architecture\/import-zones\b[^\n]*\n[^\n]*$/;

const SOURCE = /\.(?:ts|tsx)$/;
/**
 * Relative specifiers of the imports that exist at run time: `import … from`, `export … from`, side-effect
 * imports and dynamic import(). Type-only imports (`import type`, `export type`) are erased and left out.
 */
const SPECIFIER = /(?:^\s*(?:import|export)\b(?!\s+type\b)[^;'"]*?from\s*|^\s*import\s*|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (SOURCE.test(entry.name)) out.push(full);
  }
  return out;
}

function resolve(fromFile: string, specifier: string): string | undefined {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Every relative import between the source files under `dir` (test files included when `withTests`). */
export function importEdges(root: string, dir: string, withTests: boolean): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(path.join(root, dir))) {
    if (!withTests && /\.test\.tsx?$/.test(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(SPECIFIER)) {
      const target = resolve(file, match[1] as string);
      if (!target) continue;
      const exempt = EXEMPTION.test(text.slice(0, (match.index ?? 0) + match[0].length));
      edges.push({ from: path.relative(root, file).split(path.sep).join('/'), to: path.relative(root, target).split(path.sep).join('/'), exempt });
    }
  }
  return edges;
}

/** The module a file belongs to: src/core/<name> and src/features/<name>, else its layer (src/schema, src/ui, ...). */
export function moduleOf(file: string): string {
  const parts = file.split('/');
  return parts[1] === 'core' || parts[1] === 'features' ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/');
}

/** Strongly connected groups of more than one node (Tarjan): each is an import cycle. */
export function cycles(edges: readonly (readonly [string, string])[]): string[][] {
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) if (a !== b) next.set(a, [...(next.get(a) ?? []), b]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) found.push(group.sort());
  };
  for (const v of new Set(edges.flat())) if (!index.has(v)) visit(v);
  return found;
}
