import type { Rule } from '../types';
import { problem } from './helpers';

/**
 * Chart behaviour, found by rendering the real charts: NOTES.txt compares
 * `gateway.service.type` and `deploymentType` as strings, which fails when
 * either is emptied ("wrong type for value; expected string"), so helm install
 * and helm template stop.
 */
const FIELDS = [
  ['gateway.service.type', 'a gateway Service type', 'Choose ClusterIP (the default), NodePort or LoadBalancer.'],
  ['deploymentType', 'a deployment type', 'Choose kubernetes (the default), minikube or microk8s.'],
] as const;

export const notesStringsSet: Rule = {
  id: 'notes-strings-set',
  summary: 'An emptied gateway.service.type or deploymentType breaks rendering (NOTES.txt).',
  check(ctx) {
    return FIELDS.flatMap(([path, what, fix]) => {
      const value = ctx.get(path);
      if (typeof value === 'string' && value !== '') return [];
      return [problem(this.id, path, 'error', `The chart needs ${what}: its install notes compare it as a string and Helm fails when it is empty ("wrong type for value"). ${fix}`)];
    });
  },
};
