import type { Problem } from '../../core/validation/validate';

type Listener = () => void;

const EMPTY: readonly Problem[] = Object.freeze([]);

function sameProblem(p: Problem, q: Problem): boolean {
  return p.rule === q.rule && p.path === q.path && p.subPath === q.subPath && p.message === q.message && p.severity === q.severity;
}

function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return a.length === b.length && a.every((p, i) => sameProblem(p, b[i] as Problem));
}

function covers(fieldId: string, path: string): boolean {
  return path === fieldId || path.startsWith(`${fieldId}.`);
}

/** How many problems a slice holds, and how many of them are errors (what a count badge shows). */
export interface ProblemCount {
  readonly total: number;
  readonly errors: number;
}

/** The header's view: the counts, how many notes (steps still to do) and where the first problem is. */
export interface ProblemSummary extends ProblemCount {
  readonly notes: number;
  readonly first: Pick<Problem, 'path' | 'subPath' | 'message'> | undefined;
}

const NO_PROBLEMS: ProblemSummary = Object.freeze({ total: 0, errors: 0, notes: 0, first: undefined });

/** Notes are steps still to do, not problems: they are listed but never counted. */
function isProblem(p: Problem): boolean {
  return p.severity !== 'note';
}

function countOf(problems: readonly Problem[]): ProblemCount {
  return { total: problems.filter(isProblem).length, errors: problems.filter((p) => p.severity === 'error').length };
}

/**
 * Holds the latest `validateValues` result outside React so that each
 * consumer subscribes to exactly what it shows: the header to the counts and
 * the first problem, a section to its own count, a field to the problems of
 * its own path (compared by value), the output panels to the total. A new
 * list re-renders only the components whose slice changed.
 */
export class ProblemsStore {
  private all: readonly Problem[] = EMPTY;
  /** The latest validation result, before held-back rows are taken out. */
  private found: readonly Problem[] = EMPTY;
  /** Values paths of new list rows whose problems wait until the user leaves the row. */
  private readonly held = new Set<string>();
  private readonly listeners = new Set<Listener>();
  private readonly fieldSlices = new Map<string, readonly Problem[]>();
  private readonly countSlices = new Map<string, ProblemCount>();
  private summary: ProblemSummary = NO_PROBLEMS;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getAll = (): readonly Problem[] => this.all;

  /** How many problems there are (notes are not problems). */
  getTotal = (): number => this.summary.total;

  /** The counts and the first problem; the same object while those read the same. */
  getSummary = (): ProblemSummary => this.summary;

  set(problems: readonly Problem[]): void {
    this.found = problems;
    this.publish();
  }

  /** Holds back the problems at or below `path` (a list row just added, still empty) until release(path). */
  hold(path: string): void {
    if (this.held.has(path)) return;
    this.held.add(path);
    this.publish();
  }

  /** Shows the problems of a held row again (the user left it), or of every held row under `path`. */
  release(path: string): void {
    let changed = false;
    for (const h of [...this.held]) {
      if (covers(path, h)) {
        this.held.delete(h);
        changed = true;
      }
    }
    if (changed) this.publish();
  }

  private publish(): void {
    const problems = this.held.size === 0 ? this.found : this.found.filter((p) => ![...this.held].some((h) => covers(h, p.subPath ? `${p.path}.${p.subPath}` : p.path)));
    if (sameProblems(this.all, problems)) return;
    this.all = problems.length === 0 ? EMPTY : problems;
    this.summary = this.nextSummary();
    for (const listener of [...this.listeners]) listener();
  }

  /** Problems at `fieldId` or below it (list rows, map entries); the same array while they read the same. */
  forField(fieldId: string): readonly Problem[] {
    const next = this.all.filter((p) => covers(fieldId, p.path));
    const prev = this.fieldSlices.get(fieldId);
    if (prev && sameProblems(prev, next)) return prev;
    const value = next.length === 0 ? EMPTY : next;
    this.fieldSlices.set(fieldId, value);
    return value;
  }

  /** The count of problems under any of the given keys (a section's keys); the same object while the numbers are. */
  countForKeys(sliceId: string, keys: readonly string[]): ProblemCount {
    const next = countOf(this.all.filter((p) => keys.some((k) => covers(k, p.path))));
    const prev = this.countSlices.get(sliceId);
    if (prev && prev.total === next.total && prev.errors === next.errors) return prev;
    this.countSlices.set(sliceId, next);
    return next;
  }

  private nextSummary(): ProblemSummary {
    const head = this.all.find(isProblem);
    const { total, errors } = countOf(this.all);
    const notes = this.all.length - total;
    if (!head && notes === 0) return NO_PROBLEMS;
    const prev = this.summary;
    const first = !head
      ? undefined
      : prev.first && prev.first.path === head.path && prev.first.subPath === head.subPath && prev.first.message === head.message
        ? prev.first
        : { path: head.path, subPath: head.subPath, message: head.message };
    if (prev.total === total && prev.errors === errors && prev.notes === notes && prev.first === first) return prev;
    return { total, errors, notes, first };
  }
}
