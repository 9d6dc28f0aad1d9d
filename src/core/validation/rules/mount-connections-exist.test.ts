import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { mountConnectionsExist } from './mount-connections-exist';

const conn = (name: string) => ({ name, kind: 'volume_claim', schema: { volumeClaim: 'pvc', mountPath: '/data' } });

describe('mount-connections-exist', () => {
  ruleTable(mountConnectionsExist, [
    ['nothing mounted: fine', { connections: [conn('data')] }, []],
    ['mounts a connection: fine', { connections: [conn('data')], mountConnections: ['data'] }, []],
    ['mounts an unknown name', { connections: [conn('data')], mountConnections: ['data', 'dta'] }, [['mountConnections', 'warning', '"dta"']]],
    ['mounts the artifacts store', { artifactsStore: conn('store'), mountConnections: ['store'] }, [['mountConnections', 'warning', 'always mounted']]],
  ]);
});
