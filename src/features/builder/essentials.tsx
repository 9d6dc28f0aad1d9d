import Box from '@mui/material/Box';
import { Link } from '../../ui/light-typography';
import { Typography } from '../../ui/light-typography';
import { createContext } from 'react';
import { QUICK_SETUP, sectionFields } from '../../schema/sections';
import type { FieldNode } from '../../schema/walk';
import { useBuilder } from './builder-context';
import { focusProblem } from './focus-problem';
import { fieldIds } from './widgets/widget-props';

/** Ids of the fields Quick setup shows (empty when it is not on the page, as in an embed of chosen sections). */
export const EssentialsContext = createContext<ReadonlySet<string>>(new Set());

export const QUICK_SETUP_FIELDS: ReadonlySet<string> = new Set(sectionFields(QUICK_SETUP).map((f) => f.id));

/** In a reference section, a field that Quick setup shows: its name and a link there (one input per values path). */
export function EssentialsPointer({ node }: { node: FieldNode }) {
  const { sections } = useBuilder();
  return (
    <Box data-field-pointer={node.id} sx={{ py: 1, display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap', '& + *': { borderTop: 1, borderColor: 'divider' } }}>
      <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
        {node.meta.label}
      </Typography>
      <Typography component="code" variant="caption" sx={{ fontFamily: 'monospace', color: 'text.secondary' }}>
        {node.id}
      </Typography>
      <Link
        component="button"
        type="button"
        variant="body2"
        onClick={() => focusProblem(node.id, sections)}
        aria-label={`${node.meta.label}: set in Quick setup`}
        sx={{ ml: 'auto' }}
        // The input's id, so the link says where it leads.
        data-target={fieldIds(node.id).input}
      >
        Set in Quick setup
      </Link>
    </Box>
  );
}
