import { Redo, Undo } from '../../ui/light-icons';
import { IconButton } from '../../ui/light-button';
import { Tooltip } from '../../ui/deferred-mui';
import { useHistorySession, useHistoryView } from './history-context';

/** The platform's modifier, for the tooltips (⌘ on Apple devices). */
function modKey(): string {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';
}

/** Undo and Redo buttons that name the step they undo or redo. Nothing outside a <HistoryProvider>. */
export function UndoRedoButtons() {
  const session = useHistorySession();
  const view = useHistoryView();
  if (!session) return null;
  const mod = modKey();
  const undoTitle = view.undoLabel ? `Undo: ${view.undoLabel} (${mod}Z)` : 'Nothing to undo';
  const redoTitle = view.redoLabel ? `Redo: ${view.redoLabel} (${mod === '⌘' ? '⇧⌘Z' : 'Ctrl+Shift+Z'})` : 'Nothing to redo';
  return (
    <span role="group" aria-label="History">
      <Tooltip title={undoTitle}>
        <span>
          <IconButton size="small" aria-label={view.undoLabel ? `Undo: ${view.undoLabel}` : 'Undo'} disabled={!view.undoLabel} onClick={() => session.undo()} data-testid="history-undo">
            <Undo fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Tooltip title={redoTitle}>
        <span>
          <IconButton size="small" aria-label={view.redoLabel ? `Redo: ${view.redoLabel}` : 'Redo'} disabled={!view.redoLabel} onClick={() => session.redo()} data-testid="history-redo">
            <Redo fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
    </span>
  );
}
