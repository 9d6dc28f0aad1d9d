import { useEffect } from 'react';
import { shareState } from '../../core/share/codec';
import { buildFragment, parseFragment } from '../../core/share/fragment';
import type { Values } from '../../shared/values';
import { useFormPipeline } from '../builder';

/** The address bar is rewritten this long after the last change. */
const ADDRESS_SYNC_DELAY_MS = 400;

/** `#s=…` of the changed values without secrets (none when nothing changed), keeping a `field=` deep link. */
async function addressFragment(changed: Values, version: string, hash: string): Promise<string> {
  const { field } = parseFragment(hash);
  const state = Object.keys(changed).length > 0 ? (await shareState({ version, changed, includeSecrets: false })).fragment.slice('s='.length) : undefined;
  return buildFragment({ ...(state !== undefined ? { state } : {}), ...(field !== undefined ? { field } : {}) });
}

/**
 * Keeps the address bar's fragment in sync with the form (secrets always left
 * out), so the browser's own copy, bookmark and reload carry the current
 * state. Uses history.replaceState: no history entries, no hashchange event.
 * Mount inside <BuilderForm> (the main app only, not embeds).
 */
export function useAddressSync(): void {
  const pipeline = useFormPipeline();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let run = 0;
    const sync = () => {
      const mine = ++run;
      const { computed, version } = pipeline.getState();
      void addressFragment(computed.changed, version, window.location.hash).then((fragment) => {
        if (mine !== run) return;
        const url = `${window.location.pathname}${window.location.search}${fragment ? `#${fragment}` : ''}`;
        if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(window.history.state, '', url);
      });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(sync, ADDRESS_SYNC_DELAY_MS);
    };
    const unsubscribe = pipeline.subscribe(schedule);
    schedule();
    return () => {
      clearTimeout(timer);
      run += 1;
      unsubscribe();
    };
  }, [pipeline]);
}
