import Check from '@mui/icons-material/Check';
import LinkIcon from '@mui/icons-material/Link';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { secretsIn } from '../../core/share/secrets';
import { computeValues } from '../../core/values/output';
import type { Values } from '../../core/values/types';
import { useChartVersion } from '../builder/builder-context';
import { pageAddress, shareUrl } from './share-url';

type CopyResult = { state: 'copied'; url: string; leftOut: string[] } | { state: 'manual'; url: string; leftOut: string[] } | { state: 'idle' };

/**
 * "Copy share link": puts the form's changed values in the link's fragment
 * and copies the link. Secrets (agent token, …) stay out of it unless the
 * user ticks the opt-in box. When the clipboard is not available the link is
 * shown to copy by hand. Mount inside <BuilderForm>.
 */
export function SharePanel() {
  const { getValues } = useFormContext<Values>();
  const version = useChartVersion();
  const [includeSecrets, setIncludeSecrets] = useState(false);
  const [result, setResult] = useState<CopyResult>({ state: 'idle' });
  const hintId = useId();

  const copy = async () => {
    const values = getValues();
    const url = await shareUrl(pageAddress(window.location), values, version, includeSecrets);
    const leftOut = includeSecrets ? [] : secretsIn(computeValues(values, version).changed);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setResult({ state: 'copied', url, leftOut });
    } catch {
      setResult({ state: 'manual', url, leftOut });
    }
  };

  return (
    <Box component="section" aria-label="Share" sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Button
          size="small"
          variant="contained"
          disableElevation
          startIcon={result.state === 'copied' ? <Check /> : <LinkIcon />}
          onClick={() => void copy()}
          aria-describedby={hintId}
        >
          {result.state === 'copied' ? 'Link copied' : 'Copy share link'}
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
          label={<Typography variant="body2">Include secrets (agent token) in the link</Typography>}
          sx={{ mr: 0 }}
        />
      </Box>
      <Typography id={hintId} variant="caption" sx={{ display: 'block', color: includeSecrets ? 'warning.dark' : 'text.secondary', mt: 0.5 }}>
        {includeSecrets
          ? 'The link will contain your secrets: anyone who sees it can use them.'
          : 'Secrets (agent token, Polyaxon secret key, internal token) are left out of the link.'}{' '}
        The values travel in the part after “#”, which browsers never send to a server.
      </Typography>
      <div role="status" aria-live="polite">
        {result.state === 'copied' && (
          <Alert severity="success" sx={{ mt: 1 }} onClose={() => setResult({ state: 'idle' })}>
            Share link copied ({result.url.length} characters).
            {result.leftOut.length > 0 && ` Left out: ${result.leftOut.join(', ')}.`}
          </Alert>
        )}
      </div>
      {result.state === 'manual' && (
        <Alert severity="warning" sx={{ mt: 1 }} onClose={() => setResult({ state: 'idle' })}>
          The clipboard is not available here: copy the link below.
          {result.leftOut.length > 0 && ` Left out: ${result.leftOut.join(', ')}.`}
          <TextField
            value={result.url}
            label="Share link"
            slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'share-link-text' } }}
            onFocus={(e) => e.target.select()}
            sx={{ mt: 1 }}
          />
        </Alert>
      )}
    </Box>
  );
}
