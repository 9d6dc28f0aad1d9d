import { plainType } from './yaml11';

/**
 * A small YAML tokenizer for syntax highlighting the preview and the command
 * blocks. It never loses or changes a character: the tokens' texts joined are
 * the input, whatever the input is (invalid YAML, any Unicode). It reads the
 * block style toYaml() writes (keys, list dashes, plain and quoted scalars,
 * block scalars, comments) and makes a fair guess at anything else.
 */
export type YamlTokenType =
  | 'key' // a mapping key (plain or quoted)
  | 'string' // quoted and plain string scalars, block scalar text
  | 'number'
  | 'literal' // null, ~, booleans (YAML 1.1: yes/no/on/off too)
  | 'comment'
  | 'anchor' // &anchor and *alias
  | 'tag' // !tag, !!str
  | 'punct' // - ? : | > , [ ] { } --- ...
  | 'plain'; // whitespace, line breaks

export interface YamlToken {
  readonly type: YamlTokenType;
  readonly text: string;
}

interface State {
  /** Inside a block scalar (`key: |`): lines indented deeper than this column, or blank, are its text. */
  block?: number;
  /** Inside a quoted scalar that goes on past the line's end. */
  quote?: '"' | "'";
  /** Open flow collections ([ or {) carried over from earlier lines. */
  flow: number;
}

class Tokens {
  readonly list: YamlToken[] = [];
  push(type: YamlTokenType, text: string): void {
    if (text === '') return;
    const last = this.list[this.list.length - 1];
    if (last && last.type === type) this.list[this.list.length - 1] = { type, text: last.text + text };
    else this.list.push({ type, text });
  }
}

const SPACE = /[ \t]/;
const isSpace = (c: string | undefined) => c !== undefined && SPACE.test(c);
/** Characters that cannot start a plain scalar in block context. */
const INDICATORS = new Set([...',[]{}#&*!|>\'"%@`']);
const FLOW_END = new Set([',', ']', '}']);

/** The end (exclusive) of a quoted scalar starting at `start` (the quote), or -1 when it goes past the line. */
function quoteEnd(line: string, start: number, quote: '"' | "'"): number {
  for (let j = start; j < line.length; j += 1) {
    const c = line[j];
    if (quote === '"' && c === '\\') j += 1;
    else if (c === quote) {
      if (quote === "'" && line[j + 1] === "'") j += 1;
      else return j + 1;
    }
  }
  return -1;
}

function scalarType(text: string): YamlTokenType {
  switch (plainType(text)) {
    case 'null':
    case 'bool':
      return 'literal';
    case 'int':
    case 'float':
      return 'number';
    default:
      return 'string';
  }
}

/** The end of the whitespace run at `i`. */
function skipSpace(line: string, i: number): number {
  while (isSpace(line[i])) i += 1;
  return i;
}

/** Where a mapping key's `:` is when the line at `i` holds `key: …` (plain key), else -1. */
function plainKeyColon(line: string, i: number): number {
  const c = line[i];
  if (c === undefined || INDICATORS.has(c)) return -1;
  if ((c === '-' || c === '?' || c === ':') && (i + 1 >= line.length || isSpace(line[i + 1]))) return -1;
  for (let j = i; j < line.length; j += 1) {
    if (line[j] === '#' && j > i && isSpace(line[j - 1])) return -1; // a comment starts first
    if (line[j] === ':' && (j + 1 === line.length || isSpace(line[j + 1]))) return j;
  }
  return -1;
}

class LineReader {
  constructor(
    private readonly line: string,
    private readonly out: Tokens,
    private readonly state: State,
  ) {}

  private get length(): number {
    return this.line.length;
  }

  private emit(type: YamlTokenType, from: number, to: number): number {
    this.out.push(type, this.line.slice(from, to));
    return to;
  }

  private space(i: number): number {
    return this.emit('plain', i, skipSpace(this.line, i));
  }

  read(): void {
    const { line, state } = this;
    if (state.block !== undefined) {
      const indent = skipSpace(line, 0);
      if (indent === line.length || indent > state.block) {
        this.emit('plain', 0, indent);
        this.emit('string', indent, line.length);
        return;
      }
      state.block = undefined;
    }
    if (state.quote) {
      const start = this.space(0);
      const end = quoteEnd(line, start, state.quote);
      if (end < 0) {
        this.emit('string', start, line.length);
        return;
      }
      state.quote = undefined;
      this.value(this.emit('string', start, end), 0, true);
      return;
    }
    let i = this.space(0);
    if (state.flow > 0) {
      this.value(i, i, false);
      return;
    }
    if (line[i] === '#') {
      this.emit('comment', i, line.length);
      return;
    }
    const marker = /^(?:---|\.\.\.)(?=[ \t]|$)/.exec(line.slice(i));
    if (marker) {
      i = this.emit('punct', i, i + 3);
      this.value(this.space(i), 0, false);
      return;
    }
    let node = i; // the column of the innermost node on the line (for block scalars)
    // List dashes and complex-key marks: `- `, `- - `, `? `.
    while ((line[i] === '-' || line[i] === '?') && (i + 1 === line.length || isSpace(line[i + 1]))) {
      node = i;
      i = this.space(this.emit('punct', i, i + 1));
    }
    const key = this.key(i);
    if (key >= 0) {
      node = i;
      i = this.space(key);
    }
    this.value(i, node, false);
  }

