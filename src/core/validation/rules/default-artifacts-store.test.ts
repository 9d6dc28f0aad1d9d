import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { defaultArtifactsStore } from './default-artifacts-store';

const store = { name: 'store', kind: 'volume_claim', schema: { volumeClaim: 'pvc', mountPath: '/data' } };

describe('default-artifacts-store', () => {
  ruleTable(defaultArtifactsStore, [
    ['chart defaults: fine', {}, []],
    ['default store emptied, no store: fails to render', { defaultArtifactsStore: null }, [['defaultArtifactsStore', 'error', 'fails to render']]],
    ['default store emptied, a real store set: fine', { defaultArtifactsStore: null, artifactsStore: store }, []],
    ['default store emptied, agent disabled: nothing mounted', { defaultArtifactsStore: null, agent: { enabled: false } }, []],
  ]);
});
