import type { AlertProps } from '@mui/material/Alert';
import type { AlertTitleProps } from '@mui/material/AlertTitle';
import type { TooltipProps } from '@mui/material/Tooltip';
import { Suspense } from 'react';
import { lazyComponent } from './lazy-load';

/**
 * MUI components that are not needed to type in the first field, loaded on
 * their first use (docs/performance.md): a tooltip (Popper and its
 * positioning engine) shows its anchor until it has loaded; an alert (only
 * shown after something happened) shows nothing until then.
 */
const LazyTooltip = lazyComponent(() => import('@mui/material/Tooltip'), 'default');
const LazyAlert = lazyComponent(() => import('@mui/material/Alert'), 'default');
const LazyAlertTitle = lazyComponent(() => import('@mui/material/AlertTitle'), 'default');

export function Tooltip(props: TooltipProps) {
  return (
    <Suspense fallback={props.children}>
      <LazyTooltip {...props} />
    </Suspense>
  );
}

export function Alert(props: AlertProps) {
  return (
    <Suspense fallback={null}>
      <LazyAlert {...props} />
    </Suspense>
  );
}

export function AlertTitle(props: AlertTitleProps) {
  return (
    <Suspense fallback={null}>
      <LazyAlertTitle {...props} />
    </Suspense>
  );
}
