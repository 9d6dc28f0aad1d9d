import type { Rule } from '../types';
import { isSet, problem } from './helpers';

/**
 * Chart defect, found by rendering the real charts: without ingress and without `hostName`, the chart builds
 * POLYAXON_PLATFORM_HOST from the gateway Service, unquoted:
 * `POLYAXON_PLATFORM_HOST: http://<release>-polyaxon-gateway…:{{ .Values.gateway.service.port }}` (the nodePort
 * when the type is NodePort). With that port emptied the line ends in `:`, and Helm stops with "YAML parse error
 * on agent/templates/common-cm.yaml: mapping values are not allowed in this context" (every release 2.0.0–2.15.1).
 */
export const gatewayPortSet: Rule = {
  id: 'gateway-port-set',
  summary: 'An emptied gateway port breaks rendering when the platform host comes from the gateway Service.',
  check(ctx) {
    if (ctx.get('ingress.enabled') === true || isSet(ctx.get('hostName'))) return [];
    const nodePort = ctx.get('gateway.service.type') === 'NodePort';
    const path = nodePort ? 'gateway.service.nodePort' : 'gateway.service.port';
    if (isSet(ctx.get(path))) return [];
    return [
      problem(
        this.id,
        path,
        'error',
        `The chart needs the gateway ${nodePort ? 'node port' : 'Service port'}: without ingress or a host name it writes POLYAXON_PLATFORM_HOST as http://…-gateway…:<${nodePort ? 'nodePort' : 'port'}> unquoted, so an empty ${nodePort ? 'node port' : 'port'} leaves a trailing ":" and Helm fails with a YAML parse error. Set the ${nodePort ? 'node port (30000–32767)' : 'port (80 by default)'}, or enable ingress with a host name.`,
      ),
    ];
  },
};
