import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import { Fragment, type ReactNode } from 'react';
import { MASK_MARKER_PATTERN } from '../core/secrets/mask';
import { PALETTES } from './theme/palette';

/** A masked secret in the text: `maskMarker(i)` stands for `masks[i]`. */
export interface CodeMask {
  readonly id: string;
}

/** The text with each mask marker replaced by a "reveal" button. */
export function withMasks(text: string, masks: readonly CodeMask[], onReveal: ((id: string) => void) | undefined, plain: (part: string) => ReactNode): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MASK_MARKER_PATTERN)) {
    const mask = masks[Number(match[1])];
    if (!mask) continue;
    out.push(<Fragment key={`t${last}`}>{plain(text.slice(last, match.index))}</Fragment>);
    out.push(
      <Box
        key={`m${match.index}`}
        component="button"
        type="button"
        onClick={() => onReveal?.(mask.id)}
        aria-label={`Reveal secret ${mask.id}`}
        title={`Secret (${mask.id}) hidden: click to reveal`}
        data-secret={mask.id}
        sx={{ font: 'inherit', color: 'text.secondary', bgcolor: (t: Theme) => PALETTES[t.palette.mode].code.mask, border: 0, borderRadius: 0.5, px: 0.5, cursor: 'pointer', letterSpacing: 1 }}
      >
        ••••••••
      </Box>,
    );
    last = (match.index ?? 0) + match[0].length;
  }
  out.push(<Fragment key={`t${last}`}>{plain(text.slice(last))}</Fragment>);
  return out;
}
