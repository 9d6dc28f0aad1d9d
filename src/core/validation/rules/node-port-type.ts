import { fieldDefault } from '../../../schema/defaults';
import { isField } from '../../../schema/walk';
import { nodeById } from '../../fields/node-index';
import { deepEqual } from '../../../shared/values';
import type { Rule } from '../types';
import { problem, show } from './helpers';

function chartDefault(path: string, version: string): unknown {
  const node = nodeById(path);
  return node && isField(node) ? fieldDefault(node.meta, version).value : undefined;
}

/** Chart: `gateway.service.nodePort` is written only when the service type is exactly NodePort. */
export const nodePortType: Rule = {
  id: 'node-port-type',
  summary: 'A changed node port only matters with a NodePort service.',
  check(ctx) {
    const nodePort = ctx.get('gateway.service.nodePort');
    if (nodePort === undefined || deepEqual(nodePort, chartDefault('gateway.service.nodePort', ctx.version))) return [];
    const type = ctx.get('gateway.service.type') ?? 'ClusterIP';
    if (type === 'NodePort') return [];
    return [problem(this.id, 'gateway.service.nodePort', 'warning', `The node port is only used when the gateway service type is NodePort (it is ${show(type)}), so this value has no effect.`)];
  },
};
