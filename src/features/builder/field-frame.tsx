import Box from '@mui/material/Box';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { FieldProps } from '../../core/fields/field-props';
import type { FieldNode } from '../../schema/walk';
import { InfoButton } from '../../ui/info-button';
import { VisuallyHidden } from '../../ui/visually-hidden';
import { ChangeMarker } from './change-marker';
import { FieldChips } from './field-chips';
import { FieldInfo } from './field-info';
import type { FieldIds } from './widgets/widget-props';

export interface FrameMessage {
  text: string;
  severity: 'error' | 'warning' | 'note';
}

interface FieldFrameProps {
  node: FieldNode;
  fp: FieldProps;
  ids: FieldIds;
  /** 'input': the label is a <label for> the main input; 'group': it names a group of inputs; 'inline': a switch before the label. */
  layout: 'input' | 'group' | 'inline';
  messages: readonly FrameMessage[];
  children: ReactNode;
}

/** Label, chips, info button, inline problems and warning around one field's widget. */
export function FieldFrame({ node, fp, ids, layout, messages, children }: FieldFrameProps) {
  const label = (
    <Typography
      component={layout === 'group' ? 'span' : 'label'}
      id={ids.label}
      {...(layout === 'group' ? {} : { htmlFor: ids.input })}
      variant="body2"
      sx={{ fontWeight: 600, color: 'text.primary', cursor: layout === 'group' ? 'default' : 'pointer' }}
    >
      {fp.label}
      {fp.required && (
        <Box component="span" aria-hidden sx={{ color: 'error.main' }}>
          {' *'}
        </Box>
      )}
    </Typography>
  );
  return (
    <Box data-field={node.id} sx={{ py: 1.25, '& + &': { borderTop: 1, borderColor: 'divider' } }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75, minHeight: 30, mb: layout === 'inline' ? 0 : 0.75 }}>
        {layout === 'inline' && children}
        {label}
        <FieldChips node={node} />
        <ChangeMarker node={node} label={fp.label} inputId={ids.input} />
        <Box sx={{ flex: 1 }} />
        <Typography
          component="code"
          variant="caption"
          sx={{ fontFamily: 'monospace', color: 'text.secondary', display: { xs: 'none', sm: 'inline' }, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', maxWidth: 260 }}
          aria-hidden
        >
          {node.id}
        </Typography>
        <InfoButton label={fp.label} describedBy={ids.description}>
          <FieldInfo fp={fp} docsAnchor={node.meta.docsAnchor} />
        </InfoButton>
      </Box>
      {layout !== 'inline' && children}
      {messages.length > 0 && (
        <Box id={ids.problems}>
          {messages.map((m, i) => (
            <FormHelperText key={i} error={m.severity === 'error'} sx={m.severity === 'error' ? undefined : { color: m.severity === 'warning' ? 'warning.dark' : 'text.secondary' }}>
              {m.text}
            </FormHelperText>
          ))}
        </Box>
      )}
      <VisuallyHidden id={ids.description}>{fp.description}</VisuallyHidden>
    </Box>
  );
}
