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

/** None open: the gaps found so far (resources-null, connection-env-shape, security-context-pair-in-file, is-alias-accepted) are fixed. */
export const KNOWN_GAPS: readonly KnownGap[] = [];

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
