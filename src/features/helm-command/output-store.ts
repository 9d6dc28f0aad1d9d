import type { CommandBlock, CommandVariant, SecretMode } from '../../core/helm-command/build';
import type { OutputNote } from '../../core/output/notes';
import { outputCommands } from '../../core/output/output-commands';
import { outputFor, type ComputedValues, type ProfileOutput } from '../../core/output/output-values';
import type { OutputProfile } from '../../core/output/profile';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../core/values/types';
import { toYaml } from '../../core/yaml/to-yaml';
import { namespaceOf, releaseOf } from '../builder/form-namespace';

type Listener = () => void;

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

  constructor(values: Values, version: string, choices: OutputChoices) {
    this.values = values;
    this.version = version;
    this.choices = choices;
    this.current = this.compute(computeValues(values, version), undefined);
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): OutputState => this.current;

  /** New form values (a keystroke, an import, a reset). */
  setValues(values: Values): void {
    this.values = values;
    this.publish(this.compute(computeValues(values, this.version), this.current));
  }

  /** The chart release and the choices; recomputes only when one of them changed. */
  setProfile(version: string, choices: OutputChoices): void {
    const versionChanged = version !== this.version;
    const { variant, secretMode } = this.choices;
    if (!versionChanged && choices.variant === variant && choices.secretMode === secretMode) return;
    this.version = version;
    this.choices = choices;
    const computed = versionChanged ? computeValues(this.values, version) : this.current.computed;
    this.publish(this.compute(computed, this.current));
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

  private compute(computed: ComputedValues, previous: OutputState | undefined): OutputState {
    const { variant, secretMode } = this.choices;
    const next: OutputProfile = { variant, secretMode, release: releaseOf(this.values), namespace: namespaceOf(this.values), version: this.version };
    const profile = previous && sameProfile(previous.profile, next) ? previous.profile : next;
    const output = outputFor(computed, profile);
    // Unchanged notes keep their identity, so the notes list does not re-render on every keystroke.
    const stable = previous && sameNotes(previous.output.notes, output.notes) ? { ...output, notes: previous.output.notes } : output;
    return { computed, profile, output: stable };
  }

  private publish(state: OutputState): void {
    this.current = state;
    for (const listener of [...this.listeners]) listener();
  }
}
