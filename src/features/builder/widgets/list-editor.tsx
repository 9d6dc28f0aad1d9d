import Add from '@mui/icons-material/Add';
import Delete from '@mui/icons-material/Delete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { BuilderContext } from '../builder-context';
import { useRowIds } from './row-ids';

interface ListEditorProps<T> {
  items: readonly T[];
  onChange: (items: T[]) => void;
  /** The group's visible label (aria-labelledby). */
  labelId: string;
  describedBy?: string;
  /** One item's noun for buttons and row names ("toleration", "TLS entry"). */
  noun: string;
  newItem: () => T;
  renderRow: (item: T, index: number, update: (next: T) => void) => ReactNode;
  /** Row-level messages (problems below the row that no input shows). */
  rowMessages?: (index: number) => readonly string[];
  /** Rows as outlined cards (object rows) or compact lines (scalar rows). */
  variant?: 'card' | 'line';
  emptyText?: string;
  /** Values path of the list: a new row's problems wait until the user leaves the row (needs <BuilderForm>). */
  path?: string;
}

/** Rows with add/remove buttons; the whole list is one value. Rows are keyed by a stable id, so a row's state stays with it. */
export function ListEditor<T>({ items, onChange, labelId, describedBy, noun, newItem, renderRow, rowMessages, variant = 'card', emptyText, path }: ListEditorProps<T>) {
  const problems = useContext(BuilderContext)?.problems;
  const rows = useRowIds(items);
  const send = (next: T[], ids: readonly string[]) => {
    rows.expect(next, ids);
    onChange(next);
  };
  const update = (index: number) => (next: T) =>
    send(
      items.map((it, i) => (i === index ? next : it)),
      rows.ids,
    );
  const remove = (index: number) => {
    if (path !== undefined) problems?.release(path); // rows below move up: nothing stays held
    send(
      items.filter((_, i) => i !== index),
      rows.ids.filter((_, i) => i !== index),
    );
  };
  // After "Add", the focus moves into the new row's first input (keyboard users continue typing there).
  const list = useRef<HTMLDivElement>(null);
  const focusRow = useRef<number | undefined>(undefined);
  useEffect(() => {
    const index = focusRow.current;
    if (index === undefined || index >= items.length) return;
    focusRow.current = undefined;
    const row = list.current?.querySelectorAll<HTMLElement>(':scope > [data-list-row]')[index];
    row?.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
  }, [items.length]);
  const add = () => {
    // A new, empty row is not red while the user fills it in: its problems show once focus leaves the row.
    if (path !== undefined) problems?.hold(`${path}.${items.length}`);
    focusRow.current = items.length;
    send([...items, newItem()], [...rows.ids, rows.fresh()]);
  };
  return (
    <Box
      role="group"
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      ref={list}
      onBlur={(e) => {
        // Focus left the whole list (e.g. after "Add" the user went elsewhere): every new row counts as left.
        if (path !== undefined && !e.currentTarget.contains(e.relatedTarget as Node | null)) problems?.release(path);
      }}
    >
      {items.length === 0 && emptyText && (
        <Typography variant="body2" sx={{ color: 'text.secondary', fontStyle: 'italic', mb: 1 }}>
          {emptyText}
        </Typography>
      )}
      {items.map((item, index) => {
        const messages = rowMessages?.(index) ?? [];
        return (
          <Box
            key={rows.ids[index]}
            data-list-row
            role="group"
            aria-label={`${noun} ${index + 1}`}
            onBlur={(e) => {
              if (path !== undefined && !e.currentTarget.contains(e.relatedTarget as Node | null)) problems?.release(`${path}.${index}`);
            }}
            sx={
              variant === 'card'
                ? { border: 1, borderColor: 'divider', borderRadius: 1, p: 1.25, pr: 0.5, mb: 1, display: 'flex', gap: 0.5, alignItems: 'flex-start', bgcolor: 'grey.50' }
                : { display: 'flex', gap: 0.5, alignItems: 'flex-start', mb: 1 }
            }
          >
            <Box sx={{ flex: 1, minWidth: 0 }}>
              {renderRow(item, index, update(index))}
              {messages.map((m, i) => (
                <Typography key={i} variant="caption" sx={{ color: 'error.main', display: 'block' }}>
                  {m}
                </Typography>
              ))}
            </Box>
            <IconButton size="small" aria-label={`Remove ${noun} ${index + 1}`} onClick={() => remove(index)} sx={{ mt: 0.5 }}>
              <Delete fontSize="small" />
            </IconButton>
          </Box>
        );
      })}
      <Button size="small" startIcon={<Add />} onClick={add}>
        Add {noun}
      </Button>
    </Box>
  );
}
