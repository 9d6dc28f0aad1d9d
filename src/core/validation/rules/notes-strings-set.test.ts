import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { notesStringsSet } from './notes-strings-set';

describe('notes-strings-set', () => {
  ruleTable(notesStringsSet, [
    ['the defaults: fine', {}, []],
    ['NodePort: fine', { gateway: { service: { type: 'NodePort' } } }, []],
    ['service type emptied: the chart fails to render', { gateway: { service: { type: null } } }, [['gateway.service.type', 'error', 'Helm fails']]],
    ['deployment type emptied: the chart fails to render', { deploymentType: null }, [['deploymentType', 'error', 'Helm fails']]],
  ]);
});
