import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CommandVariant, SecretMode } from '../../core/helm-command/build';
import { DEFAULT_SECRET_MODE, DEFAULT_VARIANT } from '../../core/output/profile';

/** What the command panel sets and the preview follows: the command variant and the token handling (the release and namespace are values). */
export interface OutputSettings {
  readonly variant: CommandVariant;
  readonly secretMode: SecretMode;
  setVariant: (variant: CommandVariant) => void;
  setSecretMode: (mode: SecretMode) => void;
}

const OutputSettingsContext = createContext<OutputSettings | null>(null);

/**
 * The shared output settings. The output store computed with them is mounted
 * by <SharedOutputStore> where the outputs are shown (the lazily loaded output
 * column), so the first-load chunk carries no YAML writer. Mount inside <BuilderForm>.
 */
export function OutputSettingsProvider({ children }: { children: ReactNode }) {
  const [variant, setVariant] = useState<CommandVariant>(DEFAULT_VARIANT);
  const [secretMode, setSecretMode] = useState<SecretMode>(DEFAULT_SECRET_MODE);
  const value = useMemo(() => ({ variant, secretMode, setVariant, setSecretMode }), [variant, secretMode]);
  return <OutputSettingsContext.Provider value={value}>{children}</OutputSettingsContext.Provider>;
}

const FIXED: OutputSettings = {
  variant: DEFAULT_VARIANT,
  secretMode: DEFAULT_SECRET_MODE,
  setVariant: () => undefined,
  setSecretMode: () => undefined,
};

/** The shared output settings; outside a provider, the defaults (and setters that do nothing). */
export function useOutputSettings(): OutputSettings {
  return useContext(OutputSettingsContext) ?? FIXED;
}
