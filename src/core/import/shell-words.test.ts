import { describe, expect, test } from 'vitest';
import { shellWords } from './shell-words';

const words = (text: string) => shellWords(text).tokens.map((t) => (t.kind === 'word' ? t.text : `<${t.kind}:${t.text}>`));

describe('shellWords', () => {
  test.each([
    ['helm install agent polyaxon/agent', ['helm', 'install', 'agent', 'polyaxon/agent']],
    ["--set 'a=b c'", ['--set', 'a=b c']],
    ['--set "a=b c"', ['--set', 'a=b c']],
    ['--set a="b c"d', ['--set', 'a=b cd']],
    ["--set 'it'\\''s'", ['--set', "it's"]],
    ['--set a\\ b=c', ['--set', 'a b=c']],
    ['--set a=b\\,c', ['--set', 'a=b,c']],
    ["--set 'a=b\\,c'", ['--set', 'a=b\\,c']],
    ['--set "a=\\"q\\" \\\\ \\,"', ['--set', 'a="q" \\ \\,']],
    ["''", ['']],
    ['a  \t b', ['a', 'b']],
    ['helm repo update\nhelm install x', ['helm', 'repo', 'update', '<operator:\n>', 'helm', 'install', 'x']],
    ['helm install \\\n  agent \\\n  polyaxon/agent', ['helm', 'install', 'agent', 'polyaxon/agent']],
    ['helm install x y # a comment\n--set a=1', ['helm', 'install', 'x', 'y', '<operator:\n>', '--set', 'a=1']],
    ['a#b', ['a#b']],
    ['helm install x y | tee out.txt', ['helm', 'install', 'x', 'y', '<operator:|>', 'tee', 'out.txt']],
    ['a && b; c', ['a', '<operator:&&>', 'b', '<operator:;>', 'c']],
  ])('%j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test('backslash-newline inside double quotes joins the lines', () => {
    expect(words('"a\\\nb"')).toEqual(['ab']);
  });

  test('expansions stay literal and are listed', () => {
    const r = shellWords('--set agent.token=$TOKEN --set "x=${HOME}/a" --set y=$(cat f) --set z=`id` --set q=\'$NOT\'');
    expect(r.tokens.map((t) => t.text)).toEqual(['--set', 'agent.token=$TOKEN', '--set', 'x=${HOME}/a', '--set', 'y=$(cat f)', '--set', 'z=`id`', '--set', 'q=$NOT']);
    expect(r.expansions).toEqual(['$TOKEN', '${HOME}', '$(cat f)', '`id`']);
  });

  test('a lone $ is literal and not an expansion', () => {
    const r = shellWords('--set price=5$');
    expect(r.tokens[1]?.text).toBe('price=5$');
    expect(r.expansions).toEqual([]);
  });

  test('unterminated quotes are reported', () => {
    expect(shellWords("--set 'a=b").unterminated).toBe('single');
    expect(shellWords('--set "a=b').unterminated).toBe('double');
  });

  test('here-documents keep their body', () => {
    const r = shellWords("helm upgrade --install agent polyaxon/agent -f - <<'EOF'\nagent:\n  token: $T\nEOF\necho done\n");
    const heredoc = r.tokens.find((t) => t.kind === 'heredoc');
    expect(heredoc).toMatchObject({ kind: 'heredoc', delimiter: 'EOF', text: 'agent:\n  token: $T\n', terminated: true });
    expect(r.tokens.filter((t) => t.kind === 'word').at(-2)).toMatchObject({ kind: 'word', text: 'echo' });
  });

  test('<<- strips leading tabs', () => {
    const r = shellWords('cat <<-END\n\ta: 1\n\tEND\n');
    expect(r.tokens.find((t) => t.kind === 'heredoc')).toMatchObject({ text: 'a: 1\n', terminated: true });
  });
});
