import ArrowForward from '@mui/icons-material/ArrowForward';
import Close from '@mui/icons-material/Close';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useFormContext } from 'react-hook-form';
import { listChanges, showValue, type Change } from '../../core/changes/changes';
import { withoutKey } from '../../core/changes/remove-key';
import { nodeById } from '../../core/fields/node-index';
import type { Values } from '../../shared/values';
import { isField } from '../../schema/walk';
import { type PipelineState, usePipelineSelector, useResetField } from '../builder';
import { useJumpTo } from './use-jump';

const selectState = (s: PipelineState) => s;

/** Every key that differs from the chart defaults, with a way to go to it or undo it (opened by ChangesButton). */
export function ChangesDialog({ onClose }: { onClose: () => void }) {
  const { getValues, reset } = useFormContext<Values>();
  // The pipeline's state (values and their overlay, computed once per change), not a watcher of its own.
  const state = usePipelineSelector(selectState);
  const { version } = state;
  const changes = useMemo(() => listChanges(state.values, state.version, state.computed.changed), [state]);
  const resetField = useResetField();
  const jump = useJumpTo();

  const undo = (c: Change) => {
    const node = nodeById(c.path);
    if (c.kind === 'field' && node && isField(node)) resetField(node);
    else reset(withoutKey(getValues(), c.path));
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="changes-title">
      <DialogTitle id="changes-title" sx={{ display: 'flex', alignItems: 'center', pr: 1 }}>
        <Box component="span" sx={{ flex: 1 }}>
          Changes from the chart defaults ({changes.length})
        </Box>
        <IconButton aria-label="Close changes" onClick={onClose}>
          <Close />
        </IconButton>
      </DialogTitle>
      <DialogContent dividers>
        {changes.length === 0 ? (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Nothing changed: Helm installs the chart defaults of {version}.
          </Typography>
        ) : (
          <Box
            component="table"
            sx={{ width: '100%', borderCollapse: 'collapse', fontSize: '0.85rem', '& td, & th': { py: 0.75, px: 1, borderBottom: 1, borderColor: 'divider', textAlign: 'left', verticalAlign: 'top' } }}
          >
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Chart default → now</th>
                <th scope="col">
                  <Box component="span" sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                    Actions
                  </Box>
                </th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.path} data-change={c.path}>
                  <td>
                    <Box sx={{ fontWeight: 600 }}>{c.kind === 'field' ? c.label : 'Key with no form field'}</Box>
                    <Box component="code" sx={{ color: 'text.secondary', fontSize: '0.78rem', overflowWrap: 'anywhere' }}>
                      {c.path}
                    </Box>
                  </td>
                  <td>
                    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, flexWrap: 'wrap', fontFamily: 'monospace' }}>
                      <Box component="span" sx={{ color: 'text.secondary' }}>
                        {showValue(c.before, c.secret)}
                      </Box>
                      <ArrowForward sx={{ fontSize: 14 }} titleAccess="becomes" />
                      <Box component="span" sx={{ fontWeight: 600 }}>
                        {showValue(c.after, c.secret)}
                      </Box>
                    </Box>
                  </td>
                  <td style={{ whiteSpace: 'nowrap' }}>
                    {c.kind === 'field' && (
                      <Button
                        size="small"
                        onClick={() => {
                          onClose();
                          jump(c.path);
                        }}
                        aria-label={`Go to ${c.path}`}
                      >
                        Go to
                      </Button>
                    )}
                    <Button size="small" color={c.kind === 'field' ? 'primary' : 'error'} onClick={() => undo(c)} aria-label={c.kind === 'field' ? `Reset ${c.path}` : `Remove key ${c.path}`}>
                      {c.kind === 'field' ? 'Reset' : 'Remove'}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Box>
        )}
      </DialogContent>
    </Dialog>
  );
}
