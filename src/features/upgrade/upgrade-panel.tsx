import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { upgradePlan, type UpgradePlan } from '../../core/upgrade/upgrade-plan';
import type { ValueChange } from '../../core/upgrade/values-diff';
import { compareVersions } from '../../core/versions/compare-versions';
import { helmMerge } from '../../core/values/helm-merge';
import { chartDefaults } from '../../schema/defaults';
import { type OutputStore, useSettledOutputSelector } from '../output';
import { useVersionReports } from '../version';
import { useBaseline } from './baseline-context';
import type { DeployedBaseline } from '../../core/upgrade/baseline';

const MAX_SHOWN = 40;

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function changeText(c: ValueChange): string {
  if (c.kind === 'added') return `${short(c.after)} (added)`;
  if (c.kind === 'removed') return `${short(c.before)} (removed)`;
  return `${short(c.before)} → ${short(c.after)}`;
}

function samePlan(a: UpgradePlan, b: UpgradePlan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Upgrade mode, after an import: what the current values change against the
 * deployed baseline (added, removed and changed keys) and what the upgrade
 * does beyond that (another release or namespace, a new chart release with a
 * link to the per-key version report, CRDs deleted, restarts). Nothing shows
 * before an import.
 */
export function UpgradePanel() {
  const { baseline, setBaseline } = useBaseline();
  if (!baseline) return null;
  return <UpgradePanelBody baseline={baseline} onForget={() => setBaseline(undefined)} />;
}

function UpgradePanelBody({ baseline, onForget }: { baseline: DeployedBaseline; onForget: () => void }) {
  const plan = useSettledOutputSelector((store: OutputStore) => {
    const { computed, profile } = store.getState();
    return upgradePlan(baseline, { version: profile.version, values: computed.changed, release: profile.release, namespace: profile.namespace });
  }, samePlan);
  const version = useSettledOutputSelector((store: OutputStore) => store.getState().profile.version);
  const values = useSettledOutputSelector((store: OutputStore) => store.getState().computed.changed);
  const reports = useVersionReports();
  const counts = (['added', 'removed', 'changed'] as const).map((k) => `${plan.changes.filter((c) => c.kind === k).length} ${k}`).join(', ');
  const showVersionReport = () => reports.publish(compareVersions(baseline.version, version, values), { version: baseline.version, values: helmMerge(chartDefaults(baseline.version), values) });
  const where = [baseline.release && `release ${baseline.release}`, baseline.namespace && `namespace ${baseline.namespace}`].filter(Boolean).join(' in ');

  return (
    <Box component="section" aria-labelledby="upgrade-heading" data-testid="upgrade-panel" sx={{ mb: 2, pb: 2, borderBottom: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 0.5 }}>
        <Typography id="upgrade-heading" component="h2" variant="h2" sx={{ flex: 1 }}>
          Upgrade
        </Typography>
        <Button size="small" onClick={onForget}>
          Forget deployed values
        </Button>
      </Box>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        Compared with the deployed values you imported ({baseline.source}; chart {baseline.version}
        {where ? `; ${where}` : ''}).
      </Typography>
      <Typography variant="body2" data-testid="upgrade-counts" sx={{ mb: 0.5 }}>
        {plan.changes.length === 0 ? 'No changes against the deployed values.' : `${plan.changes.length} ${plan.changes.length === 1 ? 'key changes' : 'keys change'}: ${counts}.`}
      </Typography>
      {plan.changes.length > 0 && (
        <Box component="ul" data-testid="upgrade-changes" sx={{ m: 0, mb: 1, pl: 2.5, fontSize: '0.8rem', overflowWrap: 'anywhere' }}>
          {plan.changes.slice(0, MAX_SHOWN).map((c) => (
            <li key={c.path} data-kind={c.kind}>
              <code>{c.path}</code>: {changeText(c)}
            </li>
          ))}
          {plan.changes.length > MAX_SHOWN && <li>… and {plan.changes.length - MAX_SHOWN} more (see the diff in the preview).</li>}
        </Box>
      )}
      {plan.impacts.map((impact) => (
        <Alert key={impact.id} severity={impact.severity} data-impact={impact.id} sx={{ mb: 0.75, py: 0, fontSize: '0.8rem' }}>
          {impact.message}
          {impact.id === 'chart-version' && (
            <>
              {' '}
              <Button size="small" onClick={showVersionReport} sx={{ py: 0, minWidth: 0, verticalAlign: 'baseline' }}>
                Per-key version report
              </Button>
            </>
          )}
        </Alert>
      ))}
    </Box>
  );
}
