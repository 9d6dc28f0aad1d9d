import type { CommandVariant, SecretMode } from '../helm-command/build';

/**
 * How the outputs are written: the command variant, how the agent token is
 * passed, and the release and namespace the commands target. The preview, the
 * download and the helm command all read the same profile, so the file the
 * user saves is the file the shown command deploys.
 */
export interface OutputProfile {
  readonly variant: CommandVariant;
  readonly secretMode: SecretMode;
  readonly release: string;
  readonly namespace: string;
  /** The chart release. */
  readonly version: string;
}

/** What the builder shows first: Helm with `-f values.yaml`, the token (if any) inline. */
export const DEFAULT_VARIANT: CommandVariant = 'file';
export const DEFAULT_SECRET_MODE: SecretMode = 'inline';
