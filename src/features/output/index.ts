/** The public entry of the output feature: what other features may import from it (lint enforces this). */
export { useOutputSettings } from './output-settings';
export type { OutputStore } from './output-store';
export { useOutputSelector, useOutputStore, useSettledOutputSelector, WithOutputStore } from './output-store-context';
export { ReleaseNameProvider } from './release-name';
