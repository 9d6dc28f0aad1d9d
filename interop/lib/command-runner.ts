import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { helmEnv } from './helm';
import { HELM_BIN } from './paths';
import { run, type RunResult } from './process';

/**
 * Runs a generated shell command block as the user would paste it, with bash,
 * but with `helm` replaced by a function that calls the pinned binary as
 * `helm template` on the local test chart:
 *   - `helm upgrade --install R polyaxon/agent ...` / `helm install R polyaxon/agent ...`
 *     become `helm template R <test chart> ...`;
 *   - `--version X`, `--create-namespace`, `--install`, `--wait`, `--atomic`,
 *     `--timeout X` are dropped (they mean nothing to `template`);
 *   - `helm repo ...` and `kubectl ...` are no-ops (no network, no cluster here).
 * Everything else (quoting, heredocs, --set escaping, -f files) is the
 * generated text, byte for byte.
 */
const SHIM = readFileSync(fileURLToPath(new URL('./helm-shim.sh', import.meta.url)), 'utf8');

export interface ScriptRun extends RunResult {
  /** The generated command text (bash runs it after the helm/kubectl shim). */
  script: string;
  cwd: string;
}

/**
 * Runs `command` in a fresh folder `workDir` (where `files` are written first,
 * e.g. values.yaml for `-f values.yaml`) against `chartDir`.
 */
export async function runGeneratedCommand(
  command: string,
  options: { chartDir: string; workDir: string; scratch: string; files?: Record<string, string>; env?: Record<string, string> },
): Promise<ScriptRun> {
  mkdirSync(options.workDir, { recursive: true });
  for (const [name, text] of Object.entries(options.files ?? {})) writeFileSync(path.join(options.workDir, name), text);
  const script = `set -euo pipefail\n${SHIM}\n${command}\n`;
  const env = { ...helmEnv(options.scratch), INTEROP_HELM: HELM_BIN, INTEROP_CHART: options.chartDir, ...options.env };
  const result = await run('bash', ['-c', script], { cwd: options.workDir, env, timeoutMs: 120_000 });
  return { ...result, script: command, cwd: options.workDir };
}
