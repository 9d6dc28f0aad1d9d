import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { ingressExtraPaths } from './ingress-extra-paths';

const extra = [{ path: '/*', backend: { service: { name: 'ssl-redirect', port: 443 } } }];

describe('ingress-extra-paths', () => {
  ruleTable(ingressExtraPaths, [
    ['empty list: fine', { ingress: { enabled: true, hostName: 'a.b' } }, []],
    ['extra paths with ingress on: the chart fails to render', { ingress: { enabled: true, extraPaths: extra } }, [['ingress.extraPaths', 'error', 'fails to render']]],
    ['extra paths with ingress off: not rendered yet', { ingress: { extraPaths: extra } }, [['ingress.extraPaths', 'warning', 'as soon as ingress is enabled']]],
  ]);
});
