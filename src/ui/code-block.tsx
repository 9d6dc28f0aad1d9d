import Box from '@mui/material/Box';
import { memo } from 'react';
import { MONO_STACK } from './fonts';

interface CodeBlockProps {
  text: string;
  maxHeight?: string | number;
  id?: string;
  /** Wrap long lines on screen (shell commands); the copied text is unchanged. */
  wrap?: boolean;
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
export const CodeBlock = memo(function CodeBlock({ text, maxHeight, id, wrap = false }: CodeBlockProps) {
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
      <code>{wrap ? wrappedTokens(text) : text}</code>
    </Box>
  );
});
