/**
 * POSIX shell quoting for the generated commands (sh, bash, zsh).
 */

/** Words made only of these characters mean the same to the shell with or without quotes. */
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes `s` as one shell word: unchanged when it has only safe characters,
 * else inside single quotes, where nothing is special; an embedded `'` is
 * written as `'\''` (close, escaped quote, reopen). Newlines stay literal.
 */
export function shellQuote(s: string): string {
  if (SAFE_WORD.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** A heredoc delimiter that is no line of `content` (`EOF`, then `EOF_1`, `EOF_2`, ...). */
export function heredocDelimiter(content: string, preferred = 'EOF'): string {
  const lines = new Set(content.split('\n'));
  let delimiter = preferred;
  for (let i = 1; lines.has(delimiter); i += 1) delimiter = `${preferred}_${i}`;
  return delimiter;
}

/**
 * `command <<'DELIM'`, the content, then the delimiter line. The quoted
 * delimiter turns off every expansion ($, backticks, backslashes), so the
 * shell passes the content through unchanged on standard input; it is chosen
 * so that no content line ends the heredoc early. A final newline is added
 * when the content lacks one (the shell always ends the text with one).
 */
export function withHeredoc(command: string, content: string, preferred = 'EOF'): string {
  const delimiter = heredocDelimiter(content, preferred);
  const body = content.endsWith('\n') || content === '' ? content : `${content}\n`;
  return `${command} <<'${delimiter}'\n${body}${delimiter}`;
}
