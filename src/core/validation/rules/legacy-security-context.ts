import type { Problem, Rule } from '../types';
import { problem, show } from './helpers';

const LEGACY = [
  ['securityContext.user', 'runAsUser', 'UID'],
  ['securityContext.group', 'runAsGroup', 'GID'],
] as const;

/**
 * Chart (spec B3, A.14 #11): the reference page's `securityContext.user/group`
 * override only the pods' runAsUser/runAsGroup; fsGroup and the runs keep
 * runAsUser/runAsGroup (2222 by default).
 */
export const legacySecurityContext: Rule = {
  id: 'legacy-security-context',
  summary: 'securityContext.user/group only partly work: use runAsUser/runAsGroup.',
  check(ctx) {
    const out: Problem[] = [];
    for (const [path, key, what] of LEGACY) {
      const value = ctx.get(path);
      if (value === undefined) continue;
      const current = ctx.get(`securityContext.${key}`);
      out.push(
        problem(
          this.id,
          path,
          'warning',
          `The legacy ${path} changes only the pods' ${what}: runs still get ${key} (${show(current)}) and fsGroup is unchanged. Set securityContext.${key} instead and clear this one.`,
        ),
      );
    }
    return out;
  },
};
