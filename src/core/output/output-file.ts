import { valuesFileText } from '../download/values-file';
import { fileInstallCommands } from './output-commands';
import type { ProfileOutput } from './output-values';
import type { OutputProfile } from './profile';

/** Whether the file differs from the plain Helm one (a CLI file, or the token kept out). */
function isPlainHelmFile(output: ProfileOutput, profile: OutputProfile): boolean {
  return profile.variant !== 'cli' && (output.secretMode === undefined || output.secretMode === 'inline');
}

/**
 * The downloaded values.yaml for a profile: the comment header, then `text`
 * (the preview, byte for byte). The plain Helm file keeps the usual header;
 * a CLI file or a file without the token carries the notes and the commands
 * that install it as the command panel shows them.
 */
export function outputFileText(text: string, output: ProfileOutput, profile: OutputProfile, contents: 'changes' | 'full' = 'changes'): string {
  const base = { release: output.release, namespace: profile.namespace, contents };
  if (isPlainHelmFile(output, profile)) return valuesFileText(text, profile.version, base);
  return valuesFileText(text, profile.version, {
    ...base,
    notes: output.notes.map((n) => (n.paths.length > 0 ? `${n.text} ${n.paths.join(', ')}` : n.text)),
    install: fileInstallCommands(output, profile),
  });
}
