import Box from '@mui/material/Box';
import { MONO_STACK } from './fonts';

/** Read-only code in <pre><code>, monospace on a subtle background, scrollable and keyboard-focusable. */
interface CodeBlockProps {
  text: string;
  maxHeight?: string | number;
  id?: string;
  /** Wrap long lines on screen (shell commands); the copied text is unchanged. */
  wrap?: boolean;
}

export function CodeBlock({ text, maxHeight, id, wrap = false }: CodeBlockProps) {
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
        overflowWrap: wrap ? 'anywhere' : 'normal',
      }}
    >
      <code>{text}</code>
    </Box>
  );
}
