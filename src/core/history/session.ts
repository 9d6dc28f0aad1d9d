import { classifySecrets } from '../secrets/classify';
import { omitSecrets } from '../secrets/mask';
import { deepEqual } from '../values/deep-equal';
import { cloneData } from '../values/helm-merge';
import type { Values } from '../values/types';
import { setAt, valueAt } from './changes';
import { describeEdit } from './describe';
import { changesBetween, DEFAULT_HISTORY_OPTIONS, EMPTY_HISTORY, record, redo, seal, undo, type HistoryEntry, type HistoryOptions, type HistoryState, type Work } from './history';
import type { SavedHistory } from './persist';

/** A copy of `values` holding the secret fields of `source` (present or not) instead of its own. */
function withSecretsOf(values: Values, source: Values): Values {
  const out = cloneData(values);
  for (const f of classifySecrets(out)) setAt(out, f.path, valueAt(source, f.path));
  for (const f of classifySecrets(source)) setAt(out, f.path, valueAt(source, f.path));
  return out;
}

/** What the undo/redo controls show (a new object only when one of these changes). */
export interface HistoryView {
  readonly undoLabel: string | undefined;
  readonly redoLabel: string | undefined;
  /** Id of the last done step (to tell whether an "Undo" offer still points at it). */
  readonly topId: number | undefined;
  readonly steps: number;
}

/** A step that just happened, worth telling the user about (an action, an undo, a redo). */
export interface HistoryNotice {
  readonly seq: number;
  readonly message: string;
  /** `undo` offers Undo of step `entryId`; `redo` offers Redo of it. */
  readonly offer: 'undo' | 'redo';
  readonly entryId: number;
}

/** An action the next change belongs to (a reset, an import, a preset). */
interface Pending {
  readonly label: string;
  readonly message: string | undefined;
  readonly until: number;
}

/** How long an announced action waits for its change (a form mounted anew takes a render or two). */
const PENDING_MS = 3000;

export interface HistorySessionOptions extends HistoryOptions {
  readonly now: () => number;
  /** Called after every change of the state (debounce saving there). */
  readonly onChange?: (saved: SavedHistory) => void;
}

/**
 * The session's undo history, framework-free: it watches the work the form
 * holds (`observe` on every change), turns each change into a step (typing
 * merged per input, announced actions under their own name) and, on undo or
 * redo, hands the work to show back to whoever applies it to the form.
 */
export class HistorySession {
  private state: HistoryState;
  /** The work as of the last step: what the next change is compared with. */
  private current: Work | undefined;
  /** Restored from storage: the work its last step led to, until the form is attached. */
  private restoredHead: Work | undefined;
  private pending: Pending | undefined;
  private view: HistoryView;
  private notice: HistoryNotice | undefined;
  private noticeSeq = 0;
  private readonly listeners = new Set<() => void>();
  private readonly options: HistorySessionOptions;
  private applier: ((work: Work) => void) | undefined;

