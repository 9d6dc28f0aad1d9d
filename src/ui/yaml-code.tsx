import { Fragment, memo, useMemo } from 'react';
import { highlightYaml, type YamlToken } from '../core/yaml/highlight';
import { withMasks, type CodeMask } from './code-masks';

interface YamlCodeProps {
  text: string;
  masks?: readonly CodeMask[] | undefined;
  onReveal?: ((id: string) => void) | undefined;
}

/** The tokens line by line (a token that spans lines is cut at each line break; the breaks go between lines). */
function tokenLines(tokens: readonly YamlToken[]): YamlToken[][] {
  const lines: YamlToken[][] = [[]];
  for (const token of tokens) {
    const parts = token.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part !== '') lines[lines.length - 1]?.push({ type: token.type, text: part });
    });
  }
  return lines;
}

const SECRET = '‹secret-';

interface YamlLineProps {
  tokens: readonly YamlToken[];
  masks: readonly CodeMask[] | undefined;
  onReveal: ((id: string) => void) | undefined;
}

function sameLine(a: YamlLineProps, b: YamlLineProps): boolean {
  if (a.masks !== b.masks || a.onReveal !== b.onReveal || a.tokens.length !== b.tokens.length) return false;
  return a.tokens.every((t, i) => t.type === b.tokens[i]?.type && t.text === b.tokens[i]?.text);
}

/** One line: a span with a `yt-<type>` class per token (whitespace as bare text), masked secrets as reveal buttons. */
const YamlLine = memo(function YamlLine({ tokens, masks, onReveal }: YamlLineProps) {
  return tokens.map((t, i) => {
    const content = masks && masks.length > 0 && t.text.includes(SECRET) ? withMasks(t.text, masks, onReveal, (part) => part) : t.text;
    return t.type === 'plain' ? (
      <Fragment key={i}>{content}</Fragment>
    ) : (
      <span key={i} className={`yt-${t.type}`}>
        {content}
      </span>
    );
  });
}, sameLine);

/**
 * YAML with syntax highlighting (core/yaml/highlight.ts): the text content is
 * the text, character for character. Tokenized once per text; a change
 * re-renders only the lines whose tokens changed.
 */
export function YamlCode({ text, masks, onReveal }: YamlCodeProps) {
  const lines = useMemo(() => tokenLines(highlightYaml(text)), [text]);
  return lines.map((tokens, i) => (
    <Fragment key={i}>
      {i > 0 && '\n'}
      <YamlLine tokens={tokens} masks={masks} onReveal={onReveal} />
    </Fragment>
  ));
}
