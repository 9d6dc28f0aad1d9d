import { describe, expect, test } from 'vitest';
import { detectSource } from './detect-source';
import { helmGetValuesHeader, stripHelmGetValuesHeader } from './helm-get-values';

describe('detectSource', () => {
  test.each([
    ['agent:\n  token: x\n', 'values-yaml'],
    ['# my values\n\ntimezone: UTC\n', 'values-yaml'],
    ['helm: not a command\n', 'values-yaml'],
    ['', 'values-yaml'],
    ['USER-SUPPLIED VALUES:\nagent: {}\n', 'helm-get-values'],
    ['\nCOMPUTED VALUES:\nagent: {}\n', 'helm-get-values'],
    ['$ helm get values agent\nUSER-SUPPLIED VALUES:\nnull\n', 'helm-get-values'],
    ['helm install agent polyaxon/agent\n', 'helm-command'],
    ['# install it\nhelm upgrade --install a polyaxon/agent', 'helm-command'],
    ['$ helm upgrade a b', 'helm-command'],
    ['KUBECONFIG=~/.kube/x helm install a b', 'helm-command'],
    ['/usr/local/bin/helm install a b', 'helm-command'],
    ["--set a=1 --set-string 'b=2'", 'helm-command'],
    ['-f values.yaml', 'helm-command'],
  ])('%j → %s', (text, kind) => {
    expect(detectSource(text)).toBe(kind);
  });
});

describe('helm get values headers', () => {
  test('a header must come first (after blank lines or the command)', () => {
    expect(helmGetValuesHeader('a: 1\nUSER-SUPPLIED VALUES:\n')).toBeUndefined();
    expect(helmGetValuesHeader('USER-SUPPLIED VALUES:\r\na: 1\r\n')).toBe('user-supplied');
  });

  test('stripping keeps the line count', () => {
    const { header, yaml } = stripHelmGetValuesHeader('$ helm get values a -a\nCOMPUTED VALUES:\nx: 1\n');
    expect(header).toBe('computed');
    expect(yaml).toBe('\n\nx: 1\n');
  });
});
