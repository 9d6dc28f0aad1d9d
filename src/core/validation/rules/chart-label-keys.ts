import { isPlainMap } from '../../values/types';
import type { Problem, Rule } from '../types';
import { problem } from './helpers';

/**
 * Chart behaviour, found by rendering the real charts (interop/tests/real-chart, chart-defects): the chart writes its
 * own labels and annotations on the Deployments, their pods, the Ingress and the clean-up Job, then appends the
 * user's maps below them with `toYaml`. A user key the chart already sets is written a second time in the same
 * mapping: the manifest holds a duplicated YAML key. Helm renders it, but YAML readers disagree on it (go-yaml v2
 * keeps the last value, YAML 1.2 readers and `kubectl` validation refuse it), and overriding the chart's own labels
 * can detach pods from the chart's selectors. The key lists are what every release 2.0.0–2.15.1 writes
 * (interop/tests/chart-defects checks them against the rendered chart).
 */
export const CHART_LABEL_KEYS: readonly string[] = [
  'app.kubernetes.io/component',
  'app.kubernetes.io/instance',
  'app.kubernetes.io/managed-by',
  'app.kubernetes.io/name',
  'app.kubernetes.io/part-of',
  'app.kubernetes.io/version',
  'heritage',
  'release',
];

export const CHART_ANNOTATION_KEYS: readonly string[] = [
  'chart',
  'checksum/agent-config',
  'checksum/agent-secrets',
  'checksum/common-config',
  'checksum/common-secrets',
  'checksum/proxies-config',
  'helm.sh/hook',
  'helm.sh/hook-delete-policy',
  'helm.sh/hook-weight',
];

const LABEL_MAPS = ['labels', 'agent.labels', 'gateway.labels', 'operator.labels', 'ingress.labels'] as const;
const ANNOTATION_MAPS = ['annotations', 'agent.annotations', 'gateway.annotations', 'operator.annotations'] as const;

export const chartLabelKeys: Rule = {
  id: 'chart-label-keys',
  summary: 'User labels and annotations must not repeat a key the chart sets itself (duplicated mapping keys).',
  check(ctx) {
    const problems: Problem[] = [];
    const scan = (paths: readonly string[], chartKeys: readonly string[], what: 'label' | 'annotation') => {
      for (const path of paths) {
        const map = ctx.get(path);
        if (!isPlainMap(map)) continue;
        const repeated = Object.keys(map).filter((k) => chartKeys.includes(k));
        if (repeated.length === 0) continue;
        const list = repeated.map((k) => `\`${k}\``).join(', ');
        problems.push(
          problem(
            this.id,
            path,
            'warning',
            `The chart sets the ${what}${repeated.length > 1 ? 's' : ''} ${list} itself, and writes yours below it in the same manifests, so each appears twice (a duplicated YAML key): readers disagree on which value wins, strict ones refuse the manifest, and the chart's selectors may no longer match. Use ${repeated.length > 1 ? 'other keys' : 'another key'}.`,
          ),
        );
      }
    };
    scan(LABEL_MAPS, CHART_LABEL_KEYS, 'label');
    scan(ANNOTATION_MAPS, CHART_ANNOTATION_KEYS, 'annotation');
    return problems;
  },
};
