/**
 * `npm run bench [name]`: runs every bench/*.ts module (except this runner and
 * helpers in bench/lib), or those whose file name contains `name`, prints
 * their figures in one table (with the budgets) and writes bench/results.json.
 * `--readme` also puts the table into README.md (between the bench markers).
 * Benches print figures and budgets; they never fail on wall-clock time.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Figure } from './lib/figure';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const updateReadme = args.includes('--readme');
const only = args.find((a) => !a.startsWith('--'));

const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts')
  .filter((f) => !only || f.includes(only))
  .sort();

type Row = Figure & { bench: string };
const rows: Row[] = [];
const started = new Date();
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default?: () => Promise<Figure[]> | Figure[] };
  if (typeof mod.default !== 'function') continue;
  console.log(`bench: ${file} ...`);
  const figures = await mod.default();
  for (const f of figures) rows.push({ ...f, bench: file.replace(/\.ts$/, '') });
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10));
function status(r: Figure): string {
  if (r.budget === undefined) return '';
  const ok = r.higherIsBetter ? r.value >= r.budget : r.value <= r.budget;
  return ok ? 'within' : 'OVER';
}
const budgetText = (r: Figure) => (r.budget === undefined ? '' : `${r.higherIsBetter ? '≥' : '≤'} ${fmt(r.budget)}`);
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(list: readonly Row[]): string {
  const lines = ['| figure | value | budget | | notes |', '| --- | ---: | ---: | --- | --- |'];
  for (const r of list) lines.push(`| ${cell(r.name)} | ${fmt(r.value)} ${r.unit} | ${budgetText(r)} | ${status(r)} | ${cell(r.note ?? '')} |`);
  return lines.join('\n');
}

const main = rows.filter((r) => !r.detail);
const detail = rows.filter((r) => r.detail);
const [load1] = os.loadavg();
const machine = `${os.availableParallelism()} CPUs, load average ${load1?.toFixed(1)} when the run ended, Node ${process.version}`;
const text = [
  `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}. Timings rise with machine load; the bench never fails on them.`,
  '',
  table(main),
  ...(detail.length ? ['', '<details><summary>Per-row details</summary>', '', table(detail), '', '</details>'] : []),
].join('\n');
console.log(`\n${text}\n`);

if (!only) {
  const results = { measuredAt: started.toISOString(), machine, figures: rows.map(({ bench, ...f }) => ({ bench, ...f, status: status(f) || undefined })) };
  writeFileSync(path.join(here, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('bench: wrote bench/results.json');
}
if (updateReadme) {
  const readme = path.join(here, '..', 'README.md');
  const current = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const a = current.indexOf(start);
  const b = current.indexOf(end);
  if (a < 0 || b < a) console.error('bench: README.md has no bench markers; not updated');
  else {
    writeFileSync(readme, `${current.slice(0, a + start.length)}\n${text}\n${current.slice(b)}`);
    console.log('bench: updated the table in README.md');
  }
}
