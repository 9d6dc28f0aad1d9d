import GlobalStyles from '@mui/material/GlobalStyles';
import type { Theme } from '@mui/material/styles';
import { MONO_STACK } from '../../ui/fonts';
import { lightStyles } from '../../ui/light-styles';

/**
 * One stylesheet for every field frame (label row, chips, path, info button,
 * inline problems): plain elements with these classes instead of several MUI
 * components with `sx` per field, so opening a section with dozens of fields
 * stays cheap. Colours come from the theme (light and dark).
 */
function fieldStyles(t: Theme) {
  const chip = (color: string) => ({ color, borderColor: color });
  const p = (t.vars ?? t).palette;
  return {
    // A form section: a heading button that opens and closes its fields (mounted only while open).
    '.vb-section': {
      marginBottom: t.spacing(1.5),
      scrollMarginTop: 80,
      border: `1px solid ${p.divider}`,
      borderRadius: (t.vars ?? t).shape.borderRadius,
      backgroundColor: p.background.paper,
      color: p.text.primary,
      // Off screen, a section is neither laid out, painted nor hit-tested (its fields stay in the DOM, the
      // accessibility tree and find-in-page): a keystroke's frame costs what is on screen, not all 221 fields.
      // The size it reserves meanwhile is its last rendered one (`auto`), first an estimate (section.tsx).
      contentVisibility: 'auto',
    },
    '.vb-section-heading': { margin: 0, font: 'inherit' },
    '.vb-section-summary': {
      display: 'flex',
      alignItems: 'center',
      flexWrap: 'wrap',
      gap: t.spacing(1),
      width: '100%',
      minHeight: 48,
      margin: 0,
      padding: t.spacing(1.25, 2),
      border: 0,
      borderRadius: 'inherit',
      background: 'none',
      color: 'inherit',
      font: 'inherit',
      textAlign: 'left',
      cursor: 'pointer',
      '&:focus-visible': { backgroundColor: p.action.focus },
    },
    '.vb-section-title': { fontWeight: 650, fontSize: '0.98rem' },
    '.vb-section-count': { ...t.typography.caption, color: p.text.secondary, marginLeft: 'auto', marginRight: t.spacing(1) },
    '.vb-section-icon': { width: 24, height: 24, flex: 'none', fill: p.action.active, transition: 'transform 150ms' },
    '[aria-expanded="true"] > .vb-section-icon': { transform: 'rotate(180deg)' },
    '.vb-section-content': { padding: t.spacing(0, 2, 1.5) },
    '.vb-section-description': { ...t.typography.body2, margin: t.spacing(0, 0, 0.5), color: p.text.secondary },
    // A 24px high target (WCAG 2.5.8) also when the link stands alone, without a description around it.
    '.vb-section-description > .vb-link': { display: 'inline-block', paddingBlock: 2, minHeight: 24, boxSizing: 'border-box' },
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
  return <GlobalStyles styles={(t: Theme) => ({ ...lightStyles(t), ...fieldStyles(t) })} />;
}
