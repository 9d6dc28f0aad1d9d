import type { Rule } from '../types';
import { problem } from './helpers';

/** CLI (spec B5): deploymentVersion makes `polyaxon admin deploy` pass `--version`; it should be the release these values are for. */
export const deploymentVersion: Rule = {
  id: 'deployment-version',
  summary: 'deploymentVersion matches the selected chart release.',
  check(ctx) {
    const value = ctx.get('deploymentVersion');
    // Other types are the schema's to report.
    if ((typeof value !== 'string' && typeof value !== 'number') || value === '') return [];
    const text = String(value);
    if (text === ctx.version) return [];
    const message =
      text === 'latest'
        ? `Deployment version "latest" makes the Polyaxon CLI install whatever chart is newest, not ${ctx.version}, the release these values are written for. Set it to "${ctx.version}".`
        : `Deployment version "${text}" differs from the chart release selected here (${ctx.version}): the Polyaxon CLI would install ${text} with values written for ${ctx.version}.`;
    return [problem(this.id, 'deploymentVersion', 'warning', message)];
  },
};
