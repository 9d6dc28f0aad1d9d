import { RestartAlt } from '../../ui/light-icons';
import { Button } from '../../ui/light-button';
import { Suspense, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { applyResets, changedFieldIds, fieldResets } from '../../core/autosave/reset';
import type { Values } from '../../shared/values';
import { chartDefaults } from '../../schema/defaults';
import { SECTIONS, sectionFields, type SectionDef } from '../../schema/sections';
import { useChartVersion } from '../builder';
import { useHistorySession } from '../history';
import { lazyComponent } from '../../ui/lazy-load';

// The menu (MUI Menu, Popover, Modal) loads when it is first opened.
const ResetMenuList = lazyComponent(() => import('./reset-menu-list'), 'ResetMenuList');

/**
 * "Reset to defaults": the whole form or one section, each one step of the
 * undo history (its snackbar offers Undo, which puts back the exact values).
 * Mount inside <BuilderForm>.
 */
export function ResetMenu() {
  const { getValues, reset } = useFormContext<Values>();
  const version = useChartVersion();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const history = useHistorySession();

  const open = (el: HTMLElement) => {
    const values = getValues();
    setCounts(new Map(SECTIONS.map((s) => [s.id, changedFieldIds(values, version, sectionFields(s)).length])));
    setAnchor(el);
  };

  const apply = (next: Values, label: string, message: string) => {
    history?.announce(label, message);
    reset(next);
    setAnchor(null);
  };

  const resetAll = () => apply(chartDefaults(version), 'Reset all values', 'All values were reset to the chart defaults.');
  const resetSection = (section: SectionDef) =>
    apply(applyResets(getValues(), fieldResets(sectionFields(section), version)), `Reset “${section.title}”`, `“${section.title}” was reset to the chart defaults.`);

  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<RestartAlt />} aria-haspopup="menu" aria-expanded={anchor ? 'true' : 'false'} onClick={(e) => open(e.currentTarget)}>
        Reset to defaults
      </Button>
      {anchor && (
        <Suspense fallback={null}>
          <ResetMenuList anchor={anchor} onClose={() => setAnchor(null)} counts={counts} total={total} onResetAll={resetAll} onResetSection={resetSection} />
        </Suspense>
      )}
    </>
  );
}
