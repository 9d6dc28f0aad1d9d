import { HELM_BIN } from './paths';
import { run, type RunResult } from './process';

/** Helm never reaches a cluster or a repository here: private, throwaway config, cache and data folders. */
export function helmEnv(scratch: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: scratch,
    HELM_CACHE_HOME: `${scratch}/helm/cache`,
    HELM_CONFIG_HOME: `${scratch}/helm/config`,
    HELM_DATA_HOME: `${scratch}/helm/data`,
    KUBECONFIG: `${scratch}/no-kubeconfig`,
  };
}

/** `helm template <args>` with the pinned binary (or another one, e.g. Helm 4). */
export function helmTemplate(args: readonly string[], scratch: string, input?: string, bin: string = HELM_BIN): Promise<RunResult> {
  return run(bin, ['template', ...args], { env: helmEnv(scratch), input, timeoutMs: 120_000 });
}
