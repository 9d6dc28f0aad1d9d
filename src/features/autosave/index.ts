/** The public entry of the autosave feature: what other features may import from it (lint enforces this). */
export { SessionNotices } from './session-notices';
export { useBuilderSession } from './use-builder-session';
