import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runSeed } from '../../test-utils/run-seed';
import { heredocParts } from './heredoc-parts';
import { withHeredoc } from './shell-quote';

describe('heredocParts', () => {
  test('the values of a stdin command are the heredoc part', () => {
    const yaml = 'agent:\n  token: x\nEOF-ish: 1\n';
    const command = withHeredoc('helm upgrade --install polyaxon-agent polyaxon/agent -f -', yaml);
    const parts = heredocParts(command);
    expect(parts.map((p) => p.kind)).toEqual(['shell', 'heredoc', 'shell']);
    expect(parts[1]?.text).toBe(yaml);
    expect(parts[2]?.text).toMatch(/^EOF\s*$/);
  });

  test('a command without a heredoc is one shell part; an unterminated heredoc runs to the end', () => {
    expect(heredocParts('helm install x -f values.yaml')).toEqual([{ kind: 'shell', text: 'helm install x -f values.yaml' }]);
    expect(heredocParts("cat <<'END'\na: 1\n")).toEqual([
      { kind: 'shell', text: "cat <<'END'\n" },
      { kind: 'heredoc', text: 'a: 1\n' },
    ]);
  });

  test('two heredocs', () => {
    const parts = heredocParts("a <<'EOF'\nx: 1\nEOF\nb <<EOF2\ny: 2\nEOF2\n");
    expect(parts.filter((p) => p.kind === 'heredoc').map((p) => p.text)).toEqual(['x: 1\n', 'y: 2\n']);
  });

  test('never loses or changes a character (seeded)', () => {
    const seed = runSeed('heredocParts');
    const text = fc.string({ unit: fc.constantFrom(...['<', "'", '"', 'E', 'O', 'F', '\n', '\t', ' ', '-', 'a', ':'].map(String)), maxLength: 60 });
    const commands = fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 40 })).map(([cmd, body]) => withHeredoc(cmd, body));
    fc.assert(
      fc.property(fc.oneof(text, commands, fc.string({ unit: 'binary', maxLength: 40 })), (command) => {
        const parts = heredocParts(command);
        expect(parts.map((p) => p.text).join('')).toBe(command);
        for (const p of parts) expect(p.text).not.toBe('');
      }),
      { seed, numRuns: 1000 },
    );
  });
});
