import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import type { AnchorHTMLAttributes, ElementType, HTMLAttributes, ReactNode } from 'react';

type Variant = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'subtitle1' | 'subtitle2' | 'body1' | 'body2' | 'caption' | 'overline' | 'button';

/** The element MUI's Typography renders for a variant. */
const ELEMENT: Record<Variant, ElementType> = {
  h1: 'h1',
  h2: 'h2',
  h3: 'h3',
  h4: 'h4',
  h5: 'h5',
  h6: 'h6',
  subtitle1: 'h6',
  subtitle2: 'h6',
  body1: 'p',
  body2: 'p',
  caption: 'span',
  overline: 'span',
  button: 'span',
};

function withVariant(variant: Variant | undefined, sx: SxProps<Theme> | undefined): SxProps<Theme> {
  const base = { m: 0, ...(variant ? { typography: variant } : {}) };
  return [base, ...(Array.isArray(sx) ? sx : [sx])];
}

export interface TypographyProps extends Omit<HTMLAttributes<HTMLElement>, 'color'> {
  variant?: Variant;
  component?: ElementType;
  sx?: SxProps<Theme>;
  children?: ReactNode;
}

/** Text in one of the theme's type styles (MUI's Typography without its per-component styles). */
export function Typography({ variant = 'body1', component, sx, ...rest }: TypographyProps) {
  return <Box component={component ?? ELEMENT[variant]} sx={withVariant(variant, sx)} {...rest} />;
}

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLElement>, 'color'> {
  /** `button` for an action that looks like a link. */
  component?: 'a' | 'button';
  variant?: Variant;
  sx?: SxProps<Theme>;
  children?: ReactNode;
}

/** A link in the theme's primary colour, underlined (a `component="button"` one is a real <button>). */
export function Link({ component = 'a', variant, className, sx, ...rest }: LinkProps) {
  const extra = component === 'button' && !('type' in rest) ? { type: 'button' } : {};
  return <Box component={component} className={['vb-link', className].filter(Boolean).join(' ')} sx={withVariant(variant, sx)} {...extra} {...rest} />;
}
