import type { Rule } from '../types';
import { asList, problem } from './helpers';

/** Chart defect (spec A.14 #1): any non-empty `ingress.extraPaths` makes the Ingress template fail to render. */
export const ingressExtraPaths: Rule = {
  id: 'ingress-extra-paths',
  summary: 'Non-empty ingress.extraPaths breaks rendering.',
  check(ctx) {
    if (asList(ctx.get('ingress.extraPaths')).length === 0) return [];
    const enabled = ctx.get('ingress.enabled') === true;
    return [
      problem(
        this.id,
        'ingress.extraPaths',
        enabled ? 'error' : 'warning',
        `Extra paths break the chart: its Ingress template fails to render when this list is non-empty (it reads .Values inside the loop; verified on chart 2.15.1)${enabled ? '' : ', as soon as ingress is enabled'}. Leave it empty.`,
      ),
    ];
  },
};
