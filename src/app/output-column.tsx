import Box from '@mui/material/Box';
import { DeployPanel } from '../features/deploy/deploy-panel';
import { ManifestsLauncher } from '../features/manifests/manifests-launcher';
import { HelmCommandPanel } from '../features/helm-command/helm-command-panel';
import { SharedOutputStore } from '../features/output/output-store-context';
import { ValuesPreview } from '../features/preview/values-preview';
import { UpgradePanel } from '../features/upgrade/upgrade-panel';
import { SharePanel } from '../features/share/share-panel';

/** The output column: values.yaml preview, upgrade, helm command, deploy runbook, share link and the Manifests view launcher (a lazily loaded chunk of its own). */
export function OutputColumn() {
  return (
    <SharedOutputStore>
      <ValuesPreview />
      <Box sx={{ borderTop: 1, borderColor: 'divider', my: 2 }} />
      <UpgradePanel />
      <HelmCommandPanel />
      <Box sx={{ borderTop: 1, borderColor: 'divider', my: 2 }} />
      <DeployPanel />
      <Box sx={{ borderTop: 1, borderColor: 'divider', my: 2 }} />
      <SharePanel />
      <Box sx={{ borderTop: 1, borderColor: 'divider', my: 2 }} />
      <ManifestsLauncher />
    </SharedOutputStore>
  );
}
