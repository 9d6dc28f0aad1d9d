import { OutputSettingsProvider } from './output-settings';

export { DEFAULT_RELEASE } from './default-release';

/** The provider of the shared output settings (variant, token handling); the app shell and embeds mount it under this name. */
export const ReleaseNameProvider = OutputSettingsProvider;
