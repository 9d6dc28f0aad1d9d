import GlobalStyles from '@mui/material/GlobalStyles';
import type { Theme } from '@mui/material/styles';
import { MONO_STACK } from '../../ui/fonts';

/**
 * One stylesheet for every field frame (label row, chips, path, info button,
 * inline problems): plain elements with these classes instead of several MUI
 * components with `sx` per field, so opening a section with dozens of fields
 * stays cheap. Colours come from the theme (light and dark).
 */
function fieldStyles(t: Theme) {
  const chip = (color: string) => ({ color, borderColor: color });
  return {
    '.vb-field': { padding: t.spacing(1.25, 0) },
    '.vb-field + .vb-field': { borderTop: `1px solid ${t.palette.divider}` },
    '.vb-field-head': { display: 'flex', alignItems: 'center', gap: t.spacing(0.75), minHeight: 30, marginBottom: t.spacing(0.75), minWidth: 0 },
    '.vb-field-head[data-layout="inline"]': { marginBottom: 0 },
    '.vb-field-label': { ...t.typography.body2, fontWeight: 600, color: t.palette.text.primary, cursor: 'pointer', overflowWrap: 'anywhere' },
    'span.vb-field-label': { cursor: 'default' },
    '.vb-field-spacer': { flex: 1 },
    '.vb-field-required': { color: t.palette.error.main },
    '.vb-field-path': {
      ...t.typography.caption,
      fontFamily: MONO_STACK,
      color: t.palette.text.secondary,
      overflow: 'hidden',
      textOverflow: 'ellipsis',
      whiteSpace: 'nowrap',
      maxWidth: 260,
      minWidth: 0,
      [t.breakpoints.down('sm')]: { display: 'none' },
    },
    '.vb-info': {
      flex: 'none',
      display: 'inline-grid',
      placeItems: 'center',
      width: 28,
      height: 28,
      padding: 0,
      border: 0,
      borderRadius: '50%',
      background: 'none',
      color: t.palette.text.secondary,
      cursor: 'pointer',
      '&:hover': { backgroundColor: t.palette.action.hover },
      '& svg': { width: 20, height: 20, fill: 'currentColor' },
    },
    '.vb-chip': {
      display: 'inline-flex',
      alignItems: 'center',
      height: 20,
      padding: '0 7px',
      borderRadius: 10,
      border: '1px solid',
      fontSize: '0.7rem',
      fontWeight: 600,
      lineHeight: 1,
      whiteSpace: 'nowrap',
      ...chip(t.palette.text.secondary),
    },
    '.vb-chip[data-color="info"]': chip(t.palette.info.main),
    '.vb-chip[data-color="secondary"]': chip(t.palette.secondary.main),
    '.vb-chip[data-color="warning"]': chip(t.palette.warning.main),
    '.vb-chip[data-color="error"]': chip(t.palette.error.main),
    '.vb-chip[data-color="primary"]': chip(t.palette.primary.main),
    '.vb-field-message': { ...t.typography.caption, margin: t.spacing(0.5, 1.75, 0), color: t.palette.error.main },
    '.vb-field-message[data-severity="warning"]': { color: t.palette.warning.dark },
    '.vb-field-message[data-severity="note"]': { color: t.palette.text.secondary },
  };
}

export function FieldStyles() {
  return <GlobalStyles styles={fieldStyles} />;
}
