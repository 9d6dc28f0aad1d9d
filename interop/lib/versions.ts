import { VENV_PYTHON } from './paths';
import { run } from './process';

/** Versions of the Python packages that decide the CLI verdicts (polyaxon, pydantic, vents, kubernetes). */
export async function toolVersions(): Promise<Record<string, string>> {
  const script = ['import importlib.metadata as m, json', 'print(json.dumps({p: m.version(p) for p in ["polyaxon", "pydantic", "vents", "kubernetes"]}))'].join('\n');
  const result = await run(VENV_PYTHON, ['-c', script], { timeoutMs: 60_000 });
  if (result.code !== 0) throw new Error(`cannot read package versions: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, string>;
}
