import type { Problem } from '../../core/validation/validate';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../shared/values';
import { AfterPaintQueue } from './after-paint';
import type { ProblemsStore } from './problems-store';

type Listener = () => void;

/** The form's values as everything downstream reads them: computed once per change. */
export interface PipelineState {
  /** The form values (react-hook-form's object: read, never modify). */
  readonly values: Values;
  /** The chart release they are for. */
  readonly version: string;
  /** `computeValues(values, version)`: the overlay written to values.yaml and the merged values Helm renders with. */
  readonly computed: { readonly changed: Values; readonly full: Values };
}

/** The validation rules, loaded after the first render (core/validation is not needed to type). */
export type Validate = (formValues: Values, version: string) => Problem[];

/**
 * The one subscription to the whole form. Per change of the values (a
 * keystroke, a reset, an import) or of the chart release it computes, once:
 * the changed and full values (computeValues), at once, for what a keystroke
 * must show in its own frame (the values.yaml preview); then, right after
 * that frame is painted and once per burst of changes, the problems
 * (validateValues, into the ProblemsStore whose slices fields, sections and
 * the header read). Everything else that follows the whole form (the output store,
 * autosave, the address bar, the embed's change message, the change counts,
 * history, a copied link going stale) subscribes here and reads what it
 * needs from the state instead of watching the form and recomputing.
 * Framework-free; BuilderForm owns one and feeds it from react-hook-form.
 */
export class FormPipeline {
  private state: PipelineState;
  private validate: Validate | undefined;
  private readonly listeners = new Set<Listener>();
  /** The state the problems were last computed for. */
  private settled: PipelineState;
  private readonly settle = new AfterPaintQueue(() => this.runSettled());

  constructor(
    values: Values,
    version: string,
    private readonly problems: ProblemsStore,
  ) {
    this.state = { values, version, computed: computeValues(values, version) };
    this.settled = this.state;
  }

  /** Called in the change itself (keep it cheap: the keystroke's frame waits for it). */
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): PipelineState => this.state;

  /** The form's values changed. */
  setValues(values: Values): void {
    this.update(values, this.state.version);
  }

  /** The chart release changed (the form's values follow with setValues). */
  setVersion(version: string, values: Values): void {
    if (version === this.state.version && values === this.state.values) return;
    this.update(values, version);
  }

  /** The validation rules arrived: the current values are validated now, and every change after. */
  setValidate(validate: Validate): void {
    if (this.validate === validate) return;
    this.validate = validate;
    this.problems.set(validate(this.state.values, this.state.version));
  }

  /** Brings the problems up to date now (an action that reads them, e.g. a download). */
  flush(): void {
    this.settle.flush();
  }

  /** Stops the pending after-paint work (the form unmounts). */
  dispose(): void {
    this.settle.cancel();
  }

  private update(values: Values, version: string): void {
    this.state = { values, version, computed: computeValues(values, version) };
    for (const listener of [...this.listeners]) listener();
    this.settle.request();
  }

  private runSettled(): void {
    const state = this.state;
    if (state === this.settled) return;
    this.settled = state;
    if (this.validate) this.problems.set(this.validate(state.values, state.version));
  }
}
