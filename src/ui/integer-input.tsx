import { useEffect, useRef, useState } from 'react';
import { LightTextField, type LightTextFieldProps } from './light-text-field';

type IntegerInputProps = Omit<LightTextFieldProps, 'value' | 'onChange' | 'type' | 'select' | 'children'> & {
  value: unknown;
  /** A number, or null when the input is empty (unset). */
  onValueChange: (value: number | null) => void;
};

function toText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

function toNumber(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/**
 * A number input that stores numbers (empty = null). It keeps what the user
 * typed while it is still being edited and follows outside changes (reset).
 */
export function IntegerInput({ value, onValueChange, htmlInput, ...rest }: IntegerInputProps) {
  const [text, setText] = useState(() => toText(value));
  const sent = useRef<unknown>(value);

  useEffect(() => {
    if (!Object.is(value, sent.current)) {
      sent.current = value;
      setText(toText(value));
    }
  }, [value]);

  return (
    <LightTextField
      {...rest}
      type="number"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const next = toNumber(e.target.value);
        sent.current = next;
        onValueChange(next);
      }}
      htmlInput={{ inputMode: 'numeric', step: 1, ...htmlInput }}
    />
  );
}
