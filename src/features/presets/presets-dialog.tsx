import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { planPreset, presetReleases } from '../../core/presets/apply';
import { PRESETS, type Preset } from '../../core/presets/catalog';
import type { Values } from '../../shared/values';
import { focusProblem, useBuilder } from '../builder';
import { useHistorySession } from '../history';
import { valueText } from './value-text';

function keysText(paths: readonly string[]): string {
  return paths.length <= 4 ? paths.join(', ') : `${paths.slice(0, 4).join(', ')} and ${paths.length - 4} more`;
}

/**
 * Pick a preset taken from the docs' examples, see exactly which keys it
 * changes (current → new, the ones you set marked), then apply. When it
 * replaces values you set, it asks first. Applying is one undo step.
 */
export function PresetsDialog({ onClose }: { onClose: () => void }) {
  const titleId = useId();
  const { getValues, reset } = useFormContext<Values>();
  const { version, sections } = useBuilder();
  const history = useHistorySession();
  const available = useMemo(() => PRESETS.filter((p) => presetReleases(p).includes(version)), [version]);
  const [selected, setSelected] = useState<Preset | undefined>(available[0]);
  const [options, setOptions] = useState<readonly string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const plan = useMemo(() => (selected ? planPreset(getValues(), version, selected, options) : undefined), [selected, options, version, getValues]);
  const overwritten = plan?.changes.filter((c) => c.overwritesEdit) ?? [];

  const choose = (preset: Preset) => {
    setSelected(preset);
    setOptions([]);
    setConfirming(false);
  };

  const apply = () => {
    if (!selected || !plan || plan.changes.length === 0) return;
    if (overwritten.length > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    const paths = plan.changes.map((c) => c.path);
    history?.announce(`Apply preset “${selected.title}”`, `Applied “${selected.title}”: changed ${keysText(paths)}.`);
    reset(plan.values);
    onClose();
    const fill = selected.fillIn?.find((path) => {
      const v = getValues(path);
      return v === undefined || v === null || v === '';
    });
    if (fill) setTimeout(() => focusProblem(fill, sections), 0);
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md" scroll="paper">
      <DialogTitle id={titleId}>Presets</DialogTitle>
      <DialogContent dividers sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '240px 1fr' }, gap: 2 }}>
        <List dense aria-label="Presets" sx={{ py: 0 }}>
          {available.map((p) => (
            <ListItemButton key={p.id} selected={p.id === selected?.id} onClick={() => choose(p)} aria-current={p.id === selected?.id ? 'true' : undefined}>
              <ListItemText primary={p.title} />
            </ListItemButton>
          ))}
        </List>
        {selected && plan && (
          <Box sx={{ minWidth: 0 }} data-testid="preset-details">
            <Typography variant="h2" sx={{ fontSize: '1.05rem', fontWeight: 600, mb: 0.5 }}>
              {selected.title}
            </Typography>
            <Typography variant="body2" sx={{ mb: 0.5 }}>
              {selected.description}
            </Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block', mb: 1 }}>
              From the docs: {selected.source}
            </Typography>
            {(selected.options ?? []).map((o) => (
              <FormControlLabel
                key={o.id}
                control={
                  <Checkbox
                    size="small"
                    checked={options.includes(o.id)}
                    onChange={(e) => {
                      setConfirming(false);
                      setOptions((current) => (e.target.checked ? [...current, o.id] : current.filter((id) => id !== o.id)));
                    }}
                  />
                }
                label={o.label}
              />
            ))}
            <Typography variant="subtitle2" sx={{ mt: 1 }}>
              {plan.changes.length === 0 ? 'Nothing would change: the form already has these values.' : `Changes ${plan.changes.length} ${plan.changes.length === 1 ? 'key' : 'keys'}:`}
            </Typography>
            <Box component="ul" sx={{ pl: 2.5, my: 0.5 }} data-testid="preset-changes">
              {plan.changes.map((c) => (
                <li key={c.path}>
                  <Typography variant="body2" component="span" sx={{ wordBreak: 'break-word' }}>
                    <code>{c.path}</code>: {valueText(c.before)} → {valueText(c.after)}
                  </Typography>
                  {c.overwritesEdit && <Chip size="small" color="warning" variant="outlined" label="replaces your value" sx={{ ml: 1 }} />}
                </li>
              ))}
            </Box>
            {confirming && (
              <Alert severity="warning" role="alert" sx={{ mt: 1 }}>
                This replaces {overwritten.length === 1 ? 'a value you set' : `${overwritten.length} values you set`} ({keysText(overwritten.map((c) => c.path))}). Apply anyway? You can undo it.
              </Alert>
            )}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={apply} disabled={!plan || plan.changes.length === 0}>
          {confirming ? 'Replace and apply' : 'Apply preset'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
