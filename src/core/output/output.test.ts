import { describe, expect, test } from 'vitest';
import type { CommandBlock, CommandVariant, SecretMode } from '../helm-command/build';
import { valuesForSecretMode } from '../helm-command/secret-mode';
import { helmCommandValues } from '../import/import-helm-command';
import { loadValuesYaml } from '../import/safe-yaml';
import { mergeUserValues } from '../values/helm-merge';
import { computeValues } from '../values/output';
import type { Values } from '../../shared/values';
import { toYaml } from '../yaml/to-yaml';
import { chartDefaults } from '../../schema/defaults';
import { outputCommands } from './output-commands';
import { outputFileText } from './output-file';
import { outputFor } from './output-values';
import type { OutputProfile } from './profile';

const VERSION = '2.15.1';
const TOKEN = 'tok-3f9a';

/** The builder's computed values for a patch over the chart defaults. */
function computed(patch: Values) {
  return computeValues(mergeUserValues(chartDefaults(VERSION), patch), VERSION);
}

// A token, a Helm-only key the Polyaxon CLI rejects, and an ordinary key.
const withToken = computed({
  agent: { instance: 'acme.agents.1', token: TOKEN, executorRefreshInterval: 60 },
  timezone: 'Europe/Berlin',
});

function profile(variant: CommandVariant, secretMode: SecretMode, extra: Partial<OutputProfile> = {}): OutputProfile {
  return { variant, secretMode, release: 'plx', namespace: 'ml', version: VERSION, ...extra };
}

function install(blocks: CommandBlock[]): string {
  const found = blocks.find((b) => b.id === 'install');
  if (!found) throw new Error('no install block');
  return found.command;
}

function heredocBody(command: string): string {
  const m = /<<'(\w+)'\n([\s\S]*)\n\1$/.exec(command);
  if (!m) throw new Error(`no heredoc in\n${command}`);
  return `${m[2]}\n`;
}

function agentOf(values: Values): Values {
  return (values.agent ?? {}) as Values;
}

type Row = [variant: CommandVariant, mode: SecretMode, tokenInFile: boolean, agentSecret: string | undefined, notes: string[]];

const HELM_ROWS = (variant: CommandVariant): Row[] => [
  [variant, 'inline', true, undefined, []],
  [variant, 'env', false, undefined, ['token-env']],
  [variant, 'secret', false, 'plx-agent-token', ['token-secret']],
];

const ROWS: Row[] = [
  ...HELM_ROWS('file'),
  ...HELM_ROWS('stdin'),
  ...HELM_ROWS('set'),
  ['cli', 'inline', true, undefined, ['cli-file', 'cli-dropped']],
  // The CLI reads the token only from the file: 'env' cannot keep it out.
  ['cli', 'env', true, undefined, ['cli-file', 'cli-dropped', 'token-cli-env']],
  ['cli', 'secret', false, 'plx-agent-token', ['cli-file', 'cli-dropped', 'token-secret']],
];

