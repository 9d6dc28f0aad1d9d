import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { heredocDelimiter, shellQuote, withHeredoc } from './shell-quote';

const table: ReadonlyArray<readonly [string, string]> = [
  ['polyaxon', 'polyaxon'],
  ['ingress.enabled=true', 'ingress.enabled=true'],
  ['https://charts.polyaxon.com', 'https://charts.polyaxon.com'],
  ['a,b', 'a,b'],
  ['', "''"],
  ['two words', "'two words'"],
  ["it's", "'it'\\''s'"],
  ["''", "''\\'''\\'''"],
  ['$HOME', "'$HOME'"],
  ['`id`', "'`id`'"],
  ['$(id)', "'$(id)'"],
  ['"dq"', `'"dq"'`],
  ['a\\b', "'a\\b'"],
  ['line1\nline2', "'line1\nline2'"],
  ['*', "'*'"],
  ['a[0]=x', "'a[0]=x'"],
  ['{a,b}', "'{a,b}'"],
  ['~', "'~'"],
  ['!x', "'!x'"],
  ['a;b', "'a;b'"],
  ['a|b', "'a|b'"],
  ['a&b', "'a&b'"],
  ['#x', "'#x'"],
  ['tab\tx', "'tab\tx'"],
];

describe('shellQuote', () => {
  test.each(table)('%j -> %s', (input, quoted) => {
    expect(shellQuote(input)).toBe(quoted);
  });
});

/** The words a real shell gets from `printf '%s\0' <quoted words>`. */
function shellWords(shell: string, quotedWords: string[]): string[] {
  const r = spawnSync(shell, ['-c', `printf '%s\\0' ${quotedWords.join(' ')}`], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\0').slice(0, -1);
}

function shellAvailable(shell: string): boolean {
  return spawnSync(shell, ['-c', 'true']).status === 0;
}

const nasty = [...table.map(([s]) => s), 'a\'b"c$d`e\\f', 'end with backslash\\', '\\', "'", '  spaces  ', '-- --set x', 'é😀', '\n', '$POLYAXON_AGENT_TOKEN', '!!', '%s%n'];

describe.each(['sh', 'bash', 'zsh'])('quoted words read back by %s', (shell) => {
  const available = shellAvailable(shell);
  if (!available) console.log(`Skipping ${shell} checks: ${shell} is not installed.`);

  test.runIf(available)('each word arrives unchanged', () => {
    expect(shellWords(shell, nasty.map(shellQuote))).toEqual(nasty);
  });

  test.runIf(available)('a heredoc with a quoted delimiter passes the content through unchanged', () => {
    const contents = ['a: "$HOME"\nb: `id`\nc: \\n\nd: $(id)\n', 'EOF\nEOF_1\n  EOF\nx: 1\n', "quote: 'EOF'\n", 'no final newline', 'tabs:\t\tx\n\n\nblank lines\n'];
    for (const content of contents) {
      const r = spawnSync(shell, ['-c', withHeredoc('cat', content)], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(content.endsWith('\n') ? content : `${content}\n`);
    }
  });
});

describe('heredoc', () => {
  test('the delimiter is quoted and never equals a content line', () => {
    expect(heredocDelimiter('a: 1\n')).toBe('EOF');
    expect(heredocDelimiter('EOF\n')).toBe('EOF_1');
    expect(heredocDelimiter('EOF\nEOF_1\n')).toBe('EOF_2');
    expect(heredocDelimiter('  EOF\nEOFX\n')).toBe('EOF');
    expect(heredocDelimiter('VALUES\n', 'VALUES')).toBe('VALUES_1');
  });

  test('layout: command, quoted opener, content, delimiter line', () => {
    expect(withHeredoc('helm install x -f -', 'a: 1\n')).toBe("helm install x -f - <<'EOF'\na: 1\nEOF");
    expect(withHeredoc('cat', 'EOF')).toBe("cat <<'EOF_1'\nEOF\nEOF_1");
  });
});
