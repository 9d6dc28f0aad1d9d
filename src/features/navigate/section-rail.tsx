import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Typography from '@mui/material/Typography';
import { memo, useEffect, useMemo, useState } from 'react';
import { existsWithAncestors } from '../../core/fields/node-index';
import { SECTIONS, sectionFields, type SectionDef } from '../../schema/sections';
import { useBuilder, useChartVersion, useSectionProblemCount } from '../builder/builder-context';
import { sectionDomId } from '../builder/section';
import { useChangedFields } from './use-changed-fields';

/** The section whose region is nearest below the top of the viewport (the one being read). */
function useCurrentSection(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(ids[0]);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return; // no layout to observe (jsdom)
    const visible = new Map<string, number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const id = e.target.id.replace(/^section-/, '');
          if (e.isIntersecting) visible.set(id, e.boundingClientRect.top);
          else visible.delete(id);
        }
        // The first section (in page order) still on screen.
        const first = ids.find((id) => visible.has(id));
        if (first) setCurrent(first);
      },
      // A band below the sticky header: a section counts as current while it crosses it.
      { rootMargin: '-90px 0px -55% 0px' },
    );
    const observe = () => {
      for (const id of ids) {
        const el = document.getElementById(sectionDomId(id));
        if (el) observer.observe(el);
      }
    };
    observe();
    return () => observer.disconnect();
  }, [ids]);
  return current;
}

const RailItem = memo(function RailItem({ section, changed, current }: { section: SectionDef; changed: number; current: boolean }) {
  const { sections } = useBuilder();
  const { total, errors } = useSectionProblemCount(section.id, section.keys);
  const go = () => {
    sections.setOpen(section.id, true);
    const el = document.getElementById(sectionDomId(section.id));
    el?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    el?.querySelector<HTMLElement>('[aria-controls]')?.focus({ preventScroll: true });
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
          <Box component="span" aria-hidden title={`${changed} changed`} sx={{ fontSize: '0.7rem', fontWeight: 700, color: 'primary.main', px: 0.5, borderRadius: 1, border: 1, borderColor: 'primary.main' }}>
            {changed}
          </Box>
        )}
        {total > 0 && (
          <Box
            component="span"
            aria-hidden
            title={`${total} ${total === 1 ? 'problem' : 'problems'}`}
            sx={{ fontSize: '0.7rem', fontWeight: 700, color: 'common.white', bgcolor: errors > 0 ? 'error.main' : 'warning.main', px: 0.6, borderRadius: 1 }}
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
