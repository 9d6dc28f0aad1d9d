import Box from '@mui/material/Box';
import { ButtonBase } from '../../ui/light-button';
import { Typography } from '../../ui/light-typography';
import { memo, useEffect, useMemo, useState } from 'react';
import { existsWithAncestors } from '../../core/fields/node-index';
import { SECTIONS, sectionFields, type SectionDef } from '../../schema/sections';
import { sectionDomId, useBuilder, useChartVersion, useSectionProblemCount } from '../builder';
import { useChangedFields } from './use-changed-fields';

/** Below the sticky header: the section whose top has passed this line is the one being read. */
const READING_LINE = 140;

/** The section being read: the last one (in page order) whose top is above the reading line. */
function useCurrentSection(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(ids[0]);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      let found = ids[0];
      for (const id of ids) {
        const el = document.getElementById(sectionDomId(id));
        if (el && el.getBoundingClientRect().top <= READING_LINE) found = id;
      }
      // At the very bottom the last sections may never reach the line: the last one on screen wins.
      if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
        const last = [...ids].reverse().find((id) => (document.getElementById(sectionDomId(id))?.getBoundingClientRect().top ?? Infinity) < window.innerHeight);
        if (last) found = last;
      }
      setCurrent(found);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // Sections opening or closing move the others without a scroll event.
    const resize = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule);
    resize?.observe(document.body);
    return () => {
      resize?.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [ids]);
  return current;
}

const RailItem = memo(function RailItem({ section, changed, current }: { section: SectionDef; changed: number; current: boolean }) {
  const { sections } = useBuilder();
  const { total, errors } = useSectionProblemCount(section.id, section.keys);
  const go = () => {
    sections.setOpen(section.id, true);
    // After the section has rendered open, so the layout no longer moves under the scroll.
    requestAnimationFrame(() => {
      const el = document.getElementById(sectionDomId(section.id));
      el?.scrollIntoView?.({ block: 'start' });
      el?.querySelector<HTMLElement>('[aria-controls]')?.focus({ preventScroll: true });
    });
  };
  const counts = [changed > 0 ? `${changed} changed` : '', total > 0 ? `${total} ${total === 1 ? 'problem' : 'problems'}` : ''].filter(Boolean).join(', ');
  return (
    <li>
      <ButtonBase
        onClick={go}
        aria-current={current ? 'location' : undefined}
        aria-label={counts ? `${section.title} (${counts})` : section.title}
        sx={{
          width: '100%',
          justifyContent: 'flex-start',
          gap: 0.75,
          px: 1,
          py: 0.5,
          borderRadius: 1,
          borderLeft: 3,
          borderColor: current ? 'primary.main' : 'transparent',
          bgcolor: current ? 'action.selected' : undefined,
          color: current ? 'text.primary' : 'text.secondary',
          fontWeight: current ? 650 : 500,
          fontSize: '0.82rem',
          textAlign: 'left',
          '&:hover': { bgcolor: 'action.hover' },
        }}
      >
        <Box component="span" sx={{ flex: 1, minWidth: 0 }}>
          {section.title}
        </Box>
        {changed > 0 && (
          <Box
            component="span"
            aria-hidden
            title={`${changed} changed`}
            sx={{ fontSize: '0.7rem', fontWeight: 700, color: 'primary.main', px: 0.5, borderRadius: 1, border: 1, borderColor: 'primary.main' }}
          >
            {changed}
          </Box>
        )}
        {total > 0 && (
          <Box
            component="span"
            aria-hidden
            title={`${total} ${total === 1 ? 'problem' : 'problems'}`}
            sx={{
              fontSize: '0.7rem',
              fontWeight: 700,
              color: errors > 0 ? 'error.contrastText' : 'warning.contrastText',
              bgcolor: errors > 0 ? 'error.main' : 'warning.main',
              px: 0.6,
              borderRadius: 1,
            }}
          >
            {total}
          </Box>
        )}
      </ButtonBase>
    </li>
  );
});

/**
 * The table of contents beside the form: every section with how many of its
 * fields differ from the chart defaults and how many problems it has; the
 * section being read is highlighted. Sticky on wide screens.
 */
export function SectionRail() {
  const version = useChartVersion();
  const { fields: changed } = useChangedFields();
  const shown = useMemo(() => SECTIONS.filter((s) => sectionFields(s).some((f) => existsWithAncestors(f, version))), [version]);
  const ids = useMemo(() => shown.map((s) => s.id), [shown]);
  const current = useCurrentSection(ids);
  const counts = useMemo(() => new Map(shown.map((s) => [s.id, sectionFields(s).filter((f) => changed.has(f.id)).length])), [shown, changed]);
  const group = (advanced: boolean) => shown.filter((s) => s.advanced === advanced);
  return (
    <Box component="nav" aria-label="Sections" sx={{ position: 'sticky', top: 80, maxHeight: 'calc(100vh - 96px)', overflowY: 'auto', pr: 0.5 }}>
      {[false, true].map((advanced) => (
        <Box key={String(advanced)} sx={{ mb: 1.5 }}>
          <Typography component="h2" variant="overline" sx={{ display: 'block', color: 'text.secondary', fontWeight: 700, letterSpacing: 1, px: 1 }}>
            {advanced ? 'Advanced' : 'Sections'}
          </Typography>
          <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {group(advanced).map((s) => (
              <RailItem key={s.id} section={s} changed={counts.get(s.id) ?? 0} current={current === s.id} />
            ))}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
