import Check from '@mui/icons-material/Check';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { importValues, type ImportError, type ImportReport } from '../../core/import/import-values';
import { formatPosition } from '../../core/import/yaml-result';
import { deepEqual, type Values } from '../../shared/values';
import { computeValues } from '../../core/values/output';
import { MONO_STACK } from '../../ui/fonts';
import { useChartVersion } from '../builder';
import { ImportReportView } from '../import';
import { InlineCode } from '../../ui/inline-code';

/** Valid edits reach the form this long after the last keystroke. */
export const YAML_EDIT_DEBOUNCE_MS = 400;

type EditState = { kind: 'typing' } | { kind: 'ok'; report: ImportReport } | { kind: 'error'; error: ImportError };

function hasNotes(report: ImportReport): boolean {
  return report.migrations.length + report.unreadKeys.length + report.warnings.length + report.notes.length > 0;
}

/**
 * The preview as an editable text: after a pause in typing, the text goes
 * through the import pipeline (safe YAML, migrations) and, when valid, into
 * the form. While it is invalid the error is shown with its `line:column`
 * and the form keeps the last valid values. Mount inside <BuilderForm>.
 */
export function YamlEditPanel({ initialText, onDone }: { initialText: string; onDone: () => void }) {
  const { getValues, reset } = useFormContext<Values>();
  const version = useChartVersion();
  const [text, setText] = useState(initialText);
  const [state, setState] = useState<EditState>({ kind: 'typing' });
  const input = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  // Reads the text into the form when it is valid; returns whether it was.
  const commit = useCallback((): boolean => {
    const result = importValues(text, { version, kind: 'values-yaml', followNamedVersion: false });
    if (!result.ok) {
      setState({ kind: 'error', error: result.error });
      return false;
    }
    const next = result.formValues;
    const current = getValues();
    if (!deepEqual(computeValues(next, version).changed, computeValues(current, version).changed)) reset(next);
    setState({ kind: 'ok', report: result.report });
    return true;
  }, [text, version, getValues, reset]);

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    timer.current = setTimeout(commit, YAML_EDIT_DEBOUNCE_MS);
    return () => clearTimeout(timer.current);
  }, [commit]);

  const error = state.kind === 'error' ? state.error : undefined;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <TextField
        name="values-yaml-editor"
        label="Edit values.yaml"
        multiline
        minRows={12}
        maxRows={28}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setState((s) => (s.kind === 'error' ? s : { kind: 'typing' }));
        }}
        error={error !== undefined}
        inputRef={input}
        slotProps={{
          htmlInput: {
            spellCheck: false,
            autoComplete: 'off',
            'aria-describedby': 'yaml-edit-status',
            style: { fontFamily: MONO_STACK, fontSize: '0.8rem', lineHeight: 1.55 },
          },
        }}
      />
      <Box id="yaml-edit-status" aria-live="polite">
        {error ? (
          <Alert severity="error" data-testid="yaml-edit-error">
            {error.position && !error.message.includes(formatPosition(error.position)) && <strong>{formatPosition(error.position)} </strong>}
            <InlineCode text={error.message} /> The form keeps the last valid values.
          </Alert>
        ) : (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {state.kind === 'typing' ? 'Checking…' : 'Valid: the form shows these values.'} Edits reach the form when you pause typing.
          </Typography>
        )}
      </Box>
      {state.kind === 'ok' && hasNotes(state.report) && <ImportReportView report={state.report} />}
      <Box sx={{ display: 'flex', alignItems: 'center' }}>
        <Button
          size="small"
          variant="contained"
          disableElevation
          startIcon={<Check />}
          onClick={() => {
            clearTimeout(timer.current);
            if (commit()) onDone();
          }}
        >
          Done editing
        </Button>
        {error && (
          <Button size="small" sx={{ ml: 1 }} onClick={onDone}>
            Discard the invalid text
          </Button>
        )}
      </Box>
    </Box>
  );
}
