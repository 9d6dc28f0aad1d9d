import Check from '@mui/icons-material/Check';
import LinkIcon from '@mui/icons-material/Link';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { LeftOutSecret } from '../../core/share/codec';
import type { Values } from '../../shared/values';
import { useChartVersion, useFormPipeline } from '../builder';
import { useAddressSync } from './address-sync';
import { pageAddress, shareUrl } from './share-url';

type CopyResult = { state: 'copied' | 'manual'; url: string; leftOut: LeftOutSecret[]; stale: boolean } | { state: 'idle' };

function LeftOutList({ leftOut }: { leftOut: readonly LeftOutSecret[] }) {
  if (leftOut.length === 0) return null;
  return (
    <Box data-testid="share-left-out">
      Left out of the link ({leftOut.length} secret {leftOut.length === 1 ? 'value' : 'values'}; whoever opens it fills {leftOut.length === 1 ? 'it' : 'them'} in):
      <Box component="ul" sx={{ my: 0.5, pl: 2.5 }}>
        {leftOut.map((l) => (
          <li key={l.id}>
            <code>{l.id}</code>
          </li>
        ))}
      </Box>
    </Box>
  );
}

/**
 * "Copy share link": puts the form's changed values in the link's fragment
 * and copies the link. Every value the secret classifier finds stays out of
 * it unless the user ticks the opt-in box; the panel lists the left-out paths.
 * A copied link goes stale as soon as the values change. The address bar
 * keeps the current state too (secrets left out). Mount inside <BuilderForm>.
 */
export function SharePanel() {
  const { getValues } = useFormContext<Values>();
  const pipeline = useFormPipeline();
  const version = useChartVersion();
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [result, setResult] = useState<CopyResult>({ state: 'idle' });
  const hintId = useId();
  useAddressSync();

  // Any change after a copy makes the copied link stale (setState with the same object does not re-render).
  useEffect(() => pipeline.subscribe(() => setResult((r) => (r.state === 'idle' || r.stale ? r : { ...r, stale: true }))), [pipeline]);
  useEffect(() => setResult((r) => (r.state === 'idle' || r.stale ? r : { ...r, stale: true })), [version]);

  const copy = async () => {
    const { url, leftOut } = await shareUrl(pageAddress(window.location), getValues(), version, includeSecrets);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setResult({ state: 'copied', url, leftOut, stale: false });
    } catch {
      setResult({ state: 'manual', url, leftOut, stale: false });
    }
  };

  const copied = result.state === 'copied' && !result.stale;
  return (
    <Box component="section" aria-label="Share" sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Button size="small" variant="contained" disableElevation startIcon={copied ? <Check /> : <LinkIcon />} onClick={() => void copy()} aria-describedby={hintId}>
          {copied ? 'Link copied' : result.state !== 'idle' && result.stale ? 'Copy updated link' : 'Copy share link'}
        </Button>
        <FormControlLabel
          control={
            <Checkbox
              size="small"
              checked={includeSecrets}
              onChange={(e) => {
                setIncludeSecrets(e.target.checked);
                setResult({ state: 'idle' });
              }}
            />
          }
          label={<Typography variant="body2">Include secrets in the link</Typography>}
          sx={{ mr: 0 }}
        />
      </Box>
      <Typography id={hintId} variant="caption" sx={{ display: 'block', color: includeSecrets ? 'warning.dark' : 'text.secondary', mt: 0.5 }}>
        {includeSecrets
          ? 'The link will contain your secrets: anyone who sees it can use them.'
          : 'Secrets (tokens, passwords, keys, credentials in URLs, annotations and env variables) are left out of the link.'}{' '}
        The values travel in the part after “#”, which browsers never send to a server. The address bar always holds the current values without secrets.
      </Typography>
      <div role="status" aria-live="polite">
        {result.state === 'copied' && (
          <Alert severity={result.stale ? 'warning' : 'success'} sx={{ mt: 1 }} onClose={() => setResult({ state: 'idle' })} data-testid="share-result">
            {result.stale ? 'The values changed after you copied the link: the copied link does not have your latest changes. Copy it again.' : `Share link copied (${result.url.length} characters).`}
            <LeftOutList leftOut={result.leftOut} />
          </Alert>
        )}
      </div>
      {result.state === 'manual' && (
        <Alert severity="warning" sx={{ mt: 1 }} onClose={() => setResult({ state: 'idle' })} data-testid="share-result">
          {result.stale ? 'The values changed: this link does not have your latest changes. Copy it again.' : 'The clipboard is not available here: copy the link below.'}
          <LeftOutList leftOut={result.leftOut} />
          <TextField value={result.url} label="Share link" slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'share-link-text' } }} onFocus={(e) => e.target.select()} sx={{ mt: 1 }} />
        </Alert>
      )}
    </Box>
  );
}
