import Download from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { VALUES_FILE_NAME } from '../../core/download/values-file';
import { outputFileText } from '../../core/output/output-file';
import { toYaml } from '../../core/yaml/to-yaml';
import { CopyButton } from '../../ui/copy-button';
import { downloadText } from '../../ui/download';
import { useAllProblems } from '../builder/builder-context';
import { useOutput } from '../helm-command/use-output';
import { CodeBlock } from '../../ui/code-block';
import { OutputNotes } from './output-notes';
import { ProblemsRemain } from './problems-remain';
import { EditYamlButton, YamlEditPanel } from '../yaml-edit/yaml-edit-panel';

/**
 * The live values.yaml: the file the command panel's variant and token
 * handling deploy (the overlay, the Polyaxon CLI file, or the values without
 * the token), or on request the full merged values Helm renders with.
 */
export function ValuesPreview() {
  const { computed, profile, output } = useOutput();
  const [fullWanted, setFull] = useState(false);
  const [editing, setEditing] = useState(false);
  const problems = useAllProblems();

  // The CLI file holds only changes: the CLI rejects some chart keys even at their defaults.
  const fullAllowed = output.full !== undefined;
  const full = fullWanted && fullAllowed;
  const text = useMemo(() => (full && output.full ? toYaml(output.full) : output.yaml), [output, full]);
  // The editor edits the form's own values, whatever the profile leaves out of the file.
  const editText = () => toYaml(full ? computed.full : computed.changed);
  const nothingChanged = !full && profile.variant !== 'cli' && Object.keys(computed.changed).length === 0;
  const fileText = () => outputFileText(text, output, profile, full ? 'full' : 'changes');
  const caption = profile.variant === 'cli' ? 'the file for polyaxon admin deploy' : full ? 'full merged values' : 'only what differs from the chart defaults';

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
      </Box>
      {editing ? (
        <YamlEditPanel initialText={editText()} onDone={() => setEditing(false)} />
      ) : (
        <CodeBlock id="values-preview" text={text} maxHeight="min(52vh, 640px)" />
      )}
      {!editing && <OutputNotes notes={output.notes} />}
      {nothingChanged && (
        <Typography variant="caption" sx={{ color: 'text.secondary', mt: 0.5 }}>
          Nothing changed yet: Helm installs the chart defaults.
        </Typography>
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 1 }}>
        <Button size="small" variant="contained" disableElevation startIcon={<Download />} onClick={() => downloadText(VALUES_FILE_NAME, fileText())}>
          Download values.yaml
        </Button>
        <CopyButton text={fileText} label="Copy values.yaml" />
        {!editing && <EditYamlButton onClick={() => setEditing(true)} />}
        <ProblemsRemain count={problems.length} />
      </Box>
    </Box>
  );
}
