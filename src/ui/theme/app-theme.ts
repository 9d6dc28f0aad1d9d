import { createTheme, type Theme } from '@mui/material/styles';
import type { ThemeMode } from '../../core/theme/preference';
import { MONO_STACK, SANS_STACK } from '../fonts';
import { PALETTES } from './palette';

function buildTheme(mode: ThemeMode): Theme {
  const p = PALETTES[mode];
  const ring = `2px solid ${p.focus}`;
  return createTheme({
    palette: {
      mode,
      primary: p.primary,
      secondary: p.secondary,
      info: p.info,
      warning: p.warning,
      error: p.error,
      success: p.success,
      background: p.background,
      text: p.text,
      divider: p.divider,
      // Nested boxes use grey.50: a raised dark tone in the dark theme.
      grey: { 50: p.nested },
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
      // MUI lightens dark-mode surfaces by elevation with a white overlay: keep the palette's paper colour.
      MuiPaper: { styleOverrides: { root: { backgroundImage: 'none' } } },
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
          // Native controls, scroll bars and the page behind the app follow the theme.
          html: { colorScheme: mode },
          // A clearly visible keyboard focus ring on every control.
          ':focus-visible': { outline: ring, outlineOffset: 2 },
          '.MuiButtonBase-root.Mui-focusVisible': { outline: ring, outlineOffset: 2 },
          // The switch clips its thumb (overflow: hidden): draw its ring on the root, around the whole switch.
          '.MuiSwitch-switchBase.Mui-focusVisible': { outline: 'none' },
          '.MuiSwitch-root:has(.Mui-focusVisible)': { outline: ring, outlineOffset: 0, borderRadius: 12 },
          'code, pre, kbd, samp': { fontFamily: MONO_STACK },
        },
      },
    },
  });
}

const built = new Map<ThemeMode, Theme>();

/** The app's MUI theme for a mode (built once per mode). */
export function appTheme(mode: ThemeMode): Theme {
  let theme = built.get(mode);
  if (!theme) {
    theme = buildTheme(mode);
    built.set(mode, theme);
  }
  return theme;
}
