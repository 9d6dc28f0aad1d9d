import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { helmMerge } from '../../src/core/values/helm-merge';
import { isPlainMap, type Values } from '../../src/shared/values';
import { diffValues, formatDiffs } from '../lib/diff';
import { helmTemplate } from '../lib/helm';
import { announceSkip, helmSkipReason } from '../lib/paths';
import { mapLimit, PARALLEL } from '../lib/process';
import { runCount, runSeed } from '../lib/seed';
import { renderedValues, scratchDir, testChartWithDefaults } from '../lib/test-chart';

/**
 * helmMerge (src/core/values/helm-merge.ts) against Helm's own coalescing, on
 * random trees full of the cases that differ between tools: nulls in the chart
 * defaults and in the user file, empty maps and lists, maps over scalars and
 * the reverse, at the top level and nested.
 */
const skip = announceSkip('helmMerge vs helm', helmSkipReason());

const key = fc.constantFrom('a', 'b', 'c', 'd');
const scalar = fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 5 }), fc.constantFrom('x', 'y', ''), fc.boolean());
const tree = fc.letrec<{ node: unknown; map: Values }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: scalar, weight: 4 },
    { arbitrary: fc.constant({}), weight: 1 },
    { arbitrary: fc.constant([]), weight: 1 },
    { arbitrary: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 2 }), weight: 1 },
    { arbitrary: tie('map'), weight: 3 },
  ),
  map: fc.dictionary(key, tie('node'), { maxKeys: 4 }) as fc.Arbitrary<Values>,
}));

/** A user file built over `defaults`: per key null, dropped, replaced, recursed into, or kept; plus new keys. */
function userOver(defaults: Values): fc.Arbitrary<Values> {
  const entries = Object.entries(defaults).map(([k, d]) =>
    fc.oneof(fc.constant<unknown>(null), fc.constant<unknown>(undefined), tree.node, isPlainMap(d) ? userOver(d) : fc.constant<unknown>(d)).map((v) => [k, v] as const),
  );
  return fc.tuple(fc.tuple(...entries), tree.map).map(([kept, extra]) => {
    const out: Values = {};
    for (const [k, v] of kept) if (v !== undefined) out[k] = v;
    for (const [k, v] of Object.entries(extra)) if (!(k in out)) out[k] = v;
    return out;
  });
}

interface Case {
  defaults: Values;
  user: Values;
}

describe.skipIf(skip)('helmMerge agrees with helm template -f', () => {
  test('random defaults and user values', { timeout: 300_000 }, async () => {
    const seed = runSeed('helmMerge vs helm');
    const cases: Case[] = fc.sample(
      tree.map.chain((defaults) => userOver(defaults).map((user) => ({ defaults, user }))),
      { seed, numRuns: runCount(150) },
    );
    const scratch = scratchDir();
    const failures: string[] = [];
    await mapLimit(cases, PARALLEL, async (c, i) => {
      const chart = testChartWithDefaults(`merge-${i}`, c.defaults);
      const dir = path.join(scratch, `merge-${i}`);
      mkdirSync(dir, { recursive: true });
      const userFile = path.join(dir, 'user.yaml');
      writeFileSync(userFile, `${JSON.stringify(c.user)}\n`);
      const result = await helmTemplate(['r', chart, '-f', userFile], scratch);
      const expected = helmMerge(c.defaults, c.user);
      let problem: string | undefined;
      if (result.code !== 0) problem = `helm exited ${result.code}:\n${result.stderr}`;
      else {
        const actual = renderedValues(result.stdout);
        const diffs = diffValues(expected, actual);
        if (diffs.length > 0) problem = `differences (expected = helmMerge):\n${formatDiffs(diffs)}\nHelm rendered: ${JSON.stringify(actual)}`;
      }
      if (problem) {
        failures.push([`case ${i}`, `chart defaults: ${JSON.stringify(c.defaults)}`, `user values (-f): ${JSON.stringify(c.user)}`, `helmMerge: ${JSON.stringify(expected)}`, problem].join('\n'));
      }
    });
    expect(failures.length, `${failures.length}/${cases.length} cases differ (seed ${seed}; replay with SEED=${seed}):\n\n${failures.slice(0, 5).join('\n\n')}`).toBe(0);
  });
});
