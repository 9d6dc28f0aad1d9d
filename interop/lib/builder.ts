import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Values } from '../../src/core/values/types';
import { REPO_ROOT } from './paths';

/**
 * The builder modules other contributors write, loaded by path so the suite
 * still runs (and says what it skipped) while one of them has not landed yet.
 * Types follow docs/architecture.md.
 */

export type CommandVariant = 'file' | 'stdin' | 'set' | 'cli';
export type SecretMode = 'inline' | 'env' | 'secret';

export interface HelmCommandInput {
  release: string;
  namespace: string;
  chartVersion: string;
  changed: Values;
  yaml: string;
  variant: CommandVariant;
  secretMode?: SecretMode;
}

export interface CommandBlock {
  id: string;
  title: string;
  command: string;
  note?: string;
}

export type BuildHelmCommands = (input: HelmCommandInput) => CommandBlock[];

export interface GoldenScenario {
  name: string;
  version: string;
  form: Values;
}

export type Loaded<T> = { ok: true; value: T } | { ok: false; reason: string };

async function importRepoModule(relative: string): Promise<Loaded<Record<string, unknown>>> {
  const file = path.join(REPO_ROOT, relative);
  if (!existsSync(file)) return { ok: false, reason: `${relative} does not exist yet` };
  try {
    return { ok: true, value: (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown> };
  } catch (e) {
    return { ok: false, reason: `${relative} failed to load: ${String(e)}` };
  }
}

/** src/core/helm-command/build.ts `buildHelmCommands`. */
export async function loadBuildHelmCommands(): Promise<Loaded<BuildHelmCommands>> {
  const mod = await importRepoModule('src/core/helm-command/build.ts');
  if (!mod.ok) return mod;
  const fn = mod.value.buildHelmCommands;
  return typeof fn === 'function' ? { ok: true, value: fn as BuildHelmCommands } : { ok: false, reason: 'build.ts has no buildHelmCommands export' };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * src/core/golden/scenarios.ts: every exported list of scenarios. A scenario
 * needs a name (`name` or `id`), a chart release (`version` or `chartVersion`)
 * and form values (`form`, `formValues` or `values`).
 */
export async function loadGoldenScenarios(): Promise<Loaded<GoldenScenario[]>> {
  const mod = await importRepoModule('src/core/golden/scenarios.ts');
  if (!mod.ok) return mod;
  const found: GoldenScenario[] = [];
  for (const exported of Object.values(mod.value)) {
    const list = Array.isArray(exported) ? exported : isRecord(exported) ? Object.values(exported) : [];
    for (const item of list) {
      if (!isRecord(item)) continue;
      const name = item.name ?? item.id;
      const version = item.version ?? item.chartVersion;
      const form = item.form ?? item.formValues ?? item.values;
      if (typeof name === 'string' && typeof version === 'string' && isRecord(form)) found.push({ name, version, form: form as Values });
    }
  }
  return found.length > 0 ? { ok: true, value: found } : { ok: false, reason: 'src/core/golden/scenarios.ts exports no scenario with name, version and form values' };
}
