import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (interop/lib/ is two levels below it). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Read-only shared data beside the repo (chart values per release); never copied into the repo. */
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const CHART_VALUES_DIR = path.join(SHARED_DIR, 'spec', 'chart-values');

/** The test chart whose template renders the merged .Values as JSON. */
export const TEST_CHART_DIR = path.join(REPO_ROOT, 'interop', 'chart');

/** Installed by scripts/install-interop-tools.sh. */
export const TOOLS_DIR = path.join(REPO_ROOT, '.tools');
export const HELM_BIN = process.env.INTEROP_HELM ?? path.join(TOOLS_DIR, 'bin', 'helm');
export const VENV_PYTHON = process.env.INTEROP_PYTHON ?? path.join(TOOLS_DIR, 'venv', 'bin', 'python');
export const POLYAXON_BIN = path.join(path.dirname(VENV_PYTHON), 'polyaxon');
export const VALIDATE_DEPLOY_PY = path.join(REPO_ROOT, 'interop', 'cli', 'validate_deploy.py');

/** Where a run leaves its full failure report and scratch files (gitignored). */
export const OUT_DIR = path.join(REPO_ROOT, '.cache', 'interop');

export const INSTALL_HINT = 'interop tools not installed: run scripts/install-interop-tools.sh';

/** Why the Helm checks cannot run here, or undefined when they can. */
export function helmSkipReason(): string | undefined {
  if (!existsSync(HELM_BIN)) return `${INSTALL_HINT} (missing ${path.relative(REPO_ROOT, HELM_BIN)})`;
  if (!existsSync(CHART_VALUES_DIR)) return `shared chart values not found at ${CHART_VALUES_DIR}`;
  return undefined;
}

/** Why the Polyaxon CLI checks cannot run here, or undefined when they can. */
export function cliSkipReason(): string | undefined {
  if (!existsSync(VENV_PYTHON) || !existsSync(POLYAXON_BIN)) {
    return `${INSTALL_HINT} (missing ${path.relative(REPO_ROOT, POLYAXON_BIN)})`;
  }
  return undefined;
}

/** Prints the reason loudly once, so a skipped suite is never mistaken for a passing one. */
export function announceSkip(suite: string, reason: string | undefined): boolean {
  if (reason === undefined) return false;
  console.warn(`\n[interop] ${suite} SKIPPED: ${reason}\n`);
  return true;
}
