import Box from '@mui/material/Box';
import { HelmCommandPanel } from '../features/helm-command/helm-command-panel';
import { SharedOutputStore } from '../features/helm-command/output-store-context';
import { ValuesPreview } from '../features/preview/values-preview';
import { SharePanel } from '../features/share/share-panel';

/** The output column: values.yaml preview, helm command and share link (a lazily loaded chunk of its own). */
export function OutputColumn() {
  return (
    <SharedOutputStore>
      <ValuesPreview />
      <Box sx={{ borderTop: 1, borderColor: 'divider', my: 2 }} />
      <HelmCommandPanel />
      <Box sx={{ borderTop: 1, borderColor: 'divider', my: 2 }} />
      <SharePanel />
    </SharedOutputStore>
  );
}
