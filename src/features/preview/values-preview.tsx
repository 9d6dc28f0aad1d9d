import Download from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useDeferredValue, useMemo, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { VALUES_FILE_NAME, valuesFileText } from '../../core/download/values-file';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../core/values/types';
import { toYaml } from '../../core/yaml/to-yaml';
import { CopyButton } from '../../ui/copy-button';
import { downloadText } from '../../ui/download';
import { useAllProblems, useChartVersion } from '../builder/builder-context';
import { namespaceOf } from '../builder/form-namespace';
import { useReleaseName } from '../helm-command/release-name';
import { CodeBlock } from '../../ui/code-block';
import { ProblemsRemain } from './problems-remain';
import { EditYamlButton, YamlEditPanel } from '../yaml-edit/yaml-edit-panel';

/**
 * The live values.yaml: subscribes to the form values itself, computes the
 * overlay (or the full merged values) and writes it with toYaml.
 */
export function ValuesPreview() {
  const { control } = useFormContext<Values>();
  const version = useChartVersion();
  const watched = useWatch({ control }) as Values;
  const values = useDeferredValue(watched);
  const [full, setFull] = useState(false);
  const [editing, setEditing] = useState(false);
  const { release } = useReleaseName();
  const problems = useAllProblems();

  const computed = useMemo(() => computeValues(values, version), [values, version]);
  const text = useMemo(() => toYaml(full ? computed.full : computed.changed), [computed, full]);
  const nothingChanged = !full && Object.keys(computed.changed).length === 0;
  const fileText = () => valuesFileText(text, version, { release, namespace: namespaceOf(values) });

  return (
    <Box component="section" aria-labelledby="preview-heading" sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Typography id="preview-heading" component="h2" variant="h2" sx={{ fontFamily: 'monospace', fontSize: '1rem' }}>
          values.yaml
        </Typography>
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {full ? 'full merged values' : 'only what differs from the chart defaults'}
        </Typography>
        <Box sx={{ flex: 1 }} />
        <FormControlLabel
          control={<Switch size="small" checked={full} onChange={(e) => setFull(e.target.checked)} />}
          label={<Typography variant="body2">Show full merged values</Typography>}
          sx={{ mr: 0 }}
        />
      </Box>
      {editing ? (
        <YamlEditPanel initialText={text} onDone={() => setEditing(false)} />
      ) : (
        <CodeBlock id="values-preview" text={text} maxHeight="min(52vh, 640px)" />
      )}
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