  constructor(options: Partial<HistorySessionOptions> = {}, saved?: SavedHistory) {
    this.options = { ...DEFAULT_HISTORY_OPTIONS, now: () => Date.now(), ...options };
    this.state = saved?.state ?? EMPTY_HISTORY;
    this.restoredHead = saved?.head;
    this.view = this.computeView();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getView = (): HistoryView => this.view;
  readonly getNotice = (): HistoryNotice | undefined => this.notice;

  /** The state and head to keep in storage (undefined before the form is attached). */
  saved(): SavedHistory | undefined {
    return this.current ? { state: this.state, head: this.current } : undefined;
  }

  /**
   * The form shows `work` (first mount, or mounted anew after a load). The
   * first time, a history restored from storage continues when it leads to
   * this work (secrets aside); otherwise the difference becomes a step,
   * named by the announced action or `label`.
   */
  attach(work: Work, apply: (work: Work) => void, label = 'Load other values'): void {
    this.applier = apply;
    if (this.current === undefined) {
      const head = this.restoredHead;
      this.restoredHead = undefined;
      if (head === undefined || head.version !== work.version || !deepEqual(omitSecrets(head.values).values, omitSecrets(work.values).values)) {
        // Stored steps lead elsewhere (a link opened at start-up, work restored): keep them, and add the jump.
        // The stored head has no secrets: take the form's, so the jump does not touch them.
        this.current = head ? { version: head.version, values: withSecretsOf(head.values, work.values) } : { version: work.version, values: cloneData(work.values) };
        if (head) this.observe(work, label);
        else this.changed();
        return;
      }
      // Same work: the form's copy holds the secrets the stored one left out.
      this.current = { version: work.version, values: cloneData(work.values) };
      this.changed();
      return;
    }
    this.observe(work, label);
  }

  detach(apply: (work: Work) => void): void {
    if (this.applier === apply) this.applier = undefined;
  }

  /** The next change is this action: it becomes one step called `label`, and `message` is shown with Undo. */
  announce(label: string, message?: string): void {
    this.pending = { label, message, until: this.options.now() + PENDING_MS };
  }

  /** The form's work changed (called on every change; cheap when nothing differs). */
  observe(work: Work, fallbackLabel?: string): void {
    const before = this.current;
    if (!before) return;
    const found = changesBetween(before, work);
    if (found.changes.length === 0 && !found.version) return;
    const now = this.options.now();
    const pending = this.pending && this.pending.until >= now ? this.pending : undefined;
    this.pending = undefined;
    let label: string;
    let group: string | undefined;
    if (pending) label = pending.label;
    else if (found.version) label = fallbackLabel ?? `Target chart ${found.version.after}`;
    else if (fallbackLabel) label = fallbackLabel;
    else ({ label, group } = describeEdit(found.changes));
    this.state = record(this.state, { ...found, label, ...(group !== undefined ? { group } : {}), now }, this.options);
    // Bring the copy up to date: only the changed fields are copied.
    const values = before.values;
    for (const change of found.changes) setAt(values, change.path, change.after);
    this.current = { version: work.version, values };
    const top = this.state.past[this.state.past.length - 1];
    if (pending?.message !== undefined && top) this.setNotice(pending.message, 'undo', top.id);
    this.changed();
  }

  /** The next edit starts a new step (an input lost focus). */
  seal(): void {
    const next = seal(this.state);
    if (next !== this.state) {
      this.state = next;
      this.changed();
    }
  }

  undo(): HistoryEntry | undefined {
    return this.step('undo');
  }

  redo(): HistoryEntry | undefined {
    return this.step('redo');
  }

  /** Undoes step `id` when it is still the last one done (an "Undo" offer that may be stale). */
  undoIfTop(id: number): HistoryEntry | undefined {
    return this.view.topId === id ? this.undo() : undefined;
  }

  /** Redoes step `id` when it is the next one to redo. */
  redoIfNext(id: number): HistoryEntry | undefined {
    return this.state.future[0]?.id === id ? this.redo() : undefined;
  }

  /**
   * Forgets every step ("Forget everything"): nothing to undo or redo, no
   * notice; the next form attached starts a history of its own (no step for
   * the jump to it).
   */
  clear(): void {
    this.state = EMPTY_HISTORY;
    this.current = undefined;
    this.restoredHead = undefined;
    this.pending = undefined;
    this.notice = undefined;
    this.view = this.computeView();
    this.emit();
  }

  dismissNotice(seq: number): void {
    if (this.notice?.seq === seq) {
      this.notice = undefined;
      this.emit();
    }
  }

  private step(kind: 'undo' | 'redo'): HistoryEntry | undefined {
    if (!this.current) return undefined;
    const result = kind === 'undo' ? undo(this.state, this.current) : redo(this.state, this.current);
    if (!result) return undefined;
    this.state = result.state;
    this.current = result.work;
    this.pending = undefined;
    this.setNotice(`${kind === 'undo' ? 'Undone' : 'Redone'}: ${result.entry.label}`, kind === 'undo' ? 'redo' : 'undo', result.entry.id);
    this.changed();
    this.applier?.({ version: result.work.version, values: cloneData(result.work.values) });
    return result.entry;
  }

  private setNotice(message: string, offer: 'undo' | 'redo', entryId: number): void {
    this.noticeSeq += 1;
    this.notice = { seq: this.noticeSeq, message, offer, entryId };
  }

  private computeView(): HistoryView {
    const top = this.state.past[this.state.past.length - 1];
    return { undoLabel: top?.label, redoLabel: this.state.future[0]?.label, topId: top?.id, steps: this.state.past.length };
  }

  private changed(): void {
    const next = this.computeView();
    const v = this.view;
    if (next.undoLabel !== v.undoLabel || next.redoLabel !== v.redoLabel || next.topId !== v.topId || next.steps !== v.steps) this.view = next;
    const saved = this.saved();
    if (saved) this.options.onChange?.(saved);
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
