import { Suspense, useId, type ReactNode } from 'react';
import { lazyComponent } from './lazy-load';

// The popover (MUI Popover and the docs text) loads when an info button is first opened.
const InfoPopover = lazyComponent(() => import('./info-popover'), 'InfoPopover');

/** The InfoOutlined icon (Material Design, Apache 2.0) inline, without an icon component per field. */
const INFO_ICON = 'M11 7h2v2h-2zm0 4h2v6h-2zm1-9C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8';

interface InfoButtonProps {
  /** The field's label: the button is named "About <label>". */
  label: string;
  /** id of the (visually hidden) description the button also points to. */
  describedBy?: string;
  /** Open state, controlled by the field (Alt+I in the field opens it too). */
  anchor: HTMLElement | null;
  onAnchorChange: (anchor: HTMLElement | null) => void;
  children: ReactNode;
}

/**
 * A field's info button: a popover with its documentation. It is not a tab
 * stop (one per field would double the Tab presses through the form): the
 * field's input is described by the same text, and Alt+I inside the field
 * opens the popover from the keyboard (see <FieldFrame>).
 */
export function InfoButton({ label, describedBy, anchor, onAnchorChange, children }: InfoButtonProps) {
  const popoverId = useId();
  const open = anchor !== null;
  return (
    <>
      <button
        type="button"
        className="vb-info"
        tabIndex={-1}
        aria-label={`About ${label}`}
        aria-describedby={describedBy}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        aria-keyshortcuts="Alt+I"
        title={`About ${label} (Alt+I)`}
        onClick={(e) => onAnchorChange(e.currentTarget)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={INFO_ICON} />
        </svg>
      </button>
      {open && (
        <Suspense fallback={null}>
          <InfoPopover id={popoverId} label={label} anchor={anchor} onClose={() => onAnchorChange(null)}>
            {children}
          </InfoPopover>
        </Suspense>
      )}
    </>
  );
}
