/**
 * Splits a pasted shell command into words the way a POSIX shell would,
 * without running or expanding anything: quotes, backslash escapes,
 * backslash-newline continuations, `#` comments and here-documents are
 * understood; `$VAR`, `${VAR}`, `$(...)` and backticks stay literal text and
 * are reported, since their values are not known here.
 */

export type ShellToken =
  | { readonly kind: 'word'; readonly text: string; readonly offset: number }
  /** A newline, `|`, `||`, `&&`, `;`, `&`, `>`, `>>`, `<`: the end of a simple command. */
  | { readonly kind: 'operator'; readonly text: string; readonly offset: number }
  /** A here-document (`<<EOF ... EOF`) with its body. */
  | { readonly kind: 'heredoc'; readonly text: string; readonly delimiter: string; readonly offset: number; readonly terminated: boolean };

export interface ShellWords {
  readonly tokens: readonly ShellToken[];
  /** Expansions left as literal text, in order (`$TOKEN`, `$(cat x)`, ...). */
  readonly expansions: readonly string[];
  /** Unquoted `{a,b}` words, which bash and zsh would expand (POSIX sh does not). */
  readonly braces: readonly string[];
  /** Set when the text ends inside quotes. */
  readonly unterminated?: 'single' | 'double';
}

const OPERATORS = ['&&', '||', '>>', '|', ';', '&', '>', '<'];
const SPACE = /[ \t\r\n]/;

function readExpansion(text: string, i: number): string {
  // i points at `$` or a backtick.
  if (text[i] === '`') {
    const end = text.indexOf('`', i + 1);
    return text.slice(i, end < 0 ? text.length : end + 1);
  }
  const next = text[i + 1];
  if (next === '{' || next === '(') {
    const close = next === '{' ? '}' : ')';
    let depth = 0;
    for (let j = i + 1; j < text.length; j += 1) {
      if (text[j] === next) depth += 1;
      else if (text[j] === close) {
        depth -= 1;
        if (depth === 0) return text.slice(i, j + 1);
      }
    }
    return text.slice(i);
  }
  const m = /^\$([A-Za-z_][A-Za-z0-9_]*|[0-9#?@*$!-])/.exec(text.slice(i));
  return m ? m[0] : '$';
}

export function shellWords(input: string): ShellWords {
  const text = input.replace(/\r\n/g, '\n');
  const tokens: ShellToken[] = [];
  const expansions: string[] = [];
  const braces: string[] = [];
  const pendingHeredocs: { strip: boolean; delimiter: string; index: number }[] = [];
  let word: string | undefined;
  let wordStart = 0;
  let i = 0;

  const flush = () => {
    if (word !== undefined) tokens.push({ kind: 'word', text: word, offset: wordStart });
    word = undefined;
  };
  const add = (s: string) => {
    if (word === undefined) {
      word = '';
      wordStart = i;
    }
    word += s;
  };
  const expansion = () => {
    const e = readExpansion(text, i);
    if (e.length > 1) expansions.push(e);
    add(e);
    i += e.length;
  };

  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\') {
      if (text[i + 1] === '\n') {
        i += 2; // line continuation
        continue;
      }
      if (i + 1 < text.length) add(text[i + 1] as string);
      i += 2;
      continue;
    }
    if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) {
        add(text.slice(i + 1));
        flush();
        return { tokens, expansions, braces, unterminated: 'single' };
      }
      add(text.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    if (c === '"') {
      if (word === undefined) {
        word = '';
        wordStart = i;
      }
      i += 1;
      let closed = false;
      while (i < text.length) {
        const d = text[i] as string;
        if (d === '"') {
          closed = true;
          i += 1;
          break;
        }
        if (d === '\\') {
          const n = text[i + 1];
          if (n === '\n') i += 2;
          else if (n === '$' || n === '`' || n === '"' || n === '\\') {
            word += n;
            i += 2;
          } else {
            word += d;
            i += 1;
          }
          continue;
        }
        if (d === '$' || d === '`') {
          const e = readExpansion(text, i);
          if (e.length > 1) expansions.push(e);
          word += e;
          i += e.length;
          continue;
        }
        word += d;
        i += 1;
      }
      if (!closed) {
        flush();
        return { tokens, expansions, braces, unterminated: 'double' };
      }
      continue;
    }
    if (c === '$' || c === '`') {
      expansion();
      continue;
    }
    if (c === '#' && word === undefined) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
      continue;
    }
    if (c === '\n') {
      flush();
      tokens.push({ kind: 'operator', text: '\n', offset: i });
      i += 1;
      // Here-document bodies start on the line after their `<<` operator.
      for (const h of pendingHeredocs.splice(0)) {
        const lines: string[] = [];
        let found = false;
        while (i < text.length) {
          const end = text.indexOf('\n', i);
          const line = text.slice(i, end < 0 ? text.length : end);
          i = end < 0 ? text.length : end + 1;
          const cmp = h.strip ? line.replace(/^\t+/, '') : line;
          if (cmp === h.delimiter) {
            found = true;
            break;
          }
          lines.push(cmp);
        }
        const token = tokens[h.index];
        if (token && token.kind === 'heredoc') {
          tokens[h.index] = { ...token, text: lines.length > 0 ? `${lines.join('\n')}\n` : '', terminated: found };
        }
      }
      continue;
    }
    if (SPACE.test(c)) {
      flush();
      i += 1;
      continue;
    }
    if (c === '<' && text[i + 1] === '<' && text[i + 2] !== '<') {
      flush();
      const start = i;
      i += 2;
      const strip = text[i] === '-';
      if (strip) i += 1;
      while (text[i] === ' ' || text[i] === '\t') i += 1;
      const m = /^(?:'([^'\n]*)'|"([^"\n]*)"|([^\s;&|<>]+))/.exec(text.slice(i));
      const delimiter = m ? (m[1] ?? m[2] ?? (m[3] as string).replace(/\\/g, '')) : '';
      i += m ? m[0].length : 0;
      pendingHeredocs.push({ strip, delimiter, index: tokens.length });
      tokens.push({ kind: 'heredoc', text: '', delimiter, offset: start, terminated: false });
      continue;
    }
    if (c === '{') {
      const m = /^\{[^\s{}'"]*,[^\s{}'"]*\}/.exec(text.slice(i));
      if (m) braces.push(m[0]);
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op) {
      flush();
      tokens.push({ kind: 'operator', text: op, offset: i });
      i += op.length;
      continue;
    }
    add(c);
    i += 1;
  }
  flush();
  return { tokens, expansions, braces };
}
