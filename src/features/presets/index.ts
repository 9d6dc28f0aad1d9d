/** The public entry of the presets feature: what other features may import from it (lint enforces this). */
export { PresetsButton } from './presets-button';
