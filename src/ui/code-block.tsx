import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import { Fragment, memo, type ReactNode } from 'react';
import { heredocParts } from '../core/helm-command/heredoc-parts';
import { withMasks, type CodeMask } from './code-masks';
import { MONO_STACK } from './fonts';
import { PALETTES } from './theme/palette';
import { YamlCode } from './yaml-code';

export type { CodeMask } from './code-masks';

interface CodeBlockProps {
  text: string;
  maxHeight?: string | number;
  id?: string;
  /** Wrap long lines on screen (shell commands); the copied text is unchanged. */
  wrap?: boolean;
  /** Secrets masked in `text` (core/secrets maskMarker): each shows as a button that reveals it. */
  masks?: readonly CodeMask[];
  onReveal?: (id: string) => void;
  /** Names the scrollable text as a region (a focusable scroll area needs a name). */
  label?: string;
  /** Syntax highlighting: the whole text as YAML, or a shell command whose heredocs (`<<'EOF'` … `EOF`) hold YAML. The text is unchanged. */
  language?: 'yaml' | 'shell';
}

const TOKEN_CLASSES = ['key', 'string', 'number', 'literal', 'comment', 'anchor', 'tag', 'punct'] as const;

/** The code's colours from the theme's palette; each YAML token class (yt-key, yt-string, …: see yaml-code.tsx) gets its own. */
function codeColors(t: Theme) {
  const code = PALETTES[t.palette.mode].code;
  return {
    bgcolor: code.background,
    color: code.text,
    ...Object.fromEntries(TOKEN_CLASSES.map((type) => [`& .yt-${type}`, { color: code.syntax[type] }])),
  };
}

/** Words kept whole when a long command wraps on screen: it breaks only at spaces. */
function wrappedTokens(text: string) {
  return text.split(/(\s+)/).map((part, i) =>
    /^\s*$/.test(part) ? (
      part
    ) : (
      <span key={i} style={{ whiteSpace: 'nowrap' }}>
        {part}
      </span>
    ),
  );
}

/** Read-only code in <pre><code>, monospace on a subtle background, scrollable and keyboard-focusable. Memoized: an unchanged text does not re-render. */
export const CodeBlock = memo(function CodeBlock({ text, maxHeight, id, wrap = false, masks, onReveal, label, language }: CodeBlockProps) {
  const plain = (part: string): ReactNode => (wrap ? wrappedTokens(part) : part);
  const shell = (part: string): ReactNode => (masks && masks.length > 0 ? withMasks(part, masks, onReveal, plain) : plain(part));
  return (
    <Box
      component="pre"
      id={id}
      tabIndex={0}
      {...(label ? { role: 'region', 'aria-label': label } : {})}
      sx={[
        codeColors,
        {
          m: 0,
          p: 1.5,
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          overflow: 'auto',
          maxHeight,
          fontFamily: MONO_STACK,
          fontSize: '0.8rem',
          lineHeight: 1.55,
          whiteSpace: wrap ? 'pre-wrap' : 'pre',
        },
      ]}
    >
      <code>
        {language === 'yaml' ? (
          <YamlCode text={text} masks={masks} onReveal={onReveal} />
        ) : language === 'shell' ? (
          heredocParts(text).map((part, i) => <Fragment key={i}>{part.kind === 'heredoc' ? <YamlCode text={part.text} masks={masks} onReveal={onReveal} /> : shell(part.text)}</Fragment>)
        ) : (
          shell(text)
        )}
      </code>
    </Box>
  );
});
