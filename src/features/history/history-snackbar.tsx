import { useSyncExternalStore } from 'react';
import type { HistorySession } from '../../core/history/session';
import { ActionSnackbar } from '../../ui/undo-snackbar';

/** Says what the last action, undo or redo did, with the button that reverses it while it still applies. */
export function HistorySnackbar({ session }: { session: HistorySession }) {
  const notice = useSyncExternalStore(session.subscribe, session.getNotice, session.getNotice);
  return (
    <ActionSnackbar
      offer={notice}
      actionLabel={notice?.offer === 'redo' ? 'Redo' : 'Undo'}
      onAction={() => {
        if (!notice) return;
        if (notice.offer === 'undo') session.undoIfTop(notice.entryId);
        else session.redoIfNext(notice.entryId);
      }}
      onClose={() => {
        if (notice) session.dismissNotice(notice.seq);
      }}
      autoHideMs={notice?.offer === 'redo' ? 6000 : 10_000}
    />
  );
}
