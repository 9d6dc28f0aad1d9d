import Download from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { Suspense, useCallback, useState } from 'react';
import { VALUES_FILE_NAME } from '../../core/download/values-file';
import { outputFileText } from '../../core/output/output-file';
import { toYaml } from '../../core/yaml/to-yaml';
import { CopyButton } from '../../ui/copy-button';
import { downloadText } from '../../ui/download';
import { type OutputStore, useOutputSelector, useOutputStore, WithOutputStore } from '../output';
import { CodeBlock } from '../../ui/code-block';
import { OutputNotes } from './output-notes';
import { PreviewDiffCode, usePreviewDiff } from '../upgrade';
import { useActionProblems } from './action-problems';
import { LiveProblemsRemain } from './problems-remain';
import { EditYamlButton } from '../yaml-edit';
import { lazyComponent } from '../../ui/lazy-load';

// The editor brings the import pipeline and the YAML parser: loaded when first opened.
const YamlEditPanel = lazyComponent(() => import('../yaml-edit/yaml-edit-panel'), 'YamlEditPanel');

interface PreviewFlags {
  readonly cli: boolean;
  readonly fullAllowed: boolean;
  readonly nothingChanged: boolean;
}

function previewFlags(store: OutputStore): PreviewFlags {
  const { computed, profile, output } = store.getState();
  return { cli: profile.variant === 'cli', fullAllowed: output.full !== undefined, nothingChanged: Object.keys(computed.changed).length === 0 };
}

function sameFlags(a: PreviewFlags, b: PreviewFlags): boolean {
  return a.cli === b.cli && a.fullAllowed === b.fullAllowed && a.nothingChanged === b.nothingChanged;
}

/** The text shown: the profile's file, or the full merged values when asked for and allowed. */
function shownText(store: OutputStore, full: boolean): string {
  return (full ? store.getFullYaml() : undefined) ?? store.getState().output.yaml;
}

/**
 * The live values.yaml: the file the command panel's variant and token
 * handling deploy (the overlay, the Polyaxon CLI file, or the values without
 * the token), or on request the full merged values Helm renders with.
 * Reads the output store through slices: a keystroke re-renders the code block
 * (once, and only when its text changed), not the controls around it.
 */
export function ValuesPreview() {
  return (
    <WithOutputStore>
      <ValuesPreviewBody />
    </WithOutputStore>
  );
}

function ValuesPreviewBody() {
  const store = useOutputStore();
  const flags = useOutputSelector(previewFlags, sameFlags);
  const [fullWanted, setFull] = useState(false);
  const [editing, setEditing] = useState(false);

  // The CLI file holds only changes: the CLI rejects some chart keys even at their defaults.
  const { fullAllowed } = flags;
  const full = fullWanted && fullAllowed;
  // Read at click time: the download, the copy and the editor need the text only then.
  const fileText = () => {
    const { output, profile } = store.getState();
    return outputFileText(shownText(store, full), output, profile, full ? 'full' : 'changes');
  };
  // The editor edits the form's own values, whatever the profile leaves out of the file.
  const editText = () => {
    const { computed } = store.getState();
    return toYaml(full ? computed.full : computed.changed);
  };
  const nothingChanged = !full && !flags.cli && flags.nothingChanged;
  const diff = usePreviewDiff();
  const caption = flags.cli ? 'the file for polyaxon admin deploy' : full ? 'full merged values' : 'only what differs from the chart defaults';

  return (
    <Box component="section" aria-labelledby="preview-heading" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Typography id="preview-heading" component="h2" variant="h2" sx={{ fontFamily: 'monospace', fontSize: '1rem' }}>
          values.yaml
        </Typography>
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {caption}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <FormControlLabel
          control={<Switch size="small" checked={full} disabled={!fullAllowed} onChange={(e) => setFull(e.target.checked)} />}
          label={<Typography variant="body2">Show full merged values</Typography>}
          title={fullAllowed ? undefined : 'The Polyaxon CLI file holds only the changes: the CLI rejects some chart keys even at their defaults.'}
          sx={{ mr: 0 }}
        />
        {diff.control}
      </Box>
      {diff.on && !editing ? (
        <PreviewDiffCode />
      ) : editing ? (
        <Suspense fallback={<PreviewCode full={full} />}>
          <YamlEditPanel initialText={editText()} onDone={() => setEditing(false)} />
        </Suspense>
      ) : (
        <PreviewCode full={full} />
      )}
      {!editing && <SecretsShown full={full} />}
      {!editing && <PreviewNotes />}
      {nothingChanged && (
        <Typography variant="caption" sx={{ color: 'text.secondary', mt: 0.5 }}>
          Nothing changed yet: Helm installs the chart defaults.
        </Typography>
      )}
      <PreviewActions fileText={fileText} editing={editing} onEdit={() => setEditing(true)} />
    </Box>
  );
}

