import UploadFile from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { recordImportBaseline } from '../manifests';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { SOURCE_LABELS, detectSource, type ImportSourceKind } from '../../core/import/detect-source';
import { checkImport, namedVersionOf, parseImport, type ImportReport } from '../../core/import/import-values';
import { computeValues } from '../../core/values/output';
import { isPlainMap, type Values } from '../../shared/values';
import { compareVersions } from '../../core/versions/compare-versions';
import { MONO_STACK } from '../../ui/fonts';
import { SelectInput } from '../../ui/select-input';
import { useChartVersion } from '../builder';
import { VersionReportView } from '../version';
import { ImportReportView } from './import-report-view';
import { readFileText } from './read-file';
import { InlineCode } from '../../ui/inline-code';
import { useBaseline } from '../upgrade';
import { useWorkLoader } from '../history';

/** What the dialog opens with: text from a dropped file, or why the file could not be read. */
export interface ImportStart {
  readonly fileName?: string;
  readonly text?: string;
  readonly fileError?: string;
}

type KindChoice = 'auto' | ImportSourceKind;

const KIND_OPTIONS: readonly { value: KindChoice; label: string }[] = [
  { value: 'auto', label: 'Detect automatically' },
  { value: 'values-yaml', label: SOURCE_LABELS['values-yaml'] },
  { value: 'helm-get-values', label: SOURCE_LABELS['helm-get-values'] },
  { value: 'helm-command', label: SOURCE_LABELS['helm-command'] },
];

function countLeaves(values: Values): number {
  let n = 0;
  for (const v of Object.values(values)) n += isPlainMap(v) && Object.keys(v).length > 0 ? countLeaves(v) : 1;
  return n;
}

function keysText(n: number): string {
  return `${n} changed ${n === 1 ? 'key' : 'keys'}`;
}

/**
 * Paste (or pick, or drop) a values.yaml, `helm get values` output or a helm
 * command; the report is shown before anything changes. Applying replaces
 * the form (after asking, when it holds edits) and offers Undo.
 */
