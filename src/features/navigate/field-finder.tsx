import { Search } from '../../ui/light-icons';
import Box from '@mui/material/Box';
import { Button } from '../../ui/light-button';
import { Suspense, useEffect, useState } from 'react';
import { lazyComponent } from '../../ui/lazy-load';

// The finder dialog and its search index are not needed to type: they load when it opens.
const FinderDialog = lazyComponent(() => import('./field-finder-dialog'), 'FinderDialog');

/** Whether a key press lands in something the user types into (then `/` is text, not a shortcut). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/**
 * "Search fields" in the header: `/` (outside text inputs) or Ctrl/Cmd+K opens
 * a finder over every field of every section, collapsed ones included, and the
 * keys inside their values (a toleration's effect, a connection's bucket);
 * Enter jumps to the chosen field, or to the row holding the key. The
 * matching is searchFields (core).
 */
export function FieldFinder() {
  const [open, setOpen] = useState(false);
  // Fetched right after the first render, so that "/" followed by typing loses no key press.
  useEffect(() => void FinderDialog.preload().catch(() => undefined), []);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const cmdK = (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
      if (!cmdK && !slash) return;
      e.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        color="inherit"
        startIcon={<Search />}
        onClick={() => setOpen(true)}
        aria-keyshortcuts="/ Control+K Meta+K"
        sx={{ color: 'text.secondary', borderColor: 'divider', minWidth: { md: 180 }, justifyContent: 'flex-start' }}
      >
        <Box component="span" sx={{ flex: 1, textAlign: 'left' }}>
          Search fields
        </Box>
        <Box component="kbd" aria-hidden sx={{ ml: 1.5, px: 0.6, border: 1, borderColor: 'divider', borderRadius: 0.75, fontSize: '0.75rem', lineHeight: 1.4 }}>
          /
        </Box>
      </Button>
      {open && (
        <Suspense fallback={null}>
          <FinderDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
