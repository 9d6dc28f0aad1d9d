import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';

/**
 * Native <button>s that look like MUI's Button, IconButton and ButtonBase
 * (styles in light-styles.ts): the header, field and notice buttons of the
 * first screen without MUI's ButtonBase, ripple and transition code. `sx`
 * works as on MUI components.
 */
type NativeButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'color'> & {
  sx?: SxProps<Theme>;
  ref?: Ref<HTMLButtonElement>;
  [data: `data-${string}`]: unknown;
};

function classes(...names: Array<string | undefined>): string {
  return names.filter(Boolean).join(' ');
}

/** A bare button (no look of its own), like MUI's ButtonBase. */
export function ButtonBase({ className, type = 'button', ...rest }: NativeButtonProps) {
  return <Box component="button" type={type} className={classes('vb-btn-base', className)} {...rest} />;
}

export interface ButtonProps extends NativeButtonProps {
  variant?: 'text' | 'outlined' | 'contained';
  size?: 'small' | 'medium';
  color?: 'primary' | 'error' | 'inherit';
  startIcon?: ReactNode;
}

/** A text, outlined or contained button with an optional start icon. */
export function Button({ variant = 'text', size = 'medium', color = 'primary', startIcon, className, children, ...rest }: ButtonProps) {
  return (
    <ButtonBase className={classes('vb-btn', className)} data-variant={variant} data-size={size} data-color={color} {...rest}>
      {startIcon && <span className="vb-btn-icon">{startIcon}</span>}
      {children}
    </ButtonBase>
  );
}

export interface IconButtonProps extends NativeButtonProps {
  size?: 'small' | 'medium';
  /** Pulls the button into the padding at that side (MUI's `edge`). */
  edge?: 'end';
}

/** A round button holding one icon; name it with aria-label. */
export function IconButton({ size = 'medium', edge, className, ...rest }: IconButtonProps) {
  return <ButtonBase className={classes('vb-icon-btn', className)} data-size={size} data-edge={edge} {...rest} />;
}