export function ImportDialog({ onClose, start }: { onClose: () => void; start?: ImportStart }) {
  const titleId = useId();
  const { getValues, reset } = useFormContext<Values>();
  const version = useChartVersion();
  const loader = useWorkLoader();
  const { setBaseline } = useBaseline();
  const [text, setText] = useState(start?.text ?? '');
  const [fileName, setFileName] = useState(start?.fileName);
  const [fileError, setFileError] = useState(start?.fileError);
  const [kind, setKind] = useState<KindChoice>('auto');
  const [useNamedVersion, setUseNamedVersion] = useState(true);
  const [confirming, setConfirming] = useState<number | undefined>(undefined);
  const deferred = useDeferredValue(text);
  const stale = deferred !== text;
  const empty = deferred.trim() === '';

  // The text is read once (guard, parse, the release it names); the release chosen only changes which checks run on it (memoized per release).
  const parsed = useMemo(() => (empty ? undefined : parseImport(deferred, kind === 'auto' ? undefined : kind)), [deferred, empty, kind]);
  const named = parsed ? namedVersionOf(parsed) : undefined;
  const otherVersion = named !== undefined && named !== version ? named : undefined;
  const target = otherVersion && useNamedVersion ? otherVersion : version;
  const result = useMemo(() => (parsed ? checkImport(parsed, target) : undefined), [parsed, target]);
  const detected = empty ? undefined : kind === 'auto' ? detectSource(deferred) : kind;
  const report: ImportReport | undefined = result?.ok ? result.report : undefined;
  const versionReport = useMemo(() => (otherVersion && result?.ok ? compareVersions(version, otherVersion, result.values) : undefined), [otherVersion, result, version]);
  const formValues = result?.ok ? result.formValues : undefined;
  const importedCount = useMemo(() => (formValues ? countLeaves(computeValues(formValues, target).changed) : 0), [formValues, target]);

  const pickFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readFileText(file);
    setFileName(read.name);
    setConfirming(undefined);
    if (read.ok) {
      setFileError(undefined);
      setText(read.text);
    } else {
      setFileError(read.message);
    }
  };

  const apply = () => {
    if (!result?.ok || !formValues || stale) return;
    const current = getValues();
    const edits = countLeaves(computeValues(current, version).changed);
    if (edits > 0 && confirming === undefined) {
      setConfirming(edits);
      return;
    }
    const from = fileName ?? SOURCE_LABELS[result.report.source];
    loader.announce(`Import from ${from}`, `Imported ${keysText(importedCount)} from ${from}${target !== version ? ` for chart ${target}` : ''}.`);
    if (target === version) reset(formValues);
    else loader.load({ version: target, values: formValues });
    const { release, namespace, targetFrom } = result.report;
    setBaseline({ version: target, values: computeValues(formValues, target).changed, release, namespace, targetFrom, source: from });
    recordImportBaseline({ version: target, values: formValues, label: `imported from ${from}` });
    onClose();
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md" scroll="paper">
      <DialogTitle id={titleId}>Import values</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={1.5}>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Paste a values.yaml, the output of <code>helm get values &lt;release&gt;</code>, or a <code>helm install</code> / <code>helm upgrade</code> command. You can also choose a file, or drop one
            anywhere on the page. Nothing changes until you apply.
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Button component="label" size="small" variant="outlined" startIcon={<UploadFile />}>
              Choose file…
              <input
                hidden
                type="file"
                accept=".yaml,.yml,.json,.txt,.sh,text/*"
                data-testid="import-file-input"
                onChange={(e) => {
                  void pickFile(e.target.files?.[0]);
                  e.target.value = '';
                }}
              />
            </Button>
            {fileName && <Chip size="small" label={fileName} onDelete={() => setFileName(undefined)} />}
            <Box sx={{ flex: 1 }} />
            <SelectInput
              name="import-kind"
              label="Read as"
              size="small"
              value={kind}
              options={KIND_OPTIONS.map((o) => (o.value === 'auto' && detected ? { ...o, label: `Detect (${SOURCE_LABELS[detected]})` } : o))}
              onValueChange={(v) => {
                setKind(v as KindChoice);
                setConfirming(undefined);
              }}
              fullWidth={false}
              sx={{ width: 240 }}
            />
          </Box>
          <TextField
            name="import-text"
            label="Text to import"
            multiline
            minRows={8}
            maxRows={16}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setConfirming(undefined);
              setFileError(undefined);
            }}
            placeholder={'agent:\n  instance: acme.agents.xxx\n  token: …'}
            slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off', 'aria-describedby': `${titleId}-result`, style: { fontFamily: MONO_STACK, fontSize: '0.8rem' } } }}
          />
          <Box id={`${titleId}-result`} aria-live="polite">
            {fileError && (
              <Alert severity="error" role="alert">
                {fileError}
              </Alert>
            )}
            {!fileError && result && !result.ok && (
              <Alert severity="error" role="alert" data-testid="import-error">
                Cannot import this {SOURCE_LABELS[result.error.source]}: <InlineCode text={result.error.message} />
              </Alert>
            )}
            {!fileError && result?.ok && report && (
              <Stack spacing={1}>
                <Typography variant="body2" data-testid="import-summary">
                  Read as {SOURCE_LABELS[report.source]}: {importedCount === 0 ? 'nothing differs from the chart defaults.' : `${keysText(importedCount)} will be set.`}
                </Typography>
                <ImportReportView report={report} />
                {otherVersion && versionReport && (
                  <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
                    <FormControlLabel
                      control={<Checkbox checked={useNamedVersion} onChange={(e) => setUseNamedVersion(e.target.checked)} />}
                      label={`Switch to chart ${otherVersion} (named by --version; now ${version})`}
                    />
                    {useNamedVersion && <VersionReportView report={versionReport} />}
                  </Box>
                )}
              </Stack>
            )}
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {confirming !== undefined && (
          <Alert severity="warning" sx={{ flex: '1 1 100%' }} role="alert">
            This replaces your current work ({keysText(confirming)}). You can undo it right after.
          </Alert>
        )}
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disableElevation disabled={!result?.ok || stale} onClick={apply}>
          {confirming !== undefined ? 'Replace my values' : 'Apply import'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
