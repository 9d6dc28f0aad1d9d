import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { diffObjects } from '../../core/manifests/diff';
import { KUBE_VERSION } from '../../core/manifests/kube-version';
import { manifestObjects } from '../../core/manifests/objects';
import { maskSecretsInText } from '../../core/secrets/mask';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../shared/values';
import { toYaml } from '../../core/yaml/to-yaml';
import { type OutputStore, useSettledOutputSelector } from '../output';
import { ChartSource } from './chart-source';
import type { StoredChart } from './chart-store';
import { getImportBaseline, subscribeImportBaseline } from './import-baseline';
import { ObjectList, shownText } from './object-list';
import { RenderClient } from './render-client';
import { useRender, type RenderState } from './use-render';

interface Target {
  readonly yaml: string;
  /** The changed values the YAML was written from: their secrets are masked wherever they appear in the manifests. */
  readonly values: Values;
  readonly release: string;
  readonly namespace: string;
  readonly version: string;
}

const selectTarget = (store: OutputStore): Target => {
  const { computed, output, profile } = store.getState();
  return { yaml: toYaml(computed.changed), values: computed.changed, release: output.release, namespace: profile.namespace, version: profile.version };
};
const sameTarget = (a: Target, b: Target) => a.yaml === b.yaml && a.release === b.release && a.namespace === b.namespace && a.version === b.version;

type Compare = 'none' | 'defaults' | 'import';

function renderedText(state: RenderState, secretsOf: readonly Values[]): string | undefined {
  const text = state.status === 'done' ? state.manifests : state.status === 'rendering' ? state.previous?.manifests : undefined;
  // A secret of the values can land anywhere in a manifest (a ConfigMap, an annotation, an env value): mask it there too.
  return text === undefined ? undefined : secretsOf.reduce((out, values) => maskSecretsInText(out, values), text);
}

/**
 * The Manifests view: the Kubernetes objects the current values produce,
 * rendered by Helm's own engine (WebAssembly, in a Web Worker) from the chart
 * archive the user provides, grouped by kind, with a diff against the chart
 * defaults or the last imported values.
 */
export default function ManifestsView() {
  const target = useSettledOutputSelector(selectTarget, sameTarget);
  const [client] = useState(() => new RenderClient(() => new Worker(new URL('./render-worker.ts', import.meta.url), { type: 'module', name: 'helm-render' })));
  useEffect(() => () => client.dispose(), [client]);
  const [chart, setChart] = useState<StoredChart | undefined>(undefined);
  const [compare, setCompare] = useState<Compare>('none');
  const baseline = useSyncExternalStore(subscribeImportBaseline, getImportBaseline);
  const importUsable = baseline !== undefined && baseline.version === target.version;
  const usableChart = chart && chart.version === target.version ? chart.bytes : undefined;

  const current = useRender(client, usableChart ? { chart: usableChart, values: target.yaml, release: target.release, namespace: target.namespace, kubeVersion: KUBE_VERSION } : undefined, 'current');
  const baselineYaml = compare === 'defaults' ? '' : compare === 'import' && importUsable ? toYaml(computeValues(baseline.values, baseline.version).changed) : undefined;
  const base = useRender(
    client,
    usableChart && baselineYaml !== undefined ? { chart: usableChart, values: baselineYaml, release: target.release, namespace: target.namespace, kubeVersion: KUBE_VERSION } : undefined,
    'baseline',
  );

  const text = useMemo(() => renderedText(current, [target.values]), [current, target.values]);
  const objects = useMemo(() => (text === undefined ? [] : manifestObjects(text)), [text]);
  const baseValues = compare === 'import' && importUsable ? baseline.values : undefined;
  const baseText = useMemo(
    () => (baselineYaml === undefined ? undefined : renderedText(base, baseValues ? [target.values, baseValues] : [target.values])),
    [baselineYaml, base, baseValues, target.values],
  );
  const diffs = useMemo(() => (baseText === undefined ? undefined : diffObjects(manifestObjects(baseText), objects, shownText)), [baseText, objects]);
  const notBuilt = (current.status === 'error' && current.notBuilt) || (base.status === 'error' && base.notBuilt);
  const changedCount = diffs?.filter((d) => d.change !== 'unchanged').length ?? 0;

  return (
    <Box sx={{ mt: 2 }} data-testid="manifests-view">
      <Typography variant="body2" sx={{ mb: 1 }}>
        Chart agent {target.version}, release <code>{target.release}</code> in namespace <code>{target.namespace}</code>. Updates as you edit the form.
      </Typography>
      <Stack spacing={2}>
        <ChartSource version={target.version} client={client} onChart={setChart} />
        {notBuilt && (
          <Alert severity="info" data-testid="renderer-not-built">
            The in-browser renderer is not built. It is Helm&apos;s engine compiled to WebAssembly and needs Go ≥ 1.26 at build time: run <code>npm run build:wasm</code> (<code>npm run build</code>{' '}
            does it too), then reopen this view.
          </Alert>
        )}
        {usableChart && (
          <>
            <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="body2" component="span" id="manifests-compare-label">
                Compare with
              </Typography>
              <ToggleButtonGroup size="small" exclusive value={compare} onChange={(_e, v: Compare | null) => v && setCompare(v)} aria-labelledby="manifests-compare-label">
                <ToggleButton value="none">Nothing</ToggleButton>
                <ToggleButton value="defaults">Chart defaults</ToggleButton>
                <ToggleButton value="import" disabled={!importUsable}>
                  Imported values
                </ToggleButton>
              </ToggleButtonGroup>
              <Typography variant="caption" color="text.secondary">
                Rendered as{' '}
                <code>
                  helm template {target.release} agent-{target.version}.tgz -n {target.namespace} -f values.yaml --kube-version {KUBE_VERSION}
                </code>
                {compare === 'import' && baseline ? ` · baseline: ${baseline.label}` : ''}
              </Typography>
            </Stack>
            <Box aria-live="polite" data-testid="render-status">
              {current.status === 'rendering' && (
                <>
                  <Typography variant="body2">Rendering…</Typography>
                  <LinearProgress aria-label="Rendering the manifests" />
                </>
              )}
              {current.status === 'done' && (
                <Typography variant="body2" color="text.secondary">
                  {objects.length} objects, rendered in {Math.round(current.ms)} ms
                  {diffs ? ` · ${changedCount} differ from ${compare === 'defaults' ? 'the chart defaults' : 'the imported values'}` : ''}. Secret values are masked; the chart draws its own secret key
                  and internal token at random on every render unless you set them.
                </Typography>
              )}
              {current.status === 'error' && !current.notBuilt && (
                <Alert severity="error" data-testid="render-error">
                  Helm cannot render these values: {current.error}
                </Alert>
              )}
            </Box>
            {objects.length > 0 && <ObjectList objects={objects} diffs={diffs} />}
          </>
        )}
      </Stack>
    </Box>
  );
}
