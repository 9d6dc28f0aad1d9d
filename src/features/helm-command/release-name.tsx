import type { ReactNode } from 'react';
import { DEFAULT_RELEASE, OutputSettingsProvider, useOutputSettings } from './output-settings';
import { SharedOutputStore } from './output-store-context';

export { DEFAULT_RELEASE };

/**
 * The shared output settings (release, variant, token handling) and one output
 * store computed with them: the embeds mount it. (The app shell mounts the
 * settings alone and the store in its lazily loaded output column.)
 */
export function ReleaseNameProvider({ children }: { children: ReactNode }) {
  return (
    <OutputSettingsProvider>
      <SharedOutputStore>{children}</SharedOutputStore>
    </OutputSettingsProvider>
  );
}

/** The release name; outside a provider, the default one. */
export function useReleaseName(): { release: string; setRelease: (name: string) => void } {
  const { release, setRelease } = useOutputSettings();
  return { release, setRelease };
}
