import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CommandVariant, SecretMode } from '../../core/helm-command/build';
import { DEFAULT_SECRET_MODE, DEFAULT_VARIANT } from '../../core/output/profile';
import { DEFAULT_RELEASE } from './default-release';

export { DEFAULT_RELEASE };

/** What the command panel sets and the preview follows: the release, the command variant and the token handling. */
export interface OutputSettings {
  readonly release: string;
  readonly variant: CommandVariant;
  readonly secretMode: SecretMode;
  setRelease: (name: string) => void;
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
  const [release, setRelease] = useState(DEFAULT_RELEASE);
  const [variant, setVariant] = useState<CommandVariant>(DEFAULT_VARIANT);
  const [secretMode, setSecretMode] = useState<SecretMode>(DEFAULT_SECRET_MODE);
  const value = useMemo(() => ({ release, variant, secretMode, setRelease, setVariant, setSecretMode }), [release, variant, secretMode]);
  return <OutputSettingsContext.Provider value={value}>{children}</OutputSettingsContext.Provider>;
}

const FIXED: OutputSettings = {
  release: DEFAULT_RELEASE,
  variant: DEFAULT_VARIANT,
  secretMode: DEFAULT_SECRET_MODE,
  setRelease: () => undefined,
  setVariant: () => undefined,
  setSecretMode: () => undefined,
};

/** The shared output settings; outside a provider, the defaults (and setters that do nothing). */
export function useOutputSettings(): OutputSettings {
  return useContext(OutputSettingsContext) ?? FIXED;
}
