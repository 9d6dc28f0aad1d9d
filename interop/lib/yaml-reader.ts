import { existsSync } from 'node:fs';
import path from 'node:path';
import { TOOLS_DIR } from './paths';
import { run } from './process';

/** The Go program built by scripts/build-yaml-reader.sh: Helm v3.22.0's values reader (interop/yaml-reader). */
export const YAML_READER_BIN = process.env.INTEROP_YAML_READER ?? path.join(TOOLS_DIR, 'bin', 'helm-yaml-reader');

/**
 * Why the YAML reader check cannot run here, or undefined when it can. `.ci/run` builds the reader and sets
 * REQUIRE_YAML_READER=1: a missing binary is then an error, never a skip that reads like a pass.
 */
export function yamlReaderSkipReason(): string | undefined {
  if (existsSync(YAML_READER_BIN)) return undefined;
  const reason = `Helm's YAML reader is not built (missing ${YAML_READER_BIN}): run bash scripts/build-yaml-reader.sh (needs Go)`;
  if (process.env.REQUIRE_YAML_READER === '1') throw new Error(`REQUIRE_YAML_READER=1 but ${reason}`);
  return reason;
}

export type HelmRead = { ok: true; values: Record<string, unknown> } | { ok: false; error: string };

/** What Helm v3.22.0 reads from each document (as `helm -f` and chartutil.ReadValues do). */
export async function helmReadValues(docs: readonly string[]): Promise<HelmRead[]> {
  const r = await run(YAML_READER_BIN, [], { input: JSON.stringify(docs), timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`helm-yaml-reader exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout) as HelmRead[];
}

/** The module versions the reader was built with (`-versions`). */
export async function helmReaderVersions(): Promise<string> {
  const r = await run(YAML_READER_BIN, ['-versions'], { timeoutMs: 30_000 });
  return r.stdout.trim();
}
