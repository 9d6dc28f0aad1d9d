import { shellQuote } from '../helm-command/shell-quote';

/** A clearly marked value to replace: `<what>`, quoted as one shell word so the line still parses. */
export function placeholder(what: string): string {
  return `<${what}>`;
}

/** `'<what>'`: a placeholder as a quoted shell word. */
export function quotedPlaceholder(what: string): string {
  return shellQuote(placeholder(what));
}

const PLACEHOLDER = /<[^<>\n]+>/g;

/** The placeholders in a command, in order, each once. */
export function placeholdersIn(command: string): string[] {
  return [...new Set(command.match(PLACEHOLDER) ?? [])];
}
