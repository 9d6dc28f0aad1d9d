import type { CommandVariant, SecretMode } from '../helm-command/build';
import type { Values } from '../../shared/values';

/** One step of the deploy runbook: shell lines to copy, and what to know about them. */
export interface RunbookStep {
  readonly id: string;
  /** The phase it belongs to, for grouping (`prepare`, `install`, `verify`, `reach`, `uninstall`). */
  readonly phase: RunbookPhase;
  readonly title: string;
  /** Shell lines (each passes `bash -n`); user strings are quoted by shellQuote. */
  readonly command: string;
  readonly note?: string;
  /** The `<…>` placeholders in `command` the user must replace before running it. */
  readonly placeholders: readonly string[];
  /** Where the gateway is reached, when the values say (https when TLS covers the host). */
  readonly url?: string;
}

export type RunbookPhase = 'prepare' | 'install' | 'verify' | 'reach' | 'uninstall';

export interface RunbookInput {
  readonly release: string;
  readonly namespace: string;
  readonly chartVersion: string;
  /** The values the file and the command carry (the output profile's values). */
  readonly values: Values;
  /** Their YAML text (the heredoc variant embeds it). */
  readonly yaml: string;
  readonly variant: CommandVariant;
  readonly secretMode?: SecretMode;
}
