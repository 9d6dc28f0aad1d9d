import { allNodes } from '../../../schema/defaults';
import { isGroup, type GroupNode } from '../../../schema/walk';
import { existsWithAncestors, nodeById } from '../../fields/node-index';
import { compareQuantities, parseQuantity } from '../quantity';
import type { Problem, Rule } from '../types';
import { problem, show } from './helpers';

const RESOURCES = ['cpu', 'memory'] as const;

/** Every `resources` block of the schema that has both limits and requests of CPU and memory (agent, gateway, operator, …). */
const resourceBlocks: readonly GroupNode[] = allNodes()
  .filter(isGroup)
  .filter((g) => g.path[g.path.length - 1] === 'resources' && RESOURCES.every((r) => nodeById(`${g.id}.limits.${r}`) && nodeById(`${g.id}.requests.${r}`)));

function label(id: string): string {
  return nodeById(id)?.meta.label ?? id;
}

/**
 * Kubernetes refuses a container whose request is above its limit (`must be
 * less than or equal to cpu limit`), so the Deployment never gets a pod. The
 * blocks come from the schema: a new component's resources are checked too.
 * Limits the chart drops (`limitResources: false`) are not compared.
 */
export const resourceRequestLimit: Rule = {
  id: 'resource-request-limit',
  summary: 'A CPU or memory request is not above its limit, in every resources block the chart writes limits for.',
  check(ctx) {
    const out: Problem[] = [];
    for (const block of resourceBlocks) {
      if (!existsWithAncestors(block, ctx.version)) continue;
      const gate = block.meta.limitsAppliedWhen;
      if (gate !== undefined && ctx.get(gate) === false) continue;
      for (const r of RESOURCES) {
        const requestPath = `${block.id}.requests.${r}`;
        const limitPath = `${block.id}.limits.${r}`;
        const request = ctx.get(requestPath);
        const limit = ctx.get(limitPath);
        const q = parseQuantity(request);
        const l = parseQuantity(limit);
        if (!q || !l || compareQuantities(q, l) <= 0) continue;
        out.push(
          problem(
            this.id,
            requestPath,
            'error',
            `${label(requestPath)} (${show(request)}) is above its limit (${show(limit)}, ${label(limitPath)}): Kubernetes refuses a container whose request exceeds its limit, so no pod starts. Lower the request or raise the limit.`,
          ),
        );
      }
    }
    return out;
  },
};
