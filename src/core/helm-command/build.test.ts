import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import type { Values } from '../../shared/values';
import { toYaml } from '../yaml/to-yaml';
import { buildHelmCommands, nameProblems, type CommandBlock, type CommandVariant, type HelmCommandInput, type SecretMode } from './build';
import { parseSetFlags } from './parse-set';
import { valuesForSecretMode } from './secret-mode';
import type { SetFlag } from './set-flags';

const changed: Values = {
  ingress: {
    enabled: true,
    hostName: 'polyaxon.acme.com',
    tls: [{ secretName: 'polyaxon.acme-tls', hosts: ['polyaxon.acme.com'] }],
    annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '4G', 'ingress.kubernetes.io/proxy-read-timeout': '600' },
  },
  agent: { instance: 'acme.agents.UUID', token: "t0k'en$`x`" },
  affinity: null,
};

function input(variant: CommandVariant, secretMode?: SecretMode, extra: Partial<HelmCommandInput> = {}): HelmCommandInput {
  return { release: 'polyaxon', namespace: 'ml-team', chartVersion: '2.15.1', changed, yaml: toYaml(changed), variant, secretMode, ...extra };
}

function block(blocks: CommandBlock[], id: string): CommandBlock {
  const found = blocks.find((b) => b.id === id);
  if (!found) throw new Error(`no block ${id} in ${blocks.map((b) => b.id).join(', ')}`);
  return found;
}

const HEAD = 'helm upgrade --install polyaxon polyaxon/agent --namespace ml-team --create-namespace --version 2.15.1';

/** Runs a command text in sh with `helm`/`kubectl` replaced by functions that record argv and stdin. */
function runRecorded(command: string, env: Record<string, string> = {}): { args: string[][]; stdin: string } {
  const script = [
    'rec() { printf "%s\\036" "$@" >> "$REC_DIR/args"; printf "\\035" >> "$REC_DIR/args"; if [ ! -t 0 ]; then cat >> "$REC_DIR/stdin"; fi; }',
    'helm() { rec helm "$@"; }',
    'kubectl() { rec kubectl "$@" < /dev/null; }',
    command,
  ].join('\n');
  const dir = spawnSync('mktemp', ['-d'], { encoding: 'utf8' }).stdout.trim();
  const r = spawnSync('sh', ['-c', script], { encoding: 'utf8', env: { ...process.env, ...env, REC_DIR: dir }, input: '' });
  expect(r.status, r.stderr).toBe(0);
  const read = (f: string) => spawnSync('cat', [`${dir}/${f}`], { encoding: 'utf8' }).stdout;
  const args = read('args')
    .split('\u001d')
    .filter((s) => s !== '')
    .map((call) => call.split('\u001e').slice(0, -1));
  const stdin = read('stdin');
  spawnSync('rm', ['-rf', dir]);
  return { args, stdin };
}

/** The value flags of a recorded helm argv. */
function valueFlags(argv: string[]): SetFlag[] {
  const flags: SetFlag[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i] as string;
    if (a === '--set' || a === '--set-string' || a === '--set-json') {
      flags.push({ kind: a.slice(2) as SetFlag['kind'], expr: argv[i + 1] as string });
      i += 1;
    }
  }
  return flags;
}

describe('buildHelmCommands: blocks', () => {
  test('repo and install, in that order; a Secret block only in secret mode (the rest is the deploy runbook)', () => {
    expect(buildHelmCommands(input('file')).map((b) => b.id)).toEqual(['repo', 'install']);
    expect(buildHelmCommands(input('set', 'secret')).map((b) => b.id)).toEqual(['repo', 'secret', 'install']);
  });

  test('repo block', () => {
    expect(block(buildHelmCommands(input('file')), 'repo').command).toBe('helm repo add polyaxon https://charts.polyaxon.com\nhelm repo update');
  });
});

