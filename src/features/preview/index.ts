/** The public entry of the preview feature: what other features may import from it (lint enforces this). */
export { useActionProblems } from './action-problems';
export { LiveProblemsRemain } from './problems-remain';
export { ValuesPreview } from './values-preview';
