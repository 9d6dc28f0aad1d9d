/** The public entry of the builder feature: what other features may import from it (lint enforces this). */
export { useAllProblems, useBuilder, useChartVersion, useFormPipeline, usePipelineSelector, useProblemTotal, useSectionProblemCount } from './builder-context';
export { AfterPaintQueue } from './after-paint';
export { BuilderForm } from './builder-form';
export { BuilderSections } from './builder-sections';
export { useResetField } from './change-marker';
export { focusProblem } from './focus-problem';
export { namespaceOf, releaseOf } from './form-namespace';
export { Section, sectionDomId } from './section';
export { problemLocation } from './widgets/widget-props';
export type { PipelineState } from './form-pipeline';
