import { describe } from 'vitest';
import { ruleTable } from '../../../test-utils/rule-table';
import { artifactsStoreKind } from './artifacts-store-kind';

describe('artifacts-store-kind', () => {
  ruleTable(artifactsStoreKind, [
    ['no store: fine', {}, []],
    ['an empty store map is unset: fine', { artifactsStore: {} }, []],
    ...(['host_path', 'volume_claim', 's3', 'gcs', 'wasb'] as const).map((kind) => [`kind ${kind}: fine`, { artifactsStore: { name: 'store', kind } }, []] as [string, object, []]),
    ['a git store', { artifactsStore: { name: 'store', kind: 'git' } }, [['artifactsStore', 'error', '"git"']]],
    ['a misspelled kind', { artifactsStore: { name: 'store', kind: 'S3' } }, [['artifactsStore', 'error', 'host_path, volume_claim, s3, gcs or wasb']]],
  ]);
});