/** The code block: subscribes to the shown text only (secrets masked, each with a reveal button). */
function PreviewCode({ full }: { full: boolean }) {
  const store = useOutputStore();
  const shown = useOutputSelector((s) => s.getShown(full));
  const onReveal = useCallback((id: string) => store.reveal(id), [store]);
  return <CodeBlock id="values-preview" label="The file’s text (scrollable)" language="yaml" text={shown.text} masks={shown.masked} onReveal={onReveal} maxHeight="min(52vh, 640px)" />;
}

/** How many secret values the written file holds (the preview masks them; the download and the copy do not). */
function secretsInFile(store: OutputStore): number {
  return store.getShown(false).masked.length + store.getRevealedCount();
}

/** "N secret values masked": the download and the copy write the real values; reveal or hide them here. */
function SecretsShown({ full }: { full: boolean }) {
  const store = useOutputStore();
  const masked = useOutputSelector((s) => s.getShown(full).masked.length);
  const revealed = useOutputSelector((s) => s.getRevealedCount());
  if (masked === 0 && revealed === 0) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 0.5 }} data-testid="secrets-shown">
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        {masked > 0 ? `${masked} secret ${masked === 1 ? 'value is' : 'values are'} masked (click one to reveal it).` : 'Secrets are shown in clear.'} Download and copy write the real values.
      </Typography>
      {revealed > 0 && (
        <Button size="small" variant="text" sx={{ py: 0 }} onClick={() => store.hideAll()}>
          Hide secrets
        </Button>
      )}
    </Box>
  );
}

/** The notes about the file: their list keeps its identity while unchanged (see OutputStore). */
function PreviewNotes() {
  const notes = useOutputSelector((store) => store.getState().output.notes);
  return <OutputNotes notes={notes} />;
}

interface PreviewActionsProps {
  fileText: () => string;
  editing: boolean;
  onEdit: () => void;
}

/** Download, copy and edit (the handlers read the store when clicked), and the problem count. */
function PreviewActions({ fileText, editing, onEdit }: PreviewActionsProps) {
  const { report, notice } = useActionProblems();
  const secretCount = useOutputSelector(secretsInFile);
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 1 }}>
        <Button
          size="small"
          variant="contained"
          disableElevation
          startIcon={<Download />}
          onClick={() => {
            downloadText(VALUES_FILE_NAME, fileText());
            report(`Downloaded ${VALUES_FILE_NAME}`);
          }}
          {...(secretCount > 0 ? { 'aria-description': 'The file holds the real secret values.' } : {})}
        >
          Download values.yaml
        </Button>
        <CopyButton text={fileText} label="Copy values.yaml" copiedLabel={secretCount > 0 ? 'Copied, secrets included' : 'Copied'} onCopied={() => report(`Copied ${VALUES_FILE_NAME}`)} />
        {!editing && <EditYamlButton onClick={onEdit} />}
        <LiveProblemsRemain />
      </Box>
      {notice}
    </>
  );
}