describe('outputFor: which values each profile writes', () => {
  test.each(ROWS)('%s / %s', (variant, mode, tokenInFile, agentSecret, notes) => {
    const p = profile(variant, mode);
    const out = outputFor(withToken, p);
    expect(agentOf(out.values).token).toBe(tokenInFile ? TOKEN : undefined);
    expect(out.values.agentSecret).toBe(agentSecret);
    expect(out.notes.map((n) => n.id)).toEqual(notes);
    expect(out.yaml).toBe(toYaml(out.values));
    expect(out.secretMode).toBe(mode);

    const isCli = variant === 'cli';
    expect(out.values.deploymentChart).toBe(isCli ? 'agent' : undefined);
    expect(agentOf(out.values).executorRefreshInterval).toBe(isCli ? undefined : 60);
    expect(out.full === undefined).toBe(isCli);
    if (out.full) expect(agentOf(out.full).token ?? null).toBe(tokenInFile ? TOKEN : null);

    // The command applies no further change of its own to the values: it deploys this file.
    if (!isCli) expect(valuesForSecretMode(out.values, mode, 'plx')).toEqual(out.values);
    const command = install(outputCommands(out, p));
    if (variant === 'stdin') expect(heredocBody(command)).toBe(out.yaml);
    if (variant === 'file' || variant === 'cli') expect(command).toContain('-f values.yaml');
    if (variant === 'set' && mode !== 'env') {
      const parsed = helmCommandValues(command);
      expect(parsed.ok && parsed.values).toEqual(out.values);
    }
    // The token is in the command only where the command carries the values themselves.
    expect(command.includes(TOKEN)).toBe(tokenInFile && (variant === 'stdin' || variant === 'set'));
    if (mode === 'env' && !isCli) expect(command).toContain('--set-string agent.token="$POLYAXON_AGENT_TOKEN"');

    // The download is the header and the preview text; it reads back to the same values.
    const file = outputFileText(out.yaml, out, p);
    expect(file.endsWith(out.yaml)).toBe(true);
    const loaded = loadValuesYaml(file);
    expect(loaded.ok && loaded.values).toEqual(out.values);
  });

  test('the default profile (Helm, -f values.yaml, inline) writes the overlay unchanged', () => {
    const out = outputFor(withToken, profile('file', 'inline'));
    expect(out.values).toBe(withToken.changed);
    expect(out.full).toBe(withToken.full);
    expect(out.notes).toEqual([]);
  });

  test('without a token the secret mode changes nothing and is not passed on', () => {
    const plain = computed({ timezone: 'Europe/Berlin' });
    for (const mode of ['env', 'secret'] as const) {
      const out = outputFor(plain, profile('file', mode));
      expect(out.values).toBe(plain.changed);
      expect(out.secretMode).toBeUndefined();
      expect(out.notes).toEqual([]);
      expect(install(outputCommands(out, profile('file', mode)))).not.toContain('agent.token');
    }
  });

  test('the CLI file lists dropped and unknown keys and installs the release it names', () => {
    const values = computed({ agent: { executorRefreshInterval: 60 }, operator: { leaderElection: true }, somethingElse: 1 });
    const out = outputFor(values, profile('cli', 'inline'));
    const note = (id: string) => out.notes.find((n) => n.id === id);
    expect(note('cli-dropped')?.paths).toEqual(expect.arrayContaining(['agent.executorRefreshInterval', 'operator.leaderElection']));
    expect(note('cli-unknown')?.paths).toEqual(['somethingElse']);
    expect(out.values.releaseName).toBe('plx');
    expect(out.values.namespace).toBe('ml');
    expect(out.values.deploymentVersion).toBe(VERSION);

    // A releaseName written in the form wins, and the commands follow it.
    const named = outputFor(computed({ releaseName: 'agent-a' }), profile('cli', 'inline'));
    expect(named.values.releaseName).toBe('agent-a');
    expect(named.release).toBe('agent-a');
  });

  test('the CLI file notes paired keys written at their chart value and emptied resource blocks', () => {
    const out = outputFor(computed({ securityContext: { runAsGroup: 3000 }, agent: { resources: { requests: { cpu: null, memory: null } } } }), profile('cli', 'inline'));
    const note = (id: string) => out.notes.find((n) => n.id === id);
    expect(note('cli-added')?.paths).toEqual(['securityContext.runAsUser']);
    expect(note('cli-nulled')?.paths).toEqual(['agent.resources.requests']);
    expect(out.values.securityContext).toEqual({ runAsUser: 2222, runAsGroup: 3000 });
  });

  test('CLI and secret mode: the Secret block and agentSecret name the same release', () => {
    const p = profile('cli', 'secret');
    const out = outputFor(withToken, p);
    const blocks = outputCommands(out, p);
    expect(blocks.find((b) => b.id === 'secret')?.command).toContain('plx-agent-token');
    expect(out.values.agentSecret).toBe('plx-agent-token');
    expect(out.values.agent).toEqual({ instance: 'acme.agents.1' });
    // The install note has nothing left to ask for: the file already has agentSecret and no token.
    expect(blocks.find((b) => b.id === 'install')?.note ?? '').not.toContain('must contain agentSecret');
  });
});

describe('outputFileText', () => {
  test('the plain Helm file keeps the usual header', () => {
    const p = profile('stdin', 'inline');
    const out = outputFor(withToken, p);
    const text = outputFileText(out.yaml, out, p);
    expect(text).toContain('#   helm upgrade --install plx polyaxon/agent --namespace ml --create-namespace --version 2.15.1 -f values.yaml\n');
    expect(text).not.toContain('agent.token is left out');
  });

  test('env mode: the header says where the token comes from and shows the command that passes it', () => {
    const p = profile('stdin', 'env');
    const out = outputFor(withToken, p);
    const header = outputFileText(out.yaml, out, p).slice(0, -out.yaml.length);
    expect(header).toContain('# agent.token is left out of values.yaml: the command passes it from $POLYAXON_AGENT_TOKEN.\n');
    expect(header).toContain('-f values.yaml');
    expect(header).toContain('--set-string agent.token="$POLYAXON_AGENT_TOKEN"');
    for (const line of header.slice(0, -1).split('\n')) expect(line.startsWith('#')).toBe(true);
  });

  test('CLI: the header lists what was left out and the polyaxon admin deploy commands', () => {
    const p = profile('cli', 'inline');
    const out = outputFor(withToken, p);
    const header = outputFileText(out.yaml, out, p).slice(0, -out.yaml.length);
    expect(header).toContain('agent.executorRefreshInterval');
    expect(header).toContain('#   polyaxon admin deploy -f values.yaml --check\n');
    expect(header).not.toContain('helm upgrade');
  });

  test('the full view says so in the header', () => {
    const p = profile('file', 'inline');
    const out = outputFor(withToken, p);
    const text = outputFileText(toYaml(out.full ?? {}), out, p, 'full');
    expect(text).toContain('# All the values Helm renders with');
  });
});