  /** A `key:` at `i`: emits it and its colon and returns the position after them, or -1 when there is none. */
  private key(i: number): number {
    const { line } = this;
    const c = line[i];
    if (c === '"' || c === "'") {
      const end = quoteEnd(line, i + 1, c);
      if (end < 0) return -1;
      const colon = skipSpace(line, end);
      if (line[colon] !== ':' || !(colon + 1 === line.length || isSpace(line[colon + 1]))) return -1;
      this.emit('key', i, end);
      this.emit('plain', end, colon);
      return this.emit('punct', colon, colon + 1);
    }
    const colon = plainKeyColon(line, i);
    if (colon < 0) return -1;
    let end = colon;
    while (end > i && isSpace(line[end - 1])) end -= 1;
    this.emit('key', i, end);
    this.emit('plain', end, colon);
    return this.emit('punct', colon, colon + 1);
  }

  /** The rest of the line from `i`: a value (properties, a scalar, a flow collection, a block scalar header) and a comment. */
  private value(i: number, node: number, afterScalar: boolean): void {
    const { line, state } = this;
    let seenScalar = afterScalar;
    while (i < this.length) {
      const c = line[i] ?? '';
      if (isSpace(c)) {
        i = this.space(i);
        continue;
      }
      if (c === '#' && (i === 0 || isSpace(line[i - 1]))) {
        this.emit('comment', i, this.length);
        return;
      }
      const inFlow = state.flow > 0;
      if (c === '[' || c === '{') {
        state.flow += 1;
        i = this.emit('punct', i, i + 1);
        continue;
      }
      if (inFlow && (c === ']' || c === '}' || c === ',')) {
        if (c !== ',') state.flow -= 1;
        i = this.emit('punct', i, i + 1);
        seenScalar = false;
        continue;
      }
      if (inFlow && c === ':' && (i + 1 === this.length || isSpace(line[i + 1]) || FLOW_END.has(line[i + 1] ?? ''))) {
        i = this.emit('punct', i, i + 1);
        seenScalar = false;
        continue;
      }
      if (c === '&' || c === '*' || c === '!') {
        let j = i + 1;
        while (j < this.length && !isSpace(line[j]) && !(inFlow && FLOW_END.has(line[j] ?? ''))) j += 1;
        i = this.emit(c === '!' ? 'tag' : 'anchor', i, j);
        continue;
      }
      if (!inFlow && !seenScalar && (c === '|' || c === '>')) {
        const header = /^[|>][-+0-9]*/.exec(line.slice(i))?.[0] ?? c;
        i = this.emit('punct', i, i + header.length);
        state.block = node;
        seenScalar = true;
        continue;
      }
      if (c === '"' || c === "'") {
        const end = quoteEnd(line, i + 1, c);
        if (end < 0) {
          state.quote = c;
          this.emit('string', i, this.length);
          return;
        }
        const colon = skipSpace(line, end);
        const isKey = inFlow && line[colon] === ':';
        i = this.emit(isKey ? 'key' : 'string', i, end);
        seenScalar = true;
        continue;
      }
      i = this.plain(i, inFlow);
      seenScalar = true;
    }
  }

  /** A plain scalar at `i` (up to a comment, the line's end, or in flow a `,`, `]`, `}` or `: `). */
  private plain(i: number, inFlow: boolean): number {
    const { line } = this;
    let j = i;
    for (; j < this.length; j += 1) {
      const c = line[j] ?? '';
      if (c === '#' && j > i && isSpace(line[j - 1])) break;
      if (inFlow && (FLOW_END.has(c) || c === '[' || c === '{') && j > i) break;
      if (inFlow && c === ':' && j > i && (j + 1 === this.length || isSpace(line[j + 1]) || FLOW_END.has(line[j + 1] ?? ''))) break;
    }
    if (j === i) j = i + 1; // one character that starts nothing else: keep going
    let end = j;
    while (end > i && isSpace(line[end - 1])) end -= 1;
    const text = line.slice(i, end);
    const isKey = inFlow && line[skipSpace(line, end)] === ':';
    this.emit(isKey ? 'key' : scalarType(text), i, end);
    return this.emit('plain', end, j);
  }
}

/** The tokens of a YAML text; their texts joined are exactly `text`. */
export function highlightYaml(text: string): YamlToken[] {
  const out = new Tokens();
  const state: State = { flow: 0 };
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    new LineReader(text.slice(start, end), out, state).read();
    if (nl < 0) break;
    out.push('plain', '\n');
    start = nl + 1;
  }
  return out.list;
}
