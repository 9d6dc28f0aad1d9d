import type { Rule } from '../types';
import { asList, nameOf, problem } from './helpers';

/** Chart (spec D.5): mountConnections names entries of `connections`; other names mount nothing. */
export const mountConnectionsExist: Rule = {
  id: 'mount-connections-exist',
  summary: 'Every name in mountConnections is a connection.',
  check(ctx) {
    const names = new Set(asList(ctx.get('connections')).map(nameOf));
    const store = nameOf(ctx.get('artifactsStore'));
    const out = [];
    for (const entry of asList(ctx.get('mountConnections'))) {
      if (typeof entry !== 'string' || names.has(entry)) continue;
      const message =
        entry === store
          ? `Mount connections lists "${entry}", the artifacts store: it is always mounted, and mountConnections only looks in connections.`
          : `Mount connections lists "${entry}", but no connection has that name: the chart mounts nothing for it.`;
      out.push(problem(this.id, 'mountConnections', 'warning', message));
    }
    return out;
  },
};
