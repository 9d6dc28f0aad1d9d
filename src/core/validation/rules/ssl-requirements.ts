import type { Problem, Rule } from '../types';
import { isSet, problem, show } from './helpers';

/**
 * Reference page ("NGINX for NodePort service"): SSL needs a secret with the
 * certificate, the gateway service type NodePort and its port set to 443.
 */
export const sslRequirements: Rule = {
  id: 'ssl-requirements',
  summary: 'ssl.enabled goes with ssl.secretName, a NodePort gateway service and port 443.',
  check(ctx) {
    if (ctx.get('ssl.enabled') !== true) return [];
    const out: Problem[] = [];
    if (!isSet(ctx.get('ssl.secretName'))) {
      out.push(problem(this.id, 'ssl.secretName', 'warning', 'SSL is enabled without a secret name: name the Secret that holds the certificate and key (for example polyaxon-cert).'));
    }
    const type = ctx.get('gateway.service.type') ?? 'ClusterIP';
    if (type !== 'NodePort') {
      out.push(
        problem(this.id, 'gateway.service.type', 'warning', `SSL is meant for a NodePort gateway service (the reference page says to set the type to NodePort), but the type is ${show(type)}.`),
      );
    }
    const port = ctx.get('gateway.service.port');
    if (port !== 443) {
      out.push(problem(this.id, 'gateway.service.port', 'warning', `SSL is enabled but the gateway service port is ${show(port)}: the reference page says to set it to 443.`));
    }
    return out;
  },
};