describe("variant 'file'", () => {
  test('inline: one line with -f values.yaml', () => {
    const install = block(buildHelmCommands(input('file')), 'install');
    expect(install.command).toBe(`${HEAD} -f values.yaml`);
    expect(install.note).toContain('values.yaml');
  });

  test('env: the token comes from $POLYAXON_AGENT_TOKEN through --set-string', () => {
    const install = block(buildHelmCommands(input('file', 'env')), 'install');
    expect(install.command).toBe(`${HEAD} \\\n  -f values.yaml \\\n  --set-string agent.token="$POLYAXON_AGENT_TOKEN"`);
    expect(install.note).toContain('read -rs POLYAXON_AGENT_TOKEN && export POLYAXON_AGENT_TOKEN');
    expect(install.note).toContain('Leave agent.token out of values.yaml');
    const token = 'a b$`c`\'"';
    const run = runRecorded(install.command, { POLYAXON_AGENT_TOKEN: token });
    expect(run.args[0]?.slice(-2)).toEqual(['--set-string', `agent.token=${token}`]);
  });

  test('secret: agentSecret points at the Secret created by hand', () => {
    const blocks = buildHelmCommands(input('file', 'secret'));
    expect(block(blocks, 'install').command).toBe(`${HEAD} \\\n  -f values.yaml \\\n  --set agentSecret=polyaxon-agent-token`);
    const secret = block(blocks, 'secret');
    expect(secret.command).toBe(
      [
        'kubectl create namespace ml-team --dry-run=client -o yaml | kubectl apply -f -',
        'kubectl create secret generic polyaxon-agent-token -n ml-team --from-literal=POLYAXON_AUTH_TOKEN="$POLYAXON_AGENT_TOKEN"',
      ].join('\n'),
    );
    const token = "tok,en'$x";
    const run = runRecorded(secret.command, { POLYAXON_AGENT_TOKEN: token });
    expect(run.args.at(-1)).toEqual(['kubectl', 'create', 'secret', 'generic', 'polyaxon-agent-token', '-n', 'ml-team', `--from-literal=POLYAXON_AUTH_TOKEN=${token}`]);
  });
});

describe("variant 'stdin'", () => {
  test('inline: the preview text goes to helm on stdin, byte for byte', () => {
    const install = block(buildHelmCommands(input('stdin')), 'install');
    expect(install.command.startsWith(`${HEAD} -f - <<'EOF'\n`)).toBe(true);
    const run = runRecorded(install.command);
    expect(run.stdin).toBe(toYaml(changed));
    expect(run.args[0]).toEqual(['helm', ...HEAD.split(' ').slice(1), '-f', '-']);
  });

  test('a preview line equal to EOF does not end the heredoc early', () => {
    const yaml = 'a: |\n  x\nEOF\n';
    const run = runRecorded(block(buildHelmCommands(input('stdin', 'inline', { yaml })), 'install').command);
    expect(run.stdin).toBe(yaml);
  });

  test('env and secret: the YAML leaves the token out; secret adds agentSecret', () => {
    const env = runRecorded(block(buildHelmCommands(input('stdin', 'env')), 'install').command, { POLYAXON_AGENT_TOKEN: 'T' });
    expect(env.stdin).toBe(toYaml(valuesForSecretMode(changed, 'env', 'polyaxon')));
    expect(env.stdin).not.toContain('token');
    expect(valueFlags(env.args[0] ?? [])).toEqual([{ kind: 'set-string', expr: 'agent.token=T' }]);

    const secret = runRecorded(block(buildHelmCommands(input('stdin', 'secret')), 'install').command);
    expect(secret.stdin).toContain('agentSecret: polyaxon-agent-token\n');
    expect(secret.stdin).not.toContain('token:');
  });
});

