import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** The Helm release name typed in the command panel (not a values key). */
export const DEFAULT_RELEASE = 'polyaxon';

interface ReleaseNameValue {
  release: string;
  setRelease: (name: string) => void;
}

const ReleaseNameContext = createContext<ReleaseNameValue | null>(null);

export function ReleaseNameProvider({ children }: { children: ReactNode }) {
  const [release, setRelease] = useState(DEFAULT_RELEASE);
  const value = useMemo(() => ({ release, setRelease }), [release]);
  return <ReleaseNameContext.Provider value={value}>{children}</ReleaseNameContext.Provider>;
}

/** The release name; outside a provider, the default one. */
export function useReleaseName(): ReleaseNameValue {
  return useContext(ReleaseNameContext) ?? { release: DEFAULT_RELEASE, setRelease: () => undefined };
}
