import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { ingressHostRequired } from './ingress-host-required';

describe('ingress-host-required', () => {
  ruleTable(ingressHostRequired, [
    ['ingress off, no host: fine', {}, []],
    ['ingress on with a host: fine', { ingress: { enabled: true, hostName: 'polyaxon.acme.com' } }, []],
    ['ingress on without a host', { ingress: { enabled: true } }, [['ingress.hostName', 'error', 'null POLYAXON_PLATFORM_HOST']]],
    ['ingress on with an emptied host', { ingress: { enabled: true, hostName: '' } }, [['ingress.hostName', 'error']]],
  ]);
});
