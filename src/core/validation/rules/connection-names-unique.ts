import type { Rule } from '../types';
import { asList, nameOf, problem } from './helpers';

/**
 * Agent start-up (spec C.3 #4, D.1): connection names must be unique across
 * `artifactsStore` and `connections`; the agent refuses to start otherwise.
 */
export const connectionNamesUnique: Rule = {
  id: 'connection-names-unique',
  supersedes: (issue) => issue.path === 'connections.*.name' && issue.code === 'custom',
  summary: 'Connection names are unique across the artifacts store and the connections.',
  check(ctx) {
    const places = new Map<string, string[]>();
    const add = (name: string | undefined, where: string) => {
      if (name === undefined) return;
      places.set(name, [...(places.get(name) ?? []), where]);
    };
    add(nameOf(ctx.get('artifactsStore')), 'the artifacts store');
    asList(ctx.get('connections')).forEach((item, i) => add(nameOf(item), `connection ${i + 1}`));
    const out = [];
    for (const [name, where] of places) {
      if (where.length < 2) continue;
      out.push(
        problem(
          this.id,
          'connections',
          'error',
          `Connection name "${name}" is used by ${where.join(' and ')}: names must be unique across the artifacts store and the connections, or the agent refuses to start.`,
        ),
      );
    }
    return out;
  },
};
