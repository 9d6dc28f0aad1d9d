import { isEmptyValue, isPlainMap } from '../../../shared/values';
import type { Rule } from '../types';
import { problem } from './helpers';

/**
 * Chart behaviour, found by rendering the real charts: without an
 * `artifactsStore`, the gateway mounts `defaultArtifactsStore`
 * (templates/partials/_stores.tpl reads .Values.defaultArtifactsStore.schema.mountPath),
 * so emptying that default map while no artifactsStore is set fails to render
 * ("nil pointer evaluating interface {}.schema").
 */
export const defaultArtifactsStore: Rule = {
  id: 'default-artifacts-store',
  summary: 'An emptied defaultArtifactsStore with no artifactsStore breaks rendering.',
  check(ctx) {
    if (ctx.get('agent.enabled') === false) return [];
    if (!isEmptyValue(ctx.get('artifactsStore'))) return [];
    const store = ctx.get('defaultArtifactsStore');
    if (isPlainMap(store) && isPlainMap(store.schema)) return [];
    return [
      problem(
        this.id,
        'defaultArtifactsStore',
        'error',
        'The chart mounts the default artifacts store when no artifacts store is set, and fails to render without it ("nil pointer evaluating interface {}.schema"). Set an artifacts store, or keep the default one.',
      ),
    ];
  },
};
