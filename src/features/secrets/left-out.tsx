import { Alert } from '../../ui/deferred-mui';
import { createContext, useContext, useMemo, type ReactNode } from 'react';

/** A secret value that is not in the form: a share link or the browser's storage left it out. */
export interface LeftOutMark {
  readonly path: readonly string[];
  /** The path as people read it (`connections[0].env[1].value`). */
  readonly id: string;
  readonly reason: 'link' | 'storage';
}

const LeftOutContext = createContext<readonly LeftOutMark[]>([]);

export function LeftOutProvider({ marks, children }: { marks: readonly LeftOutMark[]; children: ReactNode }) {
  return <LeftOutContext.Provider value={marks}>{children}</LeftOutContext.Provider>;
}

function under(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}

const REASON_TEXT: Record<LeftOutMark['reason'], string> = {
  link: 'Left out of the link — fill in',
  storage: 'Not kept in this browser’s storage — fill in',
};

/** Under a field: which of its secret values were left out (by a link, or by storage) and need filling in. */
export function LeftOutNote({ fieldPath }: { fieldPath: readonly string[] }) {
  const marks = useContext(LeftOutContext);
  const mine = useMemo(() => marks.filter((m) => under(m.path, fieldPath)), [marks, fieldPath]);
  if (mine.length === 0) return null;
  const exact = mine.length === 1 && mine[0]!.path.length === fieldPath.length;
  return (
    <Alert severity="info" variant="outlined" data-testid="left-out-note" sx={{ mt: 0.75, py: 0, px: 1, fontSize: '0.8rem', '& .MuiAlert-icon': { fontSize: 18, py: 0.75 } }}>
      {REASON_TEXT[mine[0]!.reason]}
      {!exact && (
        <>
          : <code>{mine.map((m) => m.id).join(', ')}</code>
        </>
      )}
    </Alert>
  );
}
