/**
 * How fast hostile or oversized input is refused by the import pipeline
 * (issue: a "billion laughs" must be rejected in under 100 ms, not expanded).
 */
import { loadValuesYaml } from '../src/core/import/safe-yaml';
import type { Figure } from './lib/figure';

function billionLaughs(levels: number): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < levels; i += 1) {
    const refs = Array.from({ length: 9 }, () => `*a${i - 1}`).join(',');
    lines.push(`a${i}: &a${i} [${refs}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** The first (cold) call and the median of the following runs, in ms. */
function timings(fn: () => void, runs: number): { cold: number; median: number } {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i += 1) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  const cold = samples[0] ?? 0;
  const rest = samples.slice(1).sort((a, b) => a - b);
  return { cold, median: rest[Math.floor(rest.length / 2)] ?? 0 };
}

function refused(text: string): void {
  const result = loadValuesYaml(text);
  if (result.ok) throw new Error('hostile input was accepted');
}

export default function hostileInput(): Figure[] {
  const laughs = billionLaughs(9);
  const deep = `${Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`;
  const big = `k: "${'x'.repeat(1_100_000)}"\n`;
  const cases: Array<[string, string]> = [
    ['billion laughs (9 levels, 9^9 nodes)', laughs],
    ['nesting 150 deep', deep],
    ['1.1 MB input', big],
  ];
  return cases.flatMap(([name, text]) => {
    const t = timings(() => refused(text), 20);
    return [
      { name: `${name} refused, first call (cold)`, value: t.cold, unit: 'ms', budget: 100 },
      { name: `${name} refused, median of 20`, value: t.median, unit: 'ms', budget: 100 },
    ];
  });
}
