import Box from '@mui/material/Box';
import { useEffect, useMemo } from 'react';
import { SECTIONS } from '../../schema/sections';
import { BuilderSections, Section, useBuilder } from '../builder';
import { ValuesPreview } from '../preview';

/**
 * The compact embedded builder: the chosen sections (all when none are
 * given), opened, then the live values.yaml. No header, no page chrome.
 * Mount inside <BuilderForm>.
 */
export function EmbedView({ sections, preview = true }: { sections?: readonly string[] | undefined; preview?: boolean }) {
  const { sections: store } = useBuilder();
  const chosen = useMemo(() => (sections ? SECTIONS.filter((s) => sections.includes(s.id)) : undefined), [sections]);

  useEffect(() => {
    for (const s of chosen ?? []) store.setOpen(s.id, true);
  }, [chosen, store]);

  return (
    <Box sx={{ display: 'grid', gap: 2 }} data-testid="embed-view">
      {chosen ? (
        <Box role="form" aria-label="Chart values">
          {chosen.map((s) => (
            <Section key={s.id} section={s} headingLevel="h2" />
          ))}
        </Box>
      ) : (
        <BuilderSections />
      )}
      {preview && <ValuesPreview />}
    </Box>
  );
}
