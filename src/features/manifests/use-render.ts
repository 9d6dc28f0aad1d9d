import { useEffect, useRef, useState } from 'react';
import { maskRandomSecrets } from '../../core/manifests/random-output';
import type { RenderClient } from './render-client';

export type RenderState =
  | { readonly status: 'idle' }
  | { readonly status: 'rendering'; readonly previous?: { manifests: string; ms: number } }
  | { readonly status: 'done'; readonly manifests: string; readonly ms: number }
  | { readonly status: 'error'; readonly error: string; readonly notBuilt: boolean };

export interface RenderInput {
  readonly chart: Uint8Array;
  readonly values: string;
  readonly release: string;
  readonly namespace: string;
  readonly kubeVersion: string;
}

/** Milliseconds of quiet typing before a render starts. */
const RENDER_DEBOUNCE_MS = 400;

/**
 * Renders `input` in the worker, debounced; the last result stays visible while
 * a newer render runs. The chart's random secrets are masked (they change on
 * every render and would show as a change in every diff).
 */
export function useRender(client: RenderClient, input: RenderInput | undefined, lane: string): RenderState {
  const [state, setState] = useState<RenderState>({ status: 'idle' });
  const last = useRef<{ manifests: string; ms: number } | undefined>(undefined);
  const { chart, values, release, namespace, kubeVersion } = input ?? {};
  useEffect(() => {
    if (!chart || values === undefined || !release || !namespace || !kubeVersion) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    setState({ status: 'rendering', ...(last.current ? { previous: last.current } : {}) });
    const timer = setTimeout(() => {
      void client.render({ chart, values, release, namespace, kubeVersion }, lane).then((outcome) => {
        if (!live || outcome.kind === 'superseded') return;
        if (outcome.kind === 'ok') {
          last.current = { manifests: maskRandomSecrets(outcome.manifests), ms: outcome.ms };
          setState({ status: 'done', ...last.current });
        } else setState({ status: 'error', error: outcome.error, notBuilt: outcome.notBuilt });
      });
    }, RENDER_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, chart, values, release, namespace, kubeVersion, lane]);
  return state;
}
