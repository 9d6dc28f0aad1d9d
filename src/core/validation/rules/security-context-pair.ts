import type { Rule } from '../types';
import { problem } from './helpers';

/** The CLI treats 0 (and a missing value) as unset. */
function given(value: unknown): boolean {
  return value !== undefined && value !== null && value !== 0;
}

/**
 * CLI rule (spec C.3 #5): runAsUser and runAsGroup must be both set or both
 * unset. The CLI checks the pair in the file alone; the builder's CLI file
 * (cliCompatibleValues) writes both whenever either is written, at the values
 * Helm renders with, so checking the merged values here is the CLI's verdict
 * on that file (CLI 2.15.1: a file with only one of them is rejected).
 */
export const securityContextPair: Rule = {
  id: 'security-context-pair',
  summary: 'securityContext.runAsUser and runAsGroup (as Helm renders them, and as the CLI-compatible file writes them) are both set or both unset.',
  check(ctx) {
    const user = given(ctx.get('securityContext.runAsUser'));
    const group = given(ctx.get('securityContext.runAsGroup'));
    if (user === group) return [];
    const [missing, other] = user ? ['securityContext.runAsGroup', 'run-as user (UID)'] : ['securityContext.runAsUser', 'run-as group (GID)'];
    return [
      problem(
        this.id,
        missing,
        'error',
        `Set the ${user ? 'run-as group (GID)' : 'run-as user (UID)'} too: the Polyaxon CLI requires runAsUser and runAsGroup both set or both unset (0 counts as unset), and only the ${other} is set.`,
      ),
    ];
  },
};
