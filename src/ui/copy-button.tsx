import Check from '@mui/icons-material/Check';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Button, { type ButtonProps } from '@mui/material/Button';
import { useEffect, useRef, useState } from 'react';
import { VisuallyHidden } from './visually-hidden';

type CopyState = 'idle' | 'copied' | 'failed';

interface CopyButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  /** The text to copy, or a function computing it at click time. */
  text: string | (() => string);
  label?: string;
  /** What the button says after copying (default "Copied"), e.g. that secrets were included. */
  copiedLabel?: string;
}

/** Copies text with navigator.clipboard; the button then reads "Copied" (also announced). */
export function CopyButton({ text, label = 'Copy', copiedLabel = 'Copied', ...buttonProps }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    clearTimeout(timer.current);
    try {
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setState('copied');
    } catch {
      setState('failed');
    }
    timer.current = setTimeout(() => setState('idle'), 2000);
  };

  const message = state === 'copied' ? copiedLabel : state === 'failed' ? 'Copy failed' : '';
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        startIcon={state === 'copied' ? <Check /> : <ContentCopy />}
        color={state === 'failed' ? 'error' : state === 'copied' ? 'success' : 'primary'}
        onClick={() => void copy()}
        {...buttonProps}
      >
        {state === 'idle' ? label : message}
      </Button>
      <VisuallyHidden>
        <span role="status">{message}</span>
      </VisuallyHidden>
    </>
  );
}
