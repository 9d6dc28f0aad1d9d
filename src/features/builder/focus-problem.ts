import { allFields } from '../../schema/defaults';
import { sectionOf } from '../../schema/sections';
import { attrSelector } from '../../ui/attr-selector';
import type { SectionStore } from './section-store';
import { sectionDomId } from './section';

/** The field whose value holds `path` (the longest field id covering it). */
function owningField(path: string): string | undefined {
  let best: string | undefined;
  for (const f of allFields()) {
    if ((path === f.id || path.startsWith(`${f.id}.`)) && (!best || f.id.length > best.length)) best = f.id;
  }
  return best;
}

function findTarget(path: string, fieldId: string | undefined): HTMLElement | null {
  const exact = document.querySelector<HTMLElement>(attrSelector('name', path));
  if (exact) return exact;
  if (!fieldId) return null;
  const frame = document.querySelector<HTMLElement>(attrSelector('data-field', fieldId));
  return frame?.querySelector<HTMLElement>('input:not([type=hidden]), textarea, select, button') ?? frame;
}

/**
 * Brings the input of a problem into view and focuses it, expanding its
 * section first when it is collapsed (the section mounts its fields then).
 */
export function focusProblem(path: string, sections: SectionStore): void {
  const fieldId = owningField(path);
  const section = sectionOf(fieldId ?? path);
  if (section) sections.setOpen(section.id, true);
  let tries = 0;
  const attempt = () => {
    const target = findTarget(path, fieldId);
    if (target) {
      target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      target.focus({ preventScroll: true });
      return;
    }
    tries += 1;
    if (tries < 20) setTimeout(attempt, 50);
    else if (section) document.getElementById(sectionDomId(section.id))?.scrollIntoView?.({ block: 'start' });
  };
  setTimeout(attempt, 0);
}
