/**
 * A shell command cut into its heredoc bodies and the rest, for highlighting
 * the values a command carries (`helm … -f - <<'EOF'` … `EOF`) as YAML. The
 * parts' texts joined are the command, character for character.
 */
export interface CommandPart {
  /** 'heredoc': the lines between `<<'DELIM'` and the `DELIM` line (with their line breaks); 'shell': the rest. */
  readonly kind: 'shell' | 'heredoc';
  readonly text: string;
}

const OPENER = /<<-?\s*(?:'([^'\n]+)'|"([^"\n]+)"|([A-Za-z_][A-Za-z0-9_]*))[^\n]*\n/g;

export function heredocParts(command: string): CommandPart[] {
  const parts: CommandPart[] = [];
  const push = (kind: CommandPart['kind'], text: string) => {
    if (text !== '') parts.push({ kind, text });
  };
  let shellFrom = 0;
  OPENER.lastIndex = 0;
  for (let match = OPENER.exec(command); match; match = OPENER.exec(command)) {
    const delimiter = match[1] ?? match[2] ?? match[3] ?? '';
    const bodyFrom = match.index + match[0].length;
    // The body ends before the first line that is exactly the delimiter (or runs to the end).
    let bodyTo = command.length;
    let lineFrom = bodyFrom;
    while (lineFrom <= command.length) {
      const nl = command.indexOf('\n', lineFrom);
      const lineTo = nl < 0 ? command.length : nl;
      if (command.slice(lineFrom, lineTo).replace(/^\t+/, '') === delimiter) {
        bodyTo = lineFrom;
        break;
      }
      if (nl < 0) break;
      lineFrom = nl + 1;
    }
    push('shell', command.slice(shellFrom, bodyFrom));
    push('heredoc', command.slice(bodyFrom, bodyTo));
    shellFrom = bodyTo;
    OPENER.lastIndex = Math.max(bodyTo, bodyFrom);
    if (bodyTo >= command.length) break;
  }
  push('shell', command.slice(shellFrom));
  return parts;
}
