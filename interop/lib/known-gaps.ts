import type { CliResult } from './cli';

/**
 * Disagreements this suite found between our validation and the Polyaxon CLI
 * 2.15.1 that belong to other modules (validation, CLI-compatible output,
 * schema): mostly files we accept and the CLI rejects. Random configs that hit only these are
 * counted and printed, not failed; docs/validation-parity.md lists each with a
 * reproducible example (cli-parity.interop.test.ts). Remove an entry once it
 * is fixed: that parity row then fails until its `knownGap` flag goes too.
 */
export interface KnownGap {
  id: string;
  summary: string;
  /** Where a fix belongs. */
  owner: string;
  /** Whether one CLI error (pydantic loc and type) is this gap; absent for gaps where we are the stricter side. */
  matches?(error: { loc: string; type: string; msg: string }): boolean;
}

export const KNOWN_GAPS: readonly KnownGap[] = [
  {
    id: 'resources-null',
    summary:
      'Emptying a CPU/memory request or limit of agent, gateway, operator, notifier, cleaner or init writes `null` (to delete the chart default); the CLI types those values as strings and rejects null (sidecar.resources is a free dict and passes).',
    owner: 'src/core/validation/cli-problems.ts (flag it) or src/core/values/cli-compatible.ts (write the chart default instead of null)',
    matches: (e) => /(^|\.)resources\.(limits|requests)\.[^.]+$/.test(e.loc) && e.type === 'string_type',
  },
];

/** The known gaps that explain every error of a rejected file, or undefined when something else is wrong. */
export function explainByKnownGaps(result: CliResult): KnownGap[] | undefined {
  if (result.valid || result.errors.length === 0) return undefined;
  const found = new Set<KnownGap>();
  for (const e of result.errors) {
    const gap = KNOWN_GAPS.find((g) => g.matches?.(e) === true);
    if (!gap) return undefined;
    found.add(gap);
  }
  return [...found];
}
