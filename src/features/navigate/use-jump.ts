import { useCallback } from 'react';
import { focusProblem, useBuilder } from '../builder';

/** Jumps to the input of a values path: opens its section, scrolls it into view and focuses it. */
export function useJumpTo(): (path: string) => void {
  const { sections } = useBuilder();
  return useCallback((path: string) => focusProblem(path, sections), [sections]);
}
