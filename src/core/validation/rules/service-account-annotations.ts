import { compareVersions } from '../../../schema/chart-versions';
import { isPlainMap } from '../../values/types';
import type { Rule } from '../types';
import { problem } from './helpers';

/**
 * Chart defect, found by rendering the real charts: "config.agent.serviceAccountAnnotations" (2.1.8 and later) writes
 * `annotations:` then `  {{ toYaml .Values.agent.serviceAccountAnnotations | indent 2 }}`, and every service account
 * includes it with `indent 2`, so the first annotation lands two spaces deeper than the others. One annotation
 * renders; from the second one on, Helm stops with "YAML parse error on agent/templates/…-sa….yaml: did not find
 * expected key". The service accounts exist whenever rbac.enabled is on (the runs service account always does).
 */
export const SINCE = '2.1.8';

export const serviceAccountAnnotations: Rule = {
  id: 'service-account-annotations',
  summary: 'Two or more agent.serviceAccountAnnotations break rendering (chart 2.1.8 and later) when rbac is on.',
  check(ctx) {
    const annotations = ctx.get('agent.serviceAccountAnnotations');
    if (!isPlainMap(annotations) || Object.keys(annotations).length < 2) return [];
    if (compareVersions(ctx.version, SINCE) < 0 || ctx.get('rbac.enabled') !== true) return [];
    return [
      problem(
        this.id,
        'agent.serviceAccountAnnotations',
        'error',
        `Chart ${ctx.version} fails to render more than one service account annotation: it indents the first one deeper than the others ("did not find expected key" in the service account templates). Keep a single annotation here and add the others with kubectl annotate serviceaccount after installing.`,
      ),
    ];
  },
};
