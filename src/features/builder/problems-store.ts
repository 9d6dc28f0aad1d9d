import type { Problem } from '../../core/validation/validate';

type Listener = () => void;

const EMPTY: readonly Problem[] = Object.freeze([]);

function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i] as Problem;
      return p.path === q.path && p.message === q.message && p.severity === q.severity && p.rule === q.rule;
    })
  );
}

function covers(fieldId: string, path: string): boolean {
  return path === fieldId || path.startsWith(`${fieldId}.`);
}

/**
 * Holds the latest `validateValues` result outside React so that each field,
 * the header and the panels subscribe to their own slice: a new list only
 * re-renders the components whose slice changed.
 */
export class ProblemsStore {
  private all: readonly Problem[] = EMPTY;
  private readonly listeners = new Set<Listener>();
  private readonly slices = new Map<string, readonly Problem[]>();

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getAll = (): readonly Problem[] => this.all;

  set(problems: readonly Problem[]): void {
    if (sameProblems(this.all, problems)) return;
    this.all = problems;
    for (const listener of [...this.listeners]) listener();
  }

  /** Problems at `fieldId` or below it (list rows, map entries); the same array while unchanged. */
  forField(fieldId: string): readonly Problem[] {
    const next = this.all.filter((p) => covers(fieldId, p.path));
    const prev = this.slices.get(fieldId);
    if (prev && sameProblems(prev, next)) return prev;
    const value = next.length === 0 ? EMPTY : next;
    this.slices.set(fieldId, value);
    return value;
  }

  /** Problems under any of the given keys (a section's keys). */
  forKeys(sliceId: string, keys: readonly string[]): readonly Problem[] {
    const next = this.all.filter((p) => keys.some((k) => covers(k, p.path)));
    const prev = this.slices.get(`#${sliceId}`);
    if (prev && sameProblems(prev, next)) return prev;
    const value = next.length === 0 ? EMPTY : next;
    this.slices.set(`#${sliceId}`, value);
    return value;
  }
}
