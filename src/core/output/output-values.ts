import { agentSecretName, hasAgentToken, valuesForSecretMode, type SecretMode } from '../helm-command/secret-mode';
import { cliCompatibleValues } from '../values/cli-compatible';
import { helmMerge } from '../values/helm-merge';
import type { Values } from '../../shared/values';
import { toYaml } from '../yaml/to-yaml';
import { chartDefaults } from '../../schema/defaults';
import { cliAddedNote, cliDroppedNote, cliFileNote, cliNulledNote, cliUnknownNote, tokenCliEnvNote, tokenEnvNote, tokenSecretNote, type OutputNote } from './notes';
import type { OutputProfile } from './profile';

/** What `computeValues` gives: the overlay and the merged values Helm renders with. */
export interface ComputedValues {
  readonly changed: Values;
  readonly full: Values;
}

export interface ProfileOutput {
  /** The values the preview, the download and the command carry. */
  readonly values: Values;
  /** `toYaml(values)`: the preview text and the heredoc body. */
  readonly yaml: string;
  /**
   * What Helm renders with from this file (the "full merged values" view), or
   * undefined when only the changes may be written (the Polyaxon CLI rejects
   * some chart keys even at their defaults).
   */
  readonly full: Values | undefined;
  /** How the token is passed: the profile's mode when the values carry a token, else undefined (nothing to pass). */
  readonly secretMode: SecretMode | undefined;
  /** The release the commands install (for the CLI: `releaseName` from the values when set). */
  readonly release: string;
  readonly notes: readonly OutputNote[];
}

/** A `releaseName` the user wrote in the values (read only by the Polyaxon CLI). */
function writtenReleaseName(changed: Values): string | undefined {
  const name = changed.releaseName;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

function cliOutput(computed: ComputedValues, profile: OutputProfile, mode: SecretMode | undefined): Omit<ProfileOutput, 'yaml' | 'secretMode'> {
  const release = writtenReleaseName(computed.changed) ?? profile.release;
  // The CLI reads the token only from the file: 'env' cannot keep it out, 'secret' can.
  const base = mode === 'secret' ? valuesForSecretMode(computed.changed, 'secret', release) : computed.changed;
  const result = cliCompatibleValues(base, { version: profile.version, namespace: profile.namespace, release, full: computed.full });
  const notes: OutputNote[] = [cliFileNote()];
  if (result.dropped.length > 0) notes.push(cliDroppedNote(result.dropped));
  if (result.unknown.length > 0) notes.push(cliUnknownNote(result.unknown));
  if (result.added.length > 0) notes.push(cliAddedNote(result.added));
  if (result.nulledBlocks.length > 0) notes.push(cliNulledNote(result.nulledBlocks));
  if (mode === 'env') notes.push(tokenCliEnvNote());
  if (mode === 'secret') notes.push(tokenSecretNote(agentSecretName(release)));
  return { values: result.values, full: undefined, release, notes };
}

function helmOutput(computed: ComputedValues, profile: OutputProfile, mode: SecretMode | undefined): Omit<ProfileOutput, 'yaml' | 'secretMode'> {
  const { release, version } = profile;
  if (mode === undefined || mode === 'inline') return { values: computed.changed, full: computed.full, release, notes: [] };
  const values = valuesForSecretMode(computed.changed, mode, release);
  const notes = [mode === 'env' ? tokenEnvNote() : tokenSecretNote(agentSecretName(release))];
  return { values, full: helmMerge(chartDefaults(version), values), release, notes };
}

/**
 * The values a profile writes, for the preview, the download and the command
 * alike: Helm variants write the overlay (without `agent.token` when the
 * token is passed from the environment or a Secret, with `agentSecret` in
 * the latter, exactly as valuesForSecretMode does for the command); the
 * Polyaxon CLI variant writes the CLI-compatible file, listing what it left out.
 */
export function outputFor(computed: ComputedValues, profile: OutputProfile): ProfileOutput {
  const mode = hasAgentToken(computed.changed) ? profile.secretMode : undefined;
  const out = profile.variant === 'cli' ? cliOutput(computed, profile, mode) : helmOutput(computed, profile, mode);
  return { ...out, yaml: toYaml(out.values), secretMode: mode };
}
