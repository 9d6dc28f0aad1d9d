import type { Rule } from '../types';
import { problem } from './helpers';

const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;

/** Kubernetes: node ports come from the API server's service-node-port-range, 30000–32767 by default. */
export const nodePortRange: Rule = {
  id: 'node-port-range',
  supersedes: (issue) => issue.path === 'gateway.service.nodePort' && (issue.code === 'too_small' || issue.code === 'too_big'),
  summary: 'The node port is in 30000–32767.',
  check(ctx) {
    const nodePort = ctx.get('gateway.service.nodePort');
    if (typeof nodePort !== 'number' || !Number.isInteger(nodePort)) return [];
    if (nodePort >= NODE_PORT_MIN && nodePort <= NODE_PORT_MAX) return [];
    const used = ctx.get('gateway.service.type') === 'NodePort';
    return [
      problem(
        this.id,
        'gateway.service.nodePort',
        used ? 'error' : 'warning',
        `Node port ${nodePort} is outside ${NODE_PORT_MIN}–${NODE_PORT_MAX}, the default node port range: ${used ? 'Kubernetes would reject the gateway Service' : 'it is unused while the type is not NodePort, but would be rejected once it is'}.`,
      ),
    ];
  },
};
