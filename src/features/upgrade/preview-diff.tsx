import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { maskedPair } from '../../core/upgrade/masked-pair';
import { diffLines, diffText } from '../../core/upgrade/text-diff';
import { toYaml } from '../../core/yaml/to-yaml';
import { CodeBlock } from '../../ui/code-block';
import type { OutputStore } from '../helm-command/output-store';
import { useOutputSelector } from '../helm-command/output-store-context';
import { useBaseline } from './baseline-context';

/** The preview's "Diff against deployed" switch: shown only once an import gave a deployed baseline. */
export function usePreviewDiff(): { on: boolean; control: ReactNode } {
  const { baseline } = useBaseline();
  const [wanted, setWanted] = useState(false);
  if (!baseline) return { on: false, control: null };
  return {
    on: wanted,
    control: (
      <FormControlLabel
        control={<Switch size="small" checked={wanted} onChange={(e) => setWanted(e.target.checked)} />}
        label={<Typography variant="body2">Diff against deployed</Typography>}
        sx={{ mr: 0 }}
      />
    ),
  };
}

/** The values overlay as a line diff against the deployed one (`- ` deployed, `+ ` now), secrets masked. */
export function PreviewDiffCode() {
  const { baseline } = useBaseline();
  const text = useOutputSelector((store: OutputStore) => {
    if (!baseline) return '';
    // Secrets masked on both sides: the diff shows that a secret changed, never its value.
    const shown = maskedPair(baseline.values, store.getState().computed.changed, baseline.leftOut);
    return diffText(diffLines(toYaml(shown.before), toYaml(shown.after)));
  });
  return <CodeBlock id="values-preview-diff" text={text} maxHeight="min(52vh, 640px)" />;
}
