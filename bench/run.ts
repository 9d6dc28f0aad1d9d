/**
 * `npm run bench`: runs every bench/*.ts module (except this runner and helpers
 * in bench/lib) and prints the figures each returns. Benches print figures and
 * budgets; they never fail a test on wall-clock time.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Figure } from './lib/figure';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];

const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .filter((f) => !only || f.includes(only))
  .sort();

const rows: Array<Figure & { bench: string }> = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default?: () => Promise<Figure[]> | Figure[] };
  if (typeof mod.default !== 'function') continue;
  const figures = await mod.default();
  for (const f of figures) rows.push({ ...f, bench: file.replace(/\.ts$/, '') });
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(3));
console.log('bench figures');
for (const r of rows) {
  const budget = r.budget === undefined ? '' : `  (budget ${fmt(r.budget)} ${r.unit}: ${r.value <= r.budget ? 'within' : 'OVER'})`;
  console.log(`  ${r.bench} / ${r.name}: ${fmt(r.value)} ${r.unit}${budget}${r.note ? `  — ${r.note}` : ''}`);
}
