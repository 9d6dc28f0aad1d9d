import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { connectionNamesUnique } from './connection-names-unique';

const s3 = (name: string) => ({ name, kind: 's3', schema: { bucket: 's3://b' } });

describe('connection-names-unique', () => {
  ruleTable(connectionNamesUnique, [
    ['no connections: fine', {}, []],
    ['distinct names: fine', { artifactsStore: s3('store'), connections: [s3('a'), s3('b')] }, []],
    ['store and a connection share a name', { artifactsStore: s3('data'), connections: [s3('a'), s3('data')] }, [['connections', 'error', 'the artifacts store and connection 2']]],
    [
      'two connections share a name, twice',
      { connections: [s3('x'), s3('x'), s3('y'), s3('y')] },
      [
        ['connections', 'error', '"x" is used by connection 1 and connection 2'],
        ['connections', 'error', '"y"'],
      ],
    ],
  ]);
});
