import Box from '@mui/material/Box';
import { Fragment, memo, type ReactNode } from 'react';
import { MASK_MARKER_PATTERN } from '../core/secrets/mask';
import { MONO_STACK } from './fonts';

/** A masked secret in the text: `maskMarker(i)` stands for `masks[i]`. */
export interface CodeMask {
  readonly id: string;
}

interface CodeBlockProps {
  text: string;
  maxHeight?: string | number;
  id?: string;
  /** Wrap long lines on screen (shell commands); the copied text is unchanged. */
  wrap?: boolean;
  /** Secrets masked in `text` (core/secrets maskMarker): each shows as a button that reveals it. */
  masks?: readonly CodeMask[];
  onReveal?: (id: string) => void;
}

/** The text with each mask marker replaced by a "reveal" button. */
function withMasks(text: string, masks: readonly CodeMask[], onReveal: ((id: string) => void) | undefined, plain: (part: string) => ReactNode): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MASK_MARKER_PATTERN)) {
    const mask = masks[Number(match[1])];
    if (!mask) continue;
    out.push(<Fragment key={`t${last}`}>{plain(text.slice(last, match.index))}</Fragment>);
    out.push(
      <Box
        key={`m${match.index}`}
        component="button"
        type="button"
        onClick={() => onReveal?.(mask.id)}
        aria-label={`Reveal secret ${mask.id}`}
        title={`Secret (${mask.id}) hidden: click to reveal`}
        data-secret={mask.id}
        sx={{ font: 'inherit', color: 'text.secondary', bgcolor: '#e4e7f0', border: 0, borderRadius: 0.5, px: 0.5, cursor: 'pointer', letterSpacing: 1 }}
      >
        ••••••••
      </Box>,
    );
    last = (match.index ?? 0) + match[0].length;
  }
  out.push(<Fragment key={`t${last}`}>{plain(text.slice(last))}</Fragment>);
  return out;
}


/** Words kept whole when a long command wraps on screen: it breaks only at spaces. */
function wrappedTokens(text: string) {
  return text.split(/(\s+)/).map((part, i) =>
    /^\s*$/.test(part) ? part : (
      <span key={i} style={{ whiteSpace: 'nowrap' }}>
        {part}
      </span>
    ),
  );
}

/** Read-only code in <pre><code>, monospace on a subtle background, scrollable and keyboard-focusable. Memoized: an unchanged text does not re-render. */
export const CodeBlock = memo(function CodeBlock({ text, maxHeight, id, wrap = false, masks, onReveal }: CodeBlockProps) {
  const plain = (part: string): ReactNode => (wrap ? wrappedTokens(part) : part);
  return (
    <Box
      component="pre"
      id={id}
      tabIndex={0}
      sx={{
        m: 0,
        p: 1.5,
        bgcolor: '#f6f7fb',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        overflow: 'auto',
        maxHeight,
        fontFamily: MONO_STACK,
        fontSize: '0.8rem',
        lineHeight: 1.55,
        color: '#1f2437',
        whiteSpace: wrap ? 'pre-wrap' : 'pre',
      }}
    >
      <code>{masks && masks.length > 0 ? withMasks(text, masks, onReveal, plain) : plain(text)}</code>
    </Box>
  );
});
