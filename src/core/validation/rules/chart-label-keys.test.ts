import { describe } from 'vitest';
import { ruleTable } from '../testing/rule-table';
import { chartLabelKeys } from './chart-label-keys';

describe('chart-label-keys', () => {
  ruleTable(chartLabelKeys, [
    ['defaults: fine', {}, []],
    ['own keys: fine', { labels: { team: 'ml' }, annotations: { 'example.com/owner': 'ml' } }, []],
    ['a global label the chart sets', { labels: { 'app.kubernetes.io/part-of': '0755', team: 'ml' } }, [['labels', 'warning', '`app.kubernetes.io/part-of`']]],
    [
      'component labels and annotations',
      { agent: { labels: { release: 'x', heritage: 'y' } }, gateway: { annotations: { 'checksum/common-config': 'x' } } },
      [
        ['agent.labels', 'warning', 'labels `release`, `heritage`'],
        ['gateway.annotations', 'warning', 'annotation `checksum/common-config`'],
      ],
    ],
    ['ingress labels', { ingress: { labels: { 'app.kubernetes.io/name': 'x' } } }, [['ingress.labels', 'warning', 'duplicated YAML key']]],
    ['a label key used as an annotation is fine', { annotations: { release: 'x' } }, []],
  ]);
});
