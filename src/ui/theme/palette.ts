import type { ThemeMode } from '../../core/theme/preference';

/** The colour of each kind of YAML token (core/yaml/highlight.ts) in the code blocks. */
export interface SyntaxColors {
  /** Mapping keys. */
  key: string;
  /** Quoted and plain string scalars, block scalar text. */
  string: string;
  number: string;
  /** true / false / null / ~ and YAML 1.1's yes / no / on / off. */
  literal: string;
  comment: string;
  /** Anchors (&name) and aliases (*name). */
  anchor: string;
  /** Tags (!!str, !custom). */
  tag: string;
  /** Indicators: `-`, `:`, `|`, `>`, `?`, flow brackets and commas, document markers. */
  punct: string;
}

/**
 * Every colour of one theme. The MUI theme (app-theme.ts) is built from it,
 * and palette.test.ts checks each text colour against the backgrounds it is
 * drawn on (WCAG AA, 4.5:1).
 */
export interface AppPalette {
  background: { default: string; paper: string };
  text: { primary: string; secondary: string };
  divider: string;
  primary: { main: string; dark: string; contrastText: string };
  secondary: { main: string; contrastText: string };
  info: { main: string; contrastText: string };
  /** `dark` is also a text colour (warning notes) and the badge's hover background. */
  warning: { main: string; dark: string; contrastText: string };
  error: { main: string; dark: string; contrastText: string };
  success: { main: string; contrastText: string };
  /** The background of nested boxes (list items, connection editors), as MUI's grey[50]. */
  nested: string;
  /** The keyboard focus ring. */
  focus: string;
  code: {
    background: string;
    text: string;
    /** A masked secret's "reveal" button in the code (its text is text.secondary). */
    mask: string;
    syntax: SyntaxColors;
  };
}

const light: AppPalette = {
  background: { default: '#f5f6fa', paper: '#ffffff' },
  text: { primary: '#1c2033', secondary: '#545b73' },
  divider: '#e2e5ee',
  primary: { main: '#3a4fc4', dark: '#2a3a96', contrastText: '#ffffff' },
  secondary: { main: '#0f7b6c', contrastText: '#ffffff' },
  // Darker than MUI's defaults so small chip and badge text meets WCAG AA contrast.
  info: { main: '#0263a8', contrastText: '#ffffff' },
  warning: { main: '#a34f00', dark: '#7a3b00', contrastText: '#ffffff' },
  error: { main: '#d32f2f', dark: '#c62828', contrastText: '#ffffff' },
  success: { main: '#2e7d32', contrastText: '#ffffff' },
  nested: '#fafafa',
  focus: '#3a4fc4',
  code: {
    background: '#f6f7fb',
    text: '#1f2437',
    mask: '#e4e7f0',
    syntax: {
      key: '#1d3d9e',
      string: '#0b6b3a',
      number: '#8a2f9e',
      literal: '#a33d00',
      comment: '#5b6280',
      anchor: '#9c1f5f',
      tag: '#7a4a00',
      punct: '#545b73',
    },
  },
};

const dark: AppPalette = {
  background: { default: '#10121a', paper: '#181b26' },
  text: { primary: '#e3e6f0', secondary: '#a4abc2' },
  divider: '#2f3447',
  // Light tones with dark text on them: white text cannot reach 4.5:1 on a colour that itself reads on a dark page.
  primary: { main: '#9dabff', dark: '#b8c2ff', contrastText: '#0c1238' },
  secondary: { main: '#5ed3bf', contrastText: '#04241f' },
  info: { main: '#72bdff', contrastText: '#03213a' },
  warning: { main: '#ffb45c', dark: '#ffc98a', contrastText: '#2b1700' },
  error: { main: '#ff8f87', dark: '#ffaea8', contrastText: '#2e0502' },
  success: { main: '#74d68f', contrastText: '#072611' },
  nested: '#1e2230',
  focus: '#9dabff',
  code: {
    background: '#12141e',
    text: '#e3e6f0',
    mask: '#2c3143',
    syntax: {
      key: '#8fb4ff',
      string: '#9fdfab',
      number: '#e0a8ff',
      literal: '#ffb377',
      comment: '#8f96ae',
      anchor: '#ff9fcf',
      tag: '#e8c070',
      punct: '#a4abc2',
    },
  },
};

export const PALETTES: Readonly<Record<ThemeMode, AppPalette>> = { light, dark };
