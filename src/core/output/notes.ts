import { TOKEN_ENV_VAR } from '../helm-command/secret-mode';
import { VALUES_FILE_NAME } from '../download/values-file';

/** One thing the user should know about the written file, in user terms. */
export interface OutputNote {
  readonly id: 'cli-file' | 'cli-dropped' | 'cli-unknown' | 'cli-added' | 'cli-nulled' | 'token-env' | 'token-secret' | 'token-cli-env';
  readonly severity: 'info' | 'warning';
  /** A sentence; when `paths` is not empty it ends with a colon and the paths follow. */
  readonly text: string;
  /** Dotted values paths the note is about (shown as code). */
  readonly paths: readonly string[];
}

const CLI_KEYS = ['deploymentChart', 'deploymentVersion', 'namespace', 'releaseName', 'agent'];

export function cliFileNote(): OutputNote {
  return {
    id: 'cli-file',
    severity: 'info',
    text: 'The file for polyaxon admin deploy: it also writes the keys the Polyaxon CLI needs:',
    paths: CLI_KEYS,
  };
}

export function cliDroppedNote(paths: readonly string[]): OutputNote {
  return {
    id: 'cli-dropped',
    severity: 'warning',
    text: 'Left out because the Polyaxon CLI rejects them (install with Helm to keep them):',
    paths,
  };
}

export function cliUnknownNote(paths: readonly string[]): OutputNote {
  return {
    id: 'cli-unknown',
    severity: 'warning',
    text: 'Keys the chart schema does not know; the Polyaxon CLI rejects the file while they are in it:',
    paths,
  };
}

export function cliAddedNote(paths: readonly string[]): OutputNote {
  return {
    id: 'cli-added',
    severity: 'info',
    text: 'Written at their chart value because the Polyaxon CLI checks them together with a key you changed:',
    paths,
  };
}

export function cliNulledNote(paths: readonly string[]): OutputNote {
  return {
    id: 'cli-nulled',
    severity: 'info',
    text: 'Emptied resource blocks written as one null (the Polyaxon CLI rejects an emptied quantity; Helm removes the block either way):',
    paths,
  };
}

export function tokenEnvNote(): OutputNote {
  return {
    id: 'token-env',
    severity: 'info',
    text: `agent.token is left out of ${VALUES_FILE_NAME}: the command passes it from $${TOKEN_ENV_VAR}.`,
    paths: [],
  };
}

export function tokenSecretNote(secretName: string): OutputNote {
  return {
    id: 'token-secret',
    severity: 'info',
    text: `agent.token is left out of ${VALUES_FILE_NAME}; agentSecret: ${secretName} points the chart at the Secret the commands create.`,
    paths: [],
  };
}

export function tokenCliEnvNote(): OutputNote {
  return {
    id: 'token-cli-env',
    severity: 'warning',
    text: `The Polyaxon CLI reads the token only from the file, so agent.token stays in ${VALUES_FILE_NAME}. Choose "Kubernetes secret" to keep it out.`,
    paths: [],
  };
}
