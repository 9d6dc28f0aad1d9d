/** The public entry of the manifests feature: what other features may import from it (lint enforces this). */
export { recordImportBaseline } from './import-baseline';
