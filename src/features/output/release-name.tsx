import type { ReactNode } from 'react';
import { OutputSettingsProvider } from './output-settings';
import { SharedOutputStore } from './output-store-context';

/**
 * The shared output settings (variant, token handling) and one output
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
