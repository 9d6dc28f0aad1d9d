/** The public entry of the upgrade feature: what other features may import from it (lint enforces this). */
export { BaselineProvider, useBaseline } from './baseline-context';
export { PreviewDiffCode, usePreviewDiff } from './preview-diff';
