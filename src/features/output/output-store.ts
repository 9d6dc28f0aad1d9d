import type { CommandBlock, CommandVariant, SecretMode } from '../../core/helm-command/build';
import type { OutputNote } from '../../core/output/notes';
import { outputCommands } from '../../core/output/output-commands';
import { outputFor, type ComputedValues, type ProfileOutput } from '../../core/output/output-values';
import type { OutputProfile } from '../../core/output/profile';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../shared/values';
import { toYaml } from '../../core/yaml/to-yaml';
import { AfterPaintQueue, namespaceOf, releaseOf } from '../builder';
import { displayValues } from '../../core/secrets/display';
import type { SecretFinding } from '../../core/secrets/classify';

type Listener = () => void;

/** A text as the screen shows it: secrets replaced by markers (maskMarker(i) stands for `masked[i]`). */
export interface ShownText {
  readonly text: string;
  readonly masked: readonly SecretFinding[];
}

function sameMasked(a: readonly SecretFinding[], b: readonly SecretFinding[]): boolean {
  return a.length === b.length && a.every((f, i) => f.id === b[i]?.id);
}

/** The output settings the store computes with (what the command panel sets); the release and namespace come from the values. */
export interface OutputChoices {
  readonly variant: CommandVariant;
  readonly secretMode: SecretMode;
}

/** Everything the outputs show, computed once per change of the form values, the chart release or the choices. */
export interface OutputState {
  readonly computed: ComputedValues;
  readonly profile: OutputProfile;
  readonly output: ProfileOutput;
}

function sameNotes(a: readonly OutputNote[], b: readonly OutputNote[]): boolean {
  return (
    a.length === b.length &&
    a.every((n, i) => {
      const m = b[i] as OutputNote;
      return n.id === m.id && n.severity === m.severity && n.text === m.text && n.paths.length === m.paths.length && n.paths.every((p, j) => p === m.paths[j]);
    })
  );
}

function sameBlocks(a: readonly CommandBlock[], b: readonly CommandBlock[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i] as CommandBlock;
      return x.id === y.id && x.title === y.title && x.command === y.command && x.note === y.note;
    })
  );
}

function sameProfile(a: OutputProfile, b: OutputProfile): boolean {
  return a.variant === b.variant && a.secretMode === b.secretMode && a.release === b.release && a.namespace === b.namespace && a.version === b.version;
}

/**
 * The one place the outputs are computed: `computeValues` and `outputFor` run
 * once per change here (not once per panel), and the preview, the download
 * and the command panel read slices of the result through selectors, so a
 * panel re-renders only when what it shows changed. The command blocks and
 * the full merged YAML are computed on first read and keep their identity
 * while their text is unchanged. Framework-free: the React side lives in
 * output-store-context.tsx.
 */
export class OutputStore {
  private values: Values;
  private version: string;
  private choices: OutputChoices;
  private current: OutputState;
  private blocks: { state: OutputState; value: readonly CommandBlock[] } | undefined;
  private fullYaml: { state: OutputState; value: string | undefined } | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly settledListeners = new Set<Listener>();
  private readonly settle = new AfterPaintQueue(() => this.notifySettled());
  private settledVersion = 0;
  /** Secret ids the user chose to see in clear (the screens mask the others). */
  private revealed: ReadonlySet<string> = new Set();
  private shown = new Map<string, { state: OutputState; revealed: ReadonlySet<string>; value: ShownText }>();
  private shownBlocks: { state: OutputState; revealed: ReadonlySet<string>; value: readonly CommandBlock[] } | undefined;

