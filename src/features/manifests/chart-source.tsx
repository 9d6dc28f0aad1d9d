import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { CHART_REPOSITORY, fetchChartArchive } from './chart-repository';
import { forgetChart, loadChart, saveChart, sha256Hex, type StoredChart } from './chart-store';
import type { RenderClient } from './render-client';

/** Larger than any agent chart (about 90 kB) by far; refuses a wrong file before it is read. */
const MAX_ARCHIVE_BYTES = 20 * 1024 * 1024;

type Status = { kind: 'loading' } | { kind: 'none' } | { kind: 'checking' } | { kind: 'ready'; chart: StoredChart; persisted: boolean } | { kind: 'error'; message: string; notBuilt?: boolean };

/**
 * Where the chart archive comes from: the user's own `agent-<version>.tgz`
 * (dropped or picked; `helm pull polyaxon/agent --version X`), or, on an
 * explicit click, the chart repository. Kept in IndexedDB per release, with its
 * SHA-256 shown. A broken or foreign archive gets a clear error.
 */
export function ChartSource({ version, client, onChart }: { version: string; client: RenderClient; onChart: (chart: StoredChart | undefined) => void }) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const onChartRef = useRef(onChart);
  onChartRef.current = onChart;

  useEffect(() => {
    let live = true;
    setStatus({ kind: 'loading' });
    void loadChart(version).then((stored) => {
      if (!live) return;
      setStatus(stored ? { kind: 'ready', chart: stored, persisted: true } : { kind: 'none' });
      onChartRef.current(stored);
    });
    return () => {
      live = false;
    };
  }, [version]);

  const accept = async (bytes: Uint8Array, fileName: string, origin: StoredChart['origin']) => {
    setStatus({ kind: 'checking' });
    if (bytes.length > MAX_ARCHIVE_BYTES) {
      setStatus({ kind: 'error', message: `${fileName} is ${(bytes.length / 1e6).toFixed(1)} MB: not a chart archive (the agent chart is about 90 kB).` });
      return;
    }
    const inspected = await client.inspect(bytes);
    if (!inspected.ok) {
      setStatus({
        kind: 'error',
        notBuilt: inspected.notBuilt,
        message: inspected.notBuilt ? inspected.error : `${fileName} is not a usable Helm chart archive: ${inspected.error}`,
      });
      return;
    }
    const { info } = inspected;
    if (info.name !== 'agent') {
      setStatus({ kind: 'error', message: `${fileName} holds the chart "${info.name}" ${info.version}, not the Polyaxon agent chart. Pick agent-${version}.tgz.` });
      return;
    }
    if (info.version !== version) {
      setStatus({
        kind: 'error',
        message: `${fileName} is the agent chart ${info.version}, but the builder targets chart ${version}. Pick agent-${version}.tgz, or switch the chart release first.`,
      });
      return;
    }
    const chart: StoredChart = { version, fileName, bytes, sha256: await sha256Hex(bytes), savedAt: new Date().toISOString(), origin };
    const persisted = await saveChart(chart);
    setStatus({ kind: 'ready', chart, persisted });
    onChart(chart);
  };

  const fromFile = async (file: File | undefined) => {
    if (!file) return;
    await accept(new Uint8Array(await file.arrayBuffer()), file.name, 'file');
  };

  const fetchFromRepository = async () => {
    setStatus({ kind: 'checking' });
    try {
      const { bytes, url } = await fetchChartArchive(version);
      await accept(bytes, url.split('/').pop() ?? `agent-${version}.tgz`, 'repository');
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const forget = async () => {
    await forgetChart(version);
    setStatus({ kind: 'none' });
    onChart(undefined);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    void fromFile(event.dataTransfer.files[0]);
  };

  const picker = (
    <input
      ref={input}
      type="file"
      accept=".tgz,.tar.gz,application/gzip,application/x-gzip,application/x-tar"
      hidden
      aria-label={`Chart archive agent-${version}.tgz`}
      data-testid="chart-file-input"
      onChange={(e) => {
        void fromFile(e.target.files?.[0]);
        e.target.value = '';
      }}
    />
  );

  if (status.kind === 'loading') return <CircularProgress size={20} aria-label="Looking for a stored chart" />;

  if (status.kind === 'ready') {
    const { chart } = status;
    return (
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="chart-ready">
        <Typography variant="body2">
          Chart <strong>{chart.fileName}</strong> ({(chart.bytes.length / 1024).toFixed(1)} kB{chart.origin === 'repository' ? ', from the chart repository' : ''})
          {status.persisted ? ', kept in this browser' : ' (this browser does not keep it)'} · SHA-256{' '}
          <Box component="code" sx={{ wordBreak: 'break-all', fontSize: '0.8rem' }} data-testid="chart-digest">
            {chart.sha256}
          </Box>
        </Typography>
        {picker}
        <Button size="small" onClick={() => input.current?.click()}>
          Replace
        </Button>
        <Button size="small" color="inherit" onClick={() => void forget()}>
          Forget
        </Button>
      </Stack>
    );
  }

  return (
    <Box
      onDragOver={(e) => {
        e.preventDefault();
        e.stopPropagation();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="chart-drop-zone"
      sx={{ border: 2, borderStyle: 'dashed', borderColor: dragging ? 'primary.main' : 'divider', borderRadius: 1, p: 2 }}
    >
      <Typography variant="body2" id={hintId} sx={{ mb: 1 }}>
        The manifests are rendered in your browser from the chart archive. Drop <strong>agent-{version}.tgz</strong> here or choose it. Get it with:
      </Typography>
      <Box component="pre" tabIndex={0} sx={{ m: 0, mb: 1, p: 1, bgcolor: 'action.hover', borderRadius: 1, fontSize: '0.85rem', overflowX: 'auto' }}>
        {`helm repo add polyaxon https://charts.polyaxon.com\nhelm pull polyaxon/agent --version ${version}`}
      </Box>
      {picker}
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Button variant="contained" disableElevation onClick={() => input.current?.click()} aria-describedby={hintId} disabled={status.kind === 'checking'}>
          Choose agent-{version}.tgz
        </Button>
        <Button onClick={() => void fetchFromRepository()} disabled={status.kind === 'checking'}>
          Fetch from the chart repository
        </Button>
        {status.kind === 'checking' && <CircularProgress size={20} aria-label="Checking the archive" />}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
        Fetching downloads {CHART_REPOSITORY}/index.yaml and the archive it lists: the only network request this app makes, and only when you click it.
      </Typography>
      {status.kind === 'error' && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="chart-error">
          {status.message}
        </Alert>
      )}
    </Box>
  );
}
