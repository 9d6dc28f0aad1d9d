import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { POLYAXON_BIN, VALIDATE_DEPLOY_PY, VENV_PYTHON } from './paths';
import { mapLimit, PARALLEL, run, type RunResult } from './process';

/** What interop/cli/validate_deploy.py reports for one file. */
export interface CliResult {
  file: string;
  valid: boolean;
  chart: string | null;
  errorType: string | null;
  error: string | null;
  errors: Array<{ loc: string; msg: string; type: string }>;
}

/**
 * Validates deployment files the way `polyaxon admin deploy -f` reads them
 * (validate_deploy.py), in batches: one Python process per batch, at most
 * PARALLEL at a time.
 */
export async function validateDeployFiles(files: readonly string[], batchSize = 150): Promise<CliResult[]> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += batchSize) batches.push(files.slice(i, i + batchSize));
  const outputs = await mapLimit(batches, PARALLEL, async (batch) => {
    const result = await run(VENV_PYTHON, [VALIDATE_DEPLOY_PY], { input: JSON.stringify(batch), timeoutMs: 300_000 });
    if (result.code !== 0) throw new Error(`validate_deploy.py exited ${result.code}:\n${result.stderr}`);
    const parsed = JSON.parse(result.stdout) as CliResult[];
    if (parsed.length !== batch.length) throw new Error(`validate_deploy.py answered ${parsed.length} of ${batch.length} files`);
    return parsed;
  });
  return outputs.flat();
}

/**
 * Runs the real `polyaxon` console script. PATH starts with a folder whose
 * `kubectl` and `helm` only fail, so `--check` can never reach a cluster or a
 * chart repository: it stops at its first tool check, after validating the file.
 */
export async function runPolyaxon(args: readonly string[], scratch: string): Promise<RunResult> {
  const stubs = path.join(scratch, 'cli-stubs');
  mkdirSync(stubs, { recursive: true });
  for (const tool of ['kubectl', 'helm']) {
    const file = path.join(stubs, tool);
    writeFileSync(file, `#!/bin/sh\necho "${tool}: not available in the interop suite" >&2\nexit 1\n`);
    chmodSync(file, 0o755);
  }
  const env = {
    PATH: `${stubs}:${path.dirname(VENV_PYTHON)}:/usr/bin:/bin`,
    HOME: scratch,
    KUBECONFIG: path.join(scratch, 'no-kubeconfig'),
    NO_COLOR: '1',
  };
  return run(POLYAXON_BIN, args, { env, timeoutMs: 120_000 });
}
