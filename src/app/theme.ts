import { createTheme } from '@mui/material/styles';

import { MONO_STACK, SANS_STACK } from '../ui/fonts';

export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#3a4fc4' },
    secondary: { main: '#0f7b6c' },
    // Darker than MUI's defaults so small chip and badge text meets WCAG AA contrast.
    info: { main: '#0263a8' },
    warning: { main: '#a34f00', dark: '#7a3b00', contrastText: '#ffffff' },
    background: { default: '#f5f6fa', paper: '#ffffff' },
    text: { primary: '#1c2033', secondary: '#545b73' },
    divider: '#e2e5ee',
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: SANS_STACK,
    fontSize: 14,
    h1: { fontSize: '1.15rem', fontWeight: 650, letterSpacing: 0 },
    h2: { fontSize: '1.05rem', fontWeight: 650 },
    h3: { fontSize: '0.95rem', fontWeight: 650 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    MuiButtonBase: { defaultProps: { disableRipple: false } },
    MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
    MuiTooltip: { defaultProps: { arrow: true } },
    MuiAccordion: {
      defaultProps: { disableGutters: true, elevation: 0 },
      styleOverrides: {
        root: ({ theme: t }) => ({
          border: `1px solid ${t.palette.divider}`,
          borderRadius: t.shape.borderRadius,
          '&::before': { display: 'none' },
          '&:not(:last-of-type)': { marginBottom: t.spacing(1.5) },
        }),
      },
    },
    MuiCssBaseline: {
      styleOverrides: {
        // A clearly visible keyboard focus ring on every control.
        ':focus-visible': { outline: '2px solid #3a4fc4', outlineOffset: 2 },
        '.MuiButtonBase-root.Mui-focusVisible': { outline: '2px solid #3a4fc4', outlineOffset: 2 },
        // The switch clips its thumb (overflow: hidden): draw its ring on the root, around the whole switch.
        '.MuiSwitch-switchBase.Mui-focusVisible': { outline: 'none' },
        '.MuiSwitch-root:has(.Mui-focusVisible)': { outline: '2px solid #3a4fc4', outlineOffset: 0, borderRadius: 12 },
        'code, pre, kbd, samp': { fontFamily: MONO_STACK },
      },
    },
  },
});
