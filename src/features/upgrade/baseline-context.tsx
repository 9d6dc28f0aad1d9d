import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { KeyValueStorage } from '../../core/autosave/storage';
import type { DeployedBaseline } from '../../core/upgrade/baseline';
import { createBaselineStore } from '../../core/upgrade/baseline-store';

interface BaselineContextValue {
  readonly baseline: DeployedBaseline | undefined;
  setBaseline(baseline: DeployedBaseline | undefined): void;
}

const BaselineContext = createContext<BaselineContextValue | null>(null);

/**
 * Holds the deployed baseline of the last import; lives outside <BuilderForm>,
 * so it survives the form being mounted anew. With a `storage` (the app
 * passes localStorage) it also survives a reload: kept without its secret
 * values (core/upgrade/baseline-store), removed by "Forget" and "Forget everything".
 */
export function BaselineProvider({ storage, children }: { storage?: KeyValueStorage; children: ReactNode }) {
  const [store] = useState(() => (storage ? createBaselineStore(storage) : undefined));
  const [baseline, setState] = useState<DeployedBaseline | undefined>(() => store?.load());
  const setBaseline = useCallback(
    (next: DeployedBaseline | undefined) => {
      setState(next);
      if (next) store?.save(next);
      else store?.clear();
    },
    [store],
  );
  const value = useMemo(() => ({ baseline, setBaseline }), [baseline, setBaseline]);
  return <BaselineContext.Provider value={value}>{children}</BaselineContext.Provider>;
}

const NONE: BaselineContextValue = { baseline: undefined, setBaseline: () => undefined };

/** The deployed baseline (undefined before an import, or outside a provider, e.g. in embeds). */
export function useBaseline(): BaselineContextValue {
  return useContext(BaselineContext) ?? NONE;
}
