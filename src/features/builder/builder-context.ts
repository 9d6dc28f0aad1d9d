import { createContext, useCallback, useContext, useRef, useSyncExternalStore } from 'react';
import type { Problem } from '../../core/validation/validate';
import type { ProblemCount, ProblemsStore, ProblemSummary } from './problems-store';
import type { SectionStore } from './section-store';
import type { FormPipeline, PipelineState } from './form-pipeline';

export interface BuilderContextValue {
  /** The chart release the form targets. */
  readonly version: string;
  readonly problems: ProblemsStore;
  readonly sections: SectionStore;
  /** The one subscription to the whole form: values, changed/full values, per change. */
  readonly pipeline: FormPipeline;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error('useBuilder must be used inside <BuilderForm>');
  return value;
}

export function useChartVersion(): string {
  return useBuilder().version;
}

/** Every current problem (re-renders whenever the list changes: prefer the narrower hooks below). */
export function useAllProblems(): readonly Problem[] {
  const { problems } = useBuilder();
  return useSyncExternalStore(problems.subscribe, problems.getAll, problems.getAll);
}

/** How many problems there are (re-renders only when the number changes). */
export function useProblemTotal(): number {
  const { problems } = useBuilder();
  return useSyncExternalStore(problems.subscribe, problems.getTotal, problems.getTotal);
}

/** The counts and the first problem, for the header (re-renders only when those change). */
export function useProblemSummary(): ProblemSummary {
  const { problems } = useBuilder();
  return useSyncExternalStore(problems.subscribe, problems.getSummary, problems.getSummary);
}

/** Problems at a field's path or below it (re-renders only when they read differently). */
export function useFieldProblems(fieldId: string): readonly Problem[] {
  const { problems } = useBuilder();
  const get = useCallback(() => problems.forField(fieldId), [problems, fieldId]);
  return useSyncExternalStore(problems.subscribe, get, get);
}

/** How many problems are under a section's keys (re-renders only when the numbers change). */
export function useSectionProblemCount(sectionId: string, keys: readonly string[]): ProblemCount {
  const { problems } = useBuilder();
  const get = useCallback(() => problems.countForKeys(sectionId, keys), [problems, sectionId, keys]);
  return useSyncExternalStore(problems.subscribe, get, get);
}

export function useSectionOpen(sectionId: string): [boolean, (open: boolean) => void] {
  const { sections } = useBuilder();
  const get = useCallback(() => sections.isOpen(sectionId), [sections, sectionId]);
  const open = useSyncExternalStore(sections.subscribe, get, get);
  const setOpen = useCallback((next: boolean) => sections.setOpen(sectionId, next), [sections, sectionId]);
  return [open, setOpen];
}

/** The form pipeline: subscribe to it instead of watching the whole form (see form-pipeline.ts). */
export function useFormPipeline(): FormPipeline {
  return useBuilder().pipeline;
}

/**
 * A slice of the pipeline's state: re-renders only when `select` gives a
 * value that is not `equal` to the previous one (Object.is by default).
 */
export function usePipelineSelector<T>(select: (state: PipelineState) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const { pipeline } = useBuilder();
  const last = useRef<{ state: PipelineState; select: unknown; value: T } | null>(null);
  const getSnapshot = (): T => {
    const state = pipeline.getState();
    const prev = last.current;
    if (prev && prev.state === state && prev.select === select) return prev.value;
    const selected = select(state);
    const value = prev && equal(prev.value, selected) ? prev.value : selected;
    last.current = { state, select, value };
    return value;
  };
  return useSyncExternalStore(pipeline.subscribe, getSnapshot, getSnapshot);
}
