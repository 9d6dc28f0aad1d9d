import { DEFAULT_RELEASE, OutputSettingsProvider, useOutputSettings } from './output-settings';

export { DEFAULT_RELEASE };

/** The provider of the shared output settings (release, variant, token handling); the app shell and embeds mount it under this name. */
export const ReleaseNameProvider = OutputSettingsProvider;

/** The release name; outside a provider, the default one. */
export function useReleaseName(): { release: string; setRelease: (name: string) => void } {
  const { release, setRelease } = useOutputSettings();
  return { release, setRelease };
}
