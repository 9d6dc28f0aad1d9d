import { isPlainMap } from '../../../shared/values';
import type { Rule } from '../types';
import { orList, problem } from './helpers';

/** The only connection kinds an artifacts store may have (docs; spec C.3 #6, D.2). */
const ARTIFACTS_STORE_KINDS = ['host_path', 'volume_claim', 's3', 'gcs', 'wasb'] as const;

/** Docs (not checked by the CLI or the agent): the artifacts store is a mount or a blob store. */
export const artifactsStoreKind: Rule = {
  id: 'artifacts-store-kind',
  supersedes: (issue) => issue.path === 'artifactsStore.kind',
  summary: 'The artifacts store kind is host_path, volume_claim, s3, gcs or wasb.',
  check(ctx) {
    const store = ctx.get('artifactsStore');
    if (!isPlainMap(store) || store.kind === undefined || store.kind === null || store.kind === '') return [];
    if ((ARTIFACTS_STORE_KINDS as readonly unknown[]).includes(store.kind)) return [];
    return [
      problem(this.id, 'artifactsStore', 'error', `The artifacts store has kind ${JSON.stringify(store.kind)}: it must be ${orList([...ARTIFACTS_STORE_KINDS])}. Put other kinds in connections.`),
    ];
  },
};
