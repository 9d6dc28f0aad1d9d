import { compareVersions } from '../../../schema/chart-versions';
import type { Rule } from '../types';
import { asList, problem } from './helpers';

/**
 * Chart defect, found by rendering the real charts (interop/tests/real-chart):
 * in releases 2.10.0 to 2.14.0, templates/runs-sa-cluster.yaml includes
 * "config.agent.serviceAccountImagePullSecrets" with `.` inside
 * `range .Values.agent.additionalNamespaces`, where `.` is the namespace string,
 * so any non-empty agent.additionalNamespaces fails to render
 * ("can't evaluate field Values in type string"). 2.14.1 fixed it.
 */
const BROKEN_FROM = '2.10.0';
const FIXED_IN = '2.14.1';

export const additionalNamespacesRender: Rule = {
  id: 'additional-namespaces-render',
  summary: 'Non-empty agent.additionalNamespaces breaks rendering in chart 2.10.0–2.14.0.',
  check(ctx) {
    if (asList(ctx.get('agent.additionalNamespaces')).length === 0) return [];
    if (compareVersions(ctx.version, BROKEN_FROM) < 0 || compareVersions(ctx.version, FIXED_IN) >= 0) return [];
    return [
      problem(
        this.id,
        'agent.additionalNamespaces',
        'error',
        `Chart ${ctx.version} fails to render with additional namespaces: its runs service-account template reads .Values inside the namespace loop ("can't evaluate field Values in type string"; releases ${BROKEN_FROM} to 2.14.0). Use chart ${FIXED_IN} or later, or leave the list empty.`,
      ),
    ];
  },
};
