import { describe, expect, test } from 'vitest';
import { parseHelmCommand, type HelmCommandArgs } from './helm-command-args';

function args(text: string): HelmCommandArgs {
  const r = parseHelmCommand(text);
  if (!r.ok) throw new Error(r.error);
  return r.args;
}

describe('parseHelmCommand', () => {
  test('install with release, chart, namespace, version and value flags in order', () => {
    const a = args("helm install agent polyaxon/agent -n polyaxon --create-namespace --version=2.15.1 --set a.b=1 --set-string 'c=yes' --set-json='d=[1]' --wait");
    expect(a).toMatchObject({ subcommand: 'install', release: 'agent', chart: 'polyaxon/agent', namespace: 'polyaxon', version: '2.15.1' });
    expect(a.setFlags).toEqual([
      { kind: 'set', expr: 'a.b=1' },
      { kind: 'set-string', expr: 'c=yes' },
      { kind: 'set-json', expr: 'd=[1]' },
    ]);
    expect(a.notes).toEqual([]);
  });

  test('upgrade --install, shorthands (-i, -n, -f, -fvalue, -f=value), continuations', () => {
    const a = args('helm upgrade -i agent polyaxon/agent \\\n  -npolyaxon \\\n  -f values.yaml -fother.yaml -f=third.yaml --values a.yaml,b.yaml');
    expect(a).toMatchObject({ subcommand: 'upgrade', release: 'agent', chart: 'polyaxon/agent', namespace: 'polyaxon' });
    expect(a.valuesFiles).toEqual(['values.yaml', 'other.yaml', 'third.yaml', 'a.yaml', 'b.yaml']);
  });

  test('install --generate-name takes one positional: the chart', () => {
    expect(args('helm install polyaxon/agent --generate-name')).toMatchObject({ chart: 'polyaxon/agent', release: undefined });
    expect(args('helm install -g polyaxon/agent')).toMatchObject({ chart: 'polyaxon/agent' });
  });

  test('flags that take values do not swallow positionals, and bools do not take the next word', () => {
    const a = args('helm upgrade --atomic --timeout 5m agent --wait polyaxon/agent');
    expect(a).toMatchObject({ release: 'agent', chart: 'polyaxon/agent' });
  });

  test('`--` ends the flags', () => {
    expect(args('helm install -- agent polyaxon/agent')).toMatchObject({ release: 'agent', chart: 'polyaxon/agent' });
  });

  test('the helm command is found among others; the others are noted', () => {
    const a = args('helm repo add polyaxon https://charts.polyaxon.com\nhelm repo update\nhelm upgrade agent polyaxon/agent --install --set x=1');
    expect(a.setFlags).toEqual([{ kind: 'set', expr: 'x=1' }]);
    expect(a.notes.join(' ')).toContain('the 2 other commands were ignored');
  });

  test('prompts, env assignments and paths before helm are skipped', () => {
    expect(args('$ KUBECONFIG=/tmp/k /usr/local/bin/helm install a polyaxon/agent').release).toBe('a');
  });

  test('`-f -` reads the here-document, also through `cat <<EOF |`', () => {
    expect(args("helm upgrade a polyaxon/agent -f - <<'EOF'\nx: 1\nEOF\n")).toMatchObject({ stdinValues: 'x: 1\n', stdinMissing: false });
    expect(args("cat <<'EOF' | helm upgrade a polyaxon/agent --values -\ny: 2\nEOF\n")).toMatchObject({ stdinValues: 'y: 2\n' });
    expect(args('helm upgrade a polyaxon/agent -f -')).toMatchObject({ stdinValues: undefined, stdinMissing: true });
  });

  test('--set-file, --set-literal and --reuse-values are collected', () => {
    const a = args('helm upgrade a polyaxon/agent --set-file k=./x.txt --set-literal "p=a,b" --reuse-values');
    expect(a).toMatchObject({ setFileFlags: ['k=./x.txt'], literalFlags: ['p=a,b'], reuseValues: true });
  });

  test('wrapped lines that start with a flag are read as part of the command', () => {
    const a = args('helm install agent polyaxon/agent\n  --set a=1\n  --set b=2\necho done');
    expect(a.setFlags.map((f) => f.expr)).toEqual(['a=1', 'b=2']);
    expect(a.notes.join(' ')).toContain('2 line(s) starting with a flag');
    expect(a.notes.join(' ')).toContain('the other command was ignored');
  });

  test('a list of flags without a command', () => {
    const a = args("--set a=1 \\\n --set-string 'b=2'");
    expect(a.subcommand).toBeUndefined();
    expect(a.setFlags).toHaveLength(2);
  });

  test('unknown flags are noted', () => {
    expect(args('helm install a polyaxon/agent --frobnicate').notes.join(' ')).toContain('--frobnicate');
  });

  test.each([
    ['helm repo add polyaxon https://charts.polyaxon.com', 'No `helm install`'],
    ['kubectl apply -f x.yaml', 'does not look like a helm command'],
    ["helm install a b --set 'x=1", 'unclosed single quote'],
  ])('%j is refused', (text, message) => {
    const r = parseHelmCommand(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});
