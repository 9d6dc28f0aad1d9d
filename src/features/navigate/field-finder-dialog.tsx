import Search from '@mui/icons-material/Search';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import InputBase from '@mui/material/InputBase';
import Typography from '@mui/material/Typography';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { buildSearchIndex, searchFields, type SearchEntry, type SearchHit } from '../../core/search/field-search';
import { subFieldTarget } from '../../core/search/sub-field-entries';
import { allFields } from '../../schema/defaults';
import { sectionOf } from '../../schema/sections';
import type { Values } from '../../shared/values';
import { useChartVersion, useFormPipeline } from '../builder';
import { useJumpTo } from './use-jump';

const LISTBOX_ID = 'field-finder-results';
const optionId = (i: number) => `field-finder-option-${i}`;

// Built once per release for the whole session (the dialog remounts on every open).
const indexes = new Map<string, readonly SearchEntry[]>();
function indexFor(version: string): readonly SearchEntry[] {
  let index = indexes.get(version);
  if (!index) {
    index = buildSearchIndex(allFields(), version);
    indexes.set(version, index);
  }
  return index;
}

/** Where choosing a hit goes: a field's own input, or for a sub-field the input in the current values (or the field holding it). */
function targetOf(hit: SearchHit, values: Values): { path: string; note?: string } {
  return hit.within ? subFieldTarget(hit.within, values) : { path: hit.id };
}

function hint(hit: SearchHit): string {
  if (hit.matchedIn === 'value' && hit.value !== undefined) return `value ${hit.value}`;
  if (hit.matchedIn === 'description') return 'in description';
  return '';
}

/** The finder (loaded when first opened, see field-finder.tsx): a search box over every field, Enter jumps to the chosen one. */
export function FinderDialog({ onClose }: { onClose: () => void }) {
  const version = useChartVersion();
  const jump = useJumpTo();
  const pipeline = useFormPipeline();
  // The values when the finder opened (they do not change while it is open).
  const [values] = useState(() => pipeline.getState().values);
  const index = indexFor(version);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchFields(index, query, 30), [index, query]);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    jump(targetOf(hit, values).path);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = (active + step + hits.length) % hits.length;
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView?.({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[active]);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      // Focus goes to the jumped-to field, not back to the opener.
      disableRestoreFocus
      slotProps={{ paper: { 'aria-label': 'Search fields', sx: { alignSelf: 'flex-start', mt: { xs: 2, sm: 10 } } } }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1.25, borderBottom: 1, borderColor: 'divider' }}>
        <Search aria-hidden sx={{ color: 'text.secondary' }} />
        <InputBase
          autoFocus
          fullWidth
          value={query}
          placeholder="Key, label, description or value (e.g. replicas, NodePort)"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          inputProps={{
            role: 'combobox',
            'aria-label': 'Search fields',
            'aria-expanded': hits.length > 0,
            'aria-controls': LISTBOX_ID,
            'aria-autocomplete': 'list',
            'aria-activedescendant': hits.length > 0 ? optionId(active) : undefined,
            spellCheck: false,
            autoComplete: 'off',
          }}
        />
      </Box>
      <Box component="ul" id={LISTBOX_ID} role="listbox" aria-label="Matching fields" sx={{ listStyle: 'none', m: 0, p: 0.5, maxHeight: '60vh', overflowY: 'auto' }}>
        {hits.map((hit, i) => {
          const section = sectionOf(hit.within?.field ?? hit.id);
          const extra = hint(hit);
          const { note } = targetOf(hit, values);
          return (
            <Box
              component="li"
              key={hit.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseMove={() => setActive(i)}
              onClick={() => choose(hit)}
              sx={{ px: 1.5, py: 0.75, borderRadius: 1, cursor: 'pointer', bgcolor: i === active ? 'action.selected' : undefined }}
            >
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
                <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
                  {hit.label}
                </Typography>
                <Typography component="code" variant="caption" sx={{ fontFamily: 'monospace', color: 'text.secondary' }}>
                  {hit.id}
                </Typography>
                {extra && (
                  <Typography component="span" variant="caption" sx={{ color: 'text.secondary' }}>
                    · {extra}
                  </Typography>
                )}
              </Box>
              {(section || note) && (
                <Typography component="span" variant="caption" sx={{ color: 'text.secondary' }}>
                  {section?.title}
                  {section?.advanced ? ' (Advanced)' : ''}
                  {section && note ? ' · ' : ''}
                  {note}
                </Typography>
              )}
            </Box>
          );
        })}
      </Box>
      {query.trim() !== '' && hits.length === 0 && (
        <Typography role="status" variant="body2" sx={{ px: 2, py: 2, color: 'text.secondary' }}>
          No field matches “{query.trim()}”.
        </Typography>
      )}
      {query.trim() === '' && (
        <Typography variant="body2" sx={{ px: 2, py: 1.5, color: 'text.secondary' }}>
          Type to search every section, Advanced ones included. ↑ ↓ to choose, Enter to go to the field, Esc to close.
        </Typography>
      )}
    </Dialog>
  );
}
