import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';
import { deepEqual } from '../../../shared/values';
import { MONO_STACK } from '../../../ui/fonts';
import { parseYamlText, yamlTextOf } from './yaml-text';

interface YamlEditorProps {
  id?: string;
  name: string;
  label?: string;
  value: unknown;
  onChange: (value: unknown) => void;
  onBlur?: () => void;
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
  minRows?: number;
}

const DEBOUNCE_MS = 400;

/**
 * A monospace YAML textarea. It parses on blur and after a short pause,
 * shows line:column errors and keeps the last valid value meanwhile.
 */
export function YamlEditor({ id, name, label, value, onChange, onBlur, invalid, describedBy, placeholder, minRows = 4 }: YamlEditorProps) {
  const [text, setText] = useState(() => yamlTextOf(value));
  const [error, setError] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<readonly string[]>([]);
  const sent = useRef<unknown>(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!deepEqual(value, sent.current)) {
      sent.current = value;
      setText(yamlTextOf(value));
      setError(null);
      setWarnings([]);
    }
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (t: string) => {
    clearTimeout(timer.current);
    const parsed = parseYamlText(t);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    setWarnings(parsed.warnings);
    if (!deepEqual(parsed.value, sent.current)) {
      sent.current = parsed.value;
      onChange(parsed.value);
    }
  };

  const errorId = `${name.replace(/[^A-Za-z0-9_-]/g, '_')}-yaml-help`;
  const ariaDescribedBy = [describedBy, (error || warnings.length > 0) && errorId].filter(Boolean).join(' ');
  return (
    <TextField
      id={id}
      name={name}
      label={label}
      multiline
      minRows={minRows}
      value={text}
      placeholder={placeholder}
      onChange={(e) => {
        const t = e.target.value;
        setText(t);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(t), DEBOUNCE_MS);
      }}
      onBlur={() => {
        commit(text);
        onBlur?.();
      }}
      error={error !== null || invalid === true}
      helperText={error ? `${error} The last valid value is kept.` : warnings.length > 0 ? warnings.join(' ') : undefined}
      slotProps={{
        formHelperText: { id: errorId },
        htmlInput: {
          spellCheck: false,
          autoComplete: 'off',
          ...(ariaDescribedBy ? { 'aria-describedby': ariaDescribedBy } : {}),
          style: { fontFamily: MONO_STACK, fontSize: '0.8rem', lineHeight: 1.5 },
        },
      }}
    />
  );
}
