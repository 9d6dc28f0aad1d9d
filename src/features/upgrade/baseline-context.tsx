import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DeployedBaseline } from '../../core/upgrade/baseline';

interface BaselineContextValue {
  readonly baseline: DeployedBaseline | undefined;
  setBaseline(baseline: DeployedBaseline | undefined): void;
}

const BaselineContext = createContext<BaselineContextValue | null>(null);

/** Holds the deployed baseline of the last import; lives outside <BuilderForm>, so it survives the form being mounted anew. */
export function BaselineProvider({ children }: { children: ReactNode }) {
  const [baseline, setBaseline] = useState<DeployedBaseline | undefined>(undefined);
  const value = useMemo(() => ({ baseline, setBaseline }), [baseline]);
  return <BaselineContext.Provider value={value}>{children}</BaselineContext.Provider>;
}

const NONE: BaselineContextValue = { baseline: undefined, setBaseline: () => undefined };

/** The deployed baseline (undefined before an import, or outside a provider, e.g. in embeds). */
export function useBaseline(): BaselineContextValue {
  return useContext(BaselineContext) ?? NONE;
}
