import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { externalHost } from './external-host';

describe('external-host', () => {
  ruleTable(externalHost, [
    ['unset: fine', {}, []],
    ['a bare host: fine', { externalServices: { api: { host: 'cloud.polyaxon.com', port: 443 } } }, []],
    ['an IP: fine', { externalServices: { gateway: { host: '10.0.0.12' } } }, []],
    ['a URL with a scheme', { externalServices: { api: { host: 'https://cloud.polyaxon.com/' } } }, [['externalServices.api.host', 'error', 'Write cloud.polyaxon.com']]],
    ['a host with a port', { externalServices: { gateway: { host: 'gw.acme.com:8000' } } }, [['externalServices.gateway.host', 'error', 'no scheme, path or port']]],
  ]);
});
