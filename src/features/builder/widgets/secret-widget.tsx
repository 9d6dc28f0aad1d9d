import { Visibility, VisibilityOff } from '../../../ui/light-icons';
import { IconButton } from '../../../ui/light-button';
import { useState } from 'react';
import { TextWidget } from './text-widget';
import type { WidgetProps } from './widget-props';

/** A password input with a show/hide toggle. */
export function SecretWidget(props: WidgetProps) {
  const [shown, setShown] = useState(false);
  const { label } = props.fp;
  return (
    <TextWidget
      {...props}
      type={shown ? 'text' : 'password'}
      endAdornment={
        <IconButton size="small" edge="end" aria-label={shown ? `Hide ${label}` : `Show ${label}`} aria-pressed={shown} onClick={() => setShown((s) => !s)}>
          {shown ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
        </IconButton>
      }
    />
  );
}