describe("variant 'set'", () => {
  test('one flag per line with continuations; the flags read back to the values', () => {
    const install = block(buildHelmCommands(input('set')), 'install');
    const lines = install.command.split('\n');
    expect(lines[0]).toBe(`${HEAD} \\`);
    for (const line of lines.slice(1, -1)) expect(line).toMatch(/^ {2}--set(-string|-json)? .* \\$/);
    expect(install.command).toContain("--set 'ingress.annotations.nginx\\.ingress\\.kubernetes\\.io/proxy-body-size=4G'");
    expect(install.command).toContain("--set-string 'ingress.annotations.ingress\\.kubernetes\\.io/proxy-read-timeout=600'");
    expect(install.command).toContain('--set affinity=null');
    expect(install.note).toContain('Helm 3.10');
    const run = runRecorded(install.command);
    expect(parseSetFlags(valueFlags(run.args[0] ?? []))).toEqual(changed);
  });

  test('env: the token flag comes last and reads the variable', () => {
    const install = block(buildHelmCommands(input('set', 'env')), 'install');
    expect(install.command.endsWith('\\\n  --set-string agent.token="$POLYAXON_AGENT_TOKEN"')).toBe(true);
    const run = runRecorded(install.command, { POLYAXON_AGENT_TOKEN: 'abc123' });
    const expected = valuesForSecretMode(changed, 'env', 'polyaxon');
    (expected.agent as Values).token = 'abc123';
    expect(parseSetFlags(valueFlags(run.args[0] ?? []))).toEqual(expected);
  });

  test('secret: no token, agentSecret set', () => {
    const install = block(buildHelmCommands(input('set', 'secret')), 'install');
    const run = runRecorded(install.command);
    const values = parseSetFlags(valueFlags(run.args[0] ?? []));
    expect(values.agentSecret).toBe('polyaxon-agent-token');
    expect((values.agent as Values).token).toBeUndefined();
  });

  test('nothing changed: the bare command', () => {
    const install = block(buildHelmCommands(input('set', 'inline', { changed: {}, yaml: '{}\n' })), 'install');
    expect(install.command).toBe(HEAD);
  });

  test('keys Helm flags cannot write are reported', () => {
    const install = block(buildHelmCommands(input('set', 'inline', { changed: { '': 1, a: 1 } })), 'install');
    expect(install.note).toContain('Left out');
  });
});

describe("variant 'cli'", () => {
  test('pins the CLI to the chart release, checks, then deploys', () => {
    const install = block(buildHelmCommands(input('cli')), 'install');
    expect(install.command).toBe('pip install "polyaxon==2.15.1"\npolyaxon admin deploy -f values.yaml --check\npolyaxon admin deploy -f values.yaml');
  });

  test('notes what the file lacks for the CLI; nothing when it is CLI-ready', () => {
    const lacking = block(buildHelmCommands(input('cli')), 'install').note ?? '';
    expect(lacking).toContain('deploymentChart: agent');
    expect(lacking).toContain('deploymentVersion');
    expect(lacking).toContain('releaseName');
    const ready: Values = { deploymentChart: 'agent', deploymentVersion: '2.15.1', namespace: 'ml-team', releaseName: 'polyaxon', ...changed };
    const note = block(buildHelmCommands(input('cli', 'inline', { changed: ready })), 'install').note ?? '';
    expect(note).not.toContain('deploymentChart');
    expect(note).not.toContain('deploymentVersion:');
    expect(note).not.toContain('releaseName');
  });

  test('the token Secret is named for the release the CLI installs', () => {
    const blocks = buildHelmCommands(input('cli', 'secret', { changed: { releaseName: 'agent-a' } }));
    expect(block(blocks, 'secret').command).toContain('agent-a-agent-token');
    expect(block(buildHelmCommands(input('cli', 'secret')), 'secret').command).toContain(' agent-agent-token ');
  });

  test('env mode is explained (the CLI reads only the file)', () => {
    expect(block(buildHelmCommands(input('cli', 'env')), 'install').note).toContain('reads the token only from the file');
  });
});

describe('release and namespace names', () => {
  test.each([
    ['polyaxon', 'polyaxon', 0],
    ['Polyaxon', 'polyaxon', 1],
    ['my_release', 'polyaxon', 1],
    ['a'.repeat(54), 'polyaxon', 1],
    ['1agent', 'polyaxon', 1],
    ['a'.repeat(47), 'polyaxon', 1],
    ['a'.repeat(46), 'polyaxon', 0],
    ['polyaxon', 'Bad NS', 1],
    ['', '', 2],
  ])('release %j, namespace %j: %i problem(s)', (release, namespace, count) => {
    expect(nameProblems(release, namespace)).toHaveLength(count);
  });

  test('an invalid name gives a note, never an exception, and stays shell-safe', () => {
    const blocks = buildHelmCommands(input('file', 'inline', { release: 'bad name; rm -rf ~', namespace: '$(id)' }));
    const install = block(blocks, 'install');
    expect(install.note).toContain('is not valid');
    expect(install.command).toContain("'bad name; rm -rf ~'");
    expect(install.command).toContain("--namespace '$(id)'");
    const run = runRecorded(install.command);
    expect(run.args[0]?.slice(1, 4)).toEqual(['upgrade', '--install', 'bad name; rm -rf ~']);
  });
});