  constructor(values: Values, version: string, choices: OutputChoices, computed: ComputedValues = computeValues(values, version)) {
    this.values = values;
    this.version = version;
    this.choices = choices;
    this.current = this.compute(computed, undefined);
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Called after the frame that shows a change, once per burst of changes:
   * for the panels that are not the preview (the helm command, the runbook,
   * the upgrade plan), so a keystroke's frame waits only for the preview.
   */
  subscribeSettled = (listener: Listener): (() => void) => {
    this.settledListeners.add(listener);
    return () => this.settledListeners.delete(listener);
  };

  /** Counts the settled notifications: a settled reader recomputes its slice only when this moved. */
  getSettledVersion = (): number => this.settledVersion;

  /** Stops the pending after-paint notification (the store's host unmounts). */
  dispose(): void {
    this.settle.cancel();
  }

  getState = (): OutputState => this.current;

  /** New form values (a keystroke, an import, a reset). */
  setValues(values: Values): void {
    this.setComputed(values, this.version, computeValues(values, this.version));
  }

  /** New form values with their computeValues result, computed once upstream (the form pipeline). */
  setComputed(values: Values, version: string, computed: ComputedValues): void {
    if (values === this.values && version === this.version && computed === this.current.computed) return;
    this.values = values;
    this.version = version;
    this.publish(this.compute(computed, this.current));
  }

  /** The chart release and the choices; recomputes only when one of them changed. */
  setProfile(version: string, choices: OutputChoices): void {
    const versionChanged = version !== this.version;
    const { variant, secretMode } = this.choices;
    if (!versionChanged && choices.variant === variant && choices.secretMode === secretMode) return;
    this.version = version;
    this.choices = choices;
    const computed = versionChanged ? computeValues(this.values, version) : this.current.computed;
    this.publish(this.compute(computed, this.current), true);
  }

  /** The command blocks for the current output; the previous array while every block reads the same. */
  getBlocks = (): readonly CommandBlock[] => {
    const state = this.current;
    if (this.blocks?.state === state) return this.blocks.value;
    const next = outputCommands(state.output, state.profile);
    const value = this.blocks && sameBlocks(this.blocks.value, next) ? this.blocks.value : next;
    this.blocks = { state, value };
    return value;
  };

  /** `toYaml` of the full merged values, or undefined when the profile writes only the changes. */
  getFullYaml = (): string | undefined => {
    const state = this.current;
    if (this.fullYaml?.state === state) return this.fullYaml.value;
    const value = state.output.full ? toYaml(state.output.full) : undefined;
    this.fullYaml = { state, value };
    return value;
  };

  /** The preview text with secrets masked (`full`: the full merged values when the profile allows them). */
  getShown = (full: boolean): ShownText => {
    const state = this.current;
    const key = full && state.output.full ? 'full' : 'file';
    const hit = this.shown.get(key);
    if (hit && hit.state === state && hit.revealed === this.revealed) return hit.value;
    const source = key === 'full' ? (state.output.full as Values) : state.output.values;
    const display = displayValues(source, this.revealed);
    const plain = key === 'full' ? (this.getFullYaml() as string) : state.output.yaml;
    const text = display.masked.length === 0 ? plain : toYaml(display.values);
    // The masked list keeps its identity while it names the same secrets (a keystroke elsewhere re-renders nothing that shows it).
    const masked = hit && sameMasked(hit.value.masked, display.masked) ? hit.value.masked : display.masked;
    const value = hit && hit.value.text === text && masked === hit.value.masked ? hit.value : { text, masked };
    this.shown.set(key, { state, revealed: this.revealed, value });
    return value;
  };

  /** The command blocks as shown: secrets masked like the preview (copying uses getBlocks(), the real text). */
  getShownBlocks = (): readonly CommandBlock[] => {
    const state = this.current;
    if (this.shownBlocks?.state === state && this.shownBlocks.revealed === this.revealed) return this.shownBlocks.value;
    const display = displayValues(state.output.values, this.revealed);
    const next = display.masked.length === 0 ? this.getBlocks() : outputCommands({ ...state.output, values: display.values, yaml: toYaml(display.values) }, state.profile);
    const value = this.shownBlocks && sameBlocks(this.shownBlocks.value, next) ? this.shownBlocks.value : next;
    this.shownBlocks = { state, revealed: this.revealed, value };
    return value;
  };

  /** Shows one secret in clear on every screen of this store. */
  reveal(id: string): void {
    if (this.revealed.has(id)) return;
    this.revealed = new Set([...this.revealed, id]);
    this.publish(this.current, true);
  }

  /** Masks every secret again. */
  hideAll(): void {
    if (this.revealed.size === 0) return;
    this.revealed = new Set();
    this.publish(this.current, true);
  }

  getRevealedCount = (): number => this.revealed.size;

  private compute(computed: ComputedValues, previous: OutputState | undefined): OutputState {
    const { variant, secretMode } = this.choices;
    const next: OutputProfile = { variant, secretMode, release: releaseOf(this.values), namespace: namespaceOf(this.values), version: this.version };
    const profile = previous && sameProfile(previous.profile, next) ? previous.profile : next;
    const output = outputFor(computed, profile);
    // Unchanged notes keep their identity, so the notes list does not re-render on every keystroke.
    const stable = previous && sameNotes(previous.output.notes, output.notes) ? { ...output, notes: previous.output.notes } : output;
    return { computed, profile, output: stable };
  }

  /**
   * `now`: a choice made in a panel (variant, token handling, a revealed
   * secret) shows in every panel at once; a change of the form's values
   * reaches the settled readers after the frame that shows it in the preview.
   */
  private publish(state: OutputState, now = false): void {
    this.current = state;
    for (const listener of [...this.listeners]) listener();
    if (!now) {
      this.settle.request();
      return;
    }
    this.settle.cancel();
    this.notifySettled();
  }

  private notifySettled(): void {
    this.settledVersion += 1;
    for (const listener of [...this.settledListeners]) listener();
  }
}
