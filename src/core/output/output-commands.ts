import { buildHelmCommands, type CommandBlock } from '../helm-command/build';
import type { ProfileOutput } from './output-values';
import type { OutputProfile } from './profile';

/**
 * The command blocks for a profile, built from the very values the preview
 * and the download write: the heredoc embeds `output.yaml`, the `-f` and CLI
 * variants read the saved file, the --set flags spell out `output.values`.
 */
export function outputCommands(output: ProfileOutput, profile: OutputProfile): CommandBlock[] {
  return buildHelmCommands({
    release: profile.release,
    namespace: profile.namespace,
    chartVersion: profile.version,
    changed: output.values,
    yaml: output.yaml,
    variant: profile.variant,
    ...(output.secretMode ? { secretMode: output.secretMode } : {}),
  });
}

/** The commands that install from the saved file (for the file's comment header): Helm `-f`, or the CLI. */
export function fileInstallCommands(output: ProfileOutput, profile: OutputProfile): string[] {
  const variant = profile.variant === 'cli' ? 'cli' : 'file';
  return outputCommands(output, { ...profile, variant })
    .filter((block) => block.id === 'repo' || block.id === 'secret' || block.id === 'install')
    .map((block) => block.command);
}
