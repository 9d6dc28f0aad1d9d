import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Problem } from '../../core/validation/validate';
import type { ProblemsStore } from './problems-store';
import type { SectionStore } from './section-store';

export interface BuilderContextValue {
  /** The chart release the form targets. */
  readonly version: string;
  readonly problems: ProblemsStore;
  readonly sections: SectionStore;
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

/** Every current problem (re-renders only when the list changes). */
export function useAllProblems(): readonly Problem[] {
  const { problems } = useBuilder();
  return useSyncExternalStore(problems.subscribe, problems.getAll, problems.getAll);
}

/** Problems at a field's path or below it. */
export function useFieldProblems(fieldId: string): readonly Problem[] {
  const { problems } = useBuilder();
  const get = useCallback(() => problems.forField(fieldId), [problems, fieldId]);
  return useSyncExternalStore(problems.subscribe, get, get);
}

/** Problems under any of a section's keys. */
export function useSectionProblems(sectionId: string, keys: readonly string[]): readonly Problem[] {
  const { problems } = useBuilder();
  const get = useCallback(() => problems.forKeys(sectionId, keys), [problems, sectionId, keys]);
  return useSyncExternalStore(problems.subscribe, get, get);
}

export function useSectionOpen(sectionId: string): [boolean, (open: boolean) => void] {
  const { sections } = useBuilder();
  const get = useCallback(() => sections.isOpen(sectionId), [sections, sectionId]);
  const open = useSyncExternalStore(sections.subscribe, get, get);
  const setOpen = useCallback((next: boolean) => sections.setOpen(sectionId, next), [sections, sectionId]);
  return [open, setOpen];
}
