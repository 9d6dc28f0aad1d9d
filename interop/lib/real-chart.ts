import { existsSync } from 'node:fs';
import path from 'node:path';
import { HELM_BIN, INSTALL_HINT, REPO_ROOT, SHARED_DIR, TOOLS_DIR } from './paths';

/** The real agent chart archives of every release, read in place (never copied). */
const CHARTS_DIR = path.join(SHARED_DIR, 'charts');
const HELM4_BIN = process.env.INTEROP_HELM4 ?? path.join(TOOLS_DIR, 'bin', 'helm4');

/** The two Helm majors the real-chart checks render with. */
export const HELMS = [
  { name: 'helm3', bin: HELM_BIN },
  { name: 'helm4', bin: HELM4_BIN },
] as const;
export type HelmName = (typeof HELMS)[number]['name'];

export function realChartPath(version: string): string {
  return path.join(CHARTS_DIR, `agent-${version}.tgz`);
}

/** Why the real-chart checks cannot run here, or undefined when they can. */
export function realChartSkipReason(): string | undefined {
  for (const h of HELMS) {
    if (!existsSync(h.bin)) return `${INSTALL_HINT} (missing ${path.relative(REPO_ROOT, h.bin)})`;
  }
  if (!existsSync(realChartPath('2.15.1'))) return `real chart archives not found in ${CHARTS_DIR}`;
  return undefined;
}

/**
 * A readable diff of two renders: for each document (by `# Source:` and
 * position) that differs, the first differing lines with context.
 */
export function manifestDiff(expected: string, actual: string, context = 3, limit = 6): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    // Resynchronise on the next line both sides share within a window.
    let found: [number, number] | undefined;
    for (let d = 1; d < 400 && !found; d += 1) {
      for (let k = 0; k <= d; k += 1) {
        if (i + k < a.length && j + d - k < b.length && a[i + k] === b[j + d - k] && a[i + k] !== '') {
          found = [i + k, j + d - k];
          break;
        }
      }
    }
    const [ni, nj] = found ?? [a.length, b.length];
    out.push(`@@ expected line ${i + 1}, actual line ${j + 1}`);
    for (let c = Math.max(0, i - context); c < i; c += 1) out.push(`  ${a[c]}`);
    for (let c = i; c < ni; c += 1) out.push(`- ${a[c]}`);
    for (let c = j; c < nj; c += 1) out.push(`+ ${b[c]}`);
    i = ni;
    j = nj;
    if (out.filter((l) => l.startsWith('@@')).length >= limit) {
      out.push('... (more differences)');
      break;
    }
  }
  return out.join('\n');
}
