import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cycles, importEdges, moduleOf, type ImportEdge } from './import-graph';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** A cycle with the imports that make it, for the failure message. */
function explain(group: readonly string[], edges: readonly ImportEdge[], of: (file: string) => string): string {
  const inGroup = edges.filter((e) => of(e.from) !== of(e.to) && group.includes(of(e.from)) && group.includes(of(e.to)));
  return `${group.join(' <-> ')}\n${inGroup.map((e) => `  ${e.from} -> ${e.to}`).join('\n')}`;
}

describe('import cycles in src/ (test files left out: they may wire anything)', () => {
  const edges = importEdges(repoRoot, 'src', false);

  test('the graph is read (a broken reader would find no cycles at all)', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual({ from: 'src/core/values/output.ts', to: 'src/core/values/overlay.ts', exempt: false });
  });

  test('no cycle between modules (src/core/<name>, src/features/<name>, and the other layers)', () => {
    const counted = edges.filter((e) => !e.exempt);
    const found = cycles(counted.map((e) => [moduleOf(e.from), moduleOf(e.to)] as const));
    expect(found.map((g) => explain(g, counted, moduleOf))).toEqual([]);
  });

  test('the only imports exempted from the zone rule are the embed’s of the app theme (moving to src/ui/theme)', () => {
    expect([...new Set(edges.filter((e) => e.exempt).map((e) => e.to))].filter((to) => to !== 'src/app/theme.ts')).toEqual([]);
  });

  test('the cycle finder finds a cycle', () => {
    expect(
      cycles([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
      ]),
    ).toEqual([['a', 'b', 'c']]);
    expect(
      cycles([
        ['a', 'b'],
        ['b', 'c'],
      ]),
    ).toEqual([]);
  });
});
