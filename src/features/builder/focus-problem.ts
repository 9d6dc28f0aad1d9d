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

/**
 * The input for `path`: the one named exactly so (a list row's input such as
 * `tolerations.1.operator`), else the nearest ancestor within the field with
 * an input named by it or below it (`tolerations.1` -> `tolerations.1.key`),
 * else the first control of the field's widget, else of the field, else its frame.
 */
function findTarget(path: string, fieldId: string | undefined): HTMLElement | null {
  for (let at = path; at !== ''; at = at.slice(0, Math.max(0, at.lastIndexOf('.')))) {
    const named = document.querySelector<HTMLElement>(`${attrSelector('name', at)}:not([type=hidden])`);
    if (named) return named;
    // A row with no input of its own (`tolerations.1`): its first input.
    const inside = at === path ? null : document.querySelector<HTMLElement>(`${attrSelector('name', `${at}.`, '^=')}:not([type=hidden])`);
    if (inside) return inside;
    if (!fieldId || at.length <= fieldId.length) break;
  }
  if (!fieldId) return null;
  const frame = document.querySelector<HTMLElement>(attrSelector('data-field', fieldId));
  // The widget's first control (an empty list's "Add" button) before the head's (info, reset).
  const control = 'input:not([type=hidden]), textarea, select, button';
  return frame?.querySelector<HTMLElement>(`:scope > :not(.vb-field-head):is(${control}), :scope > :not(.vb-field-head) :is(${control})`) ?? frame?.querySelector<HTMLElement>(control) ?? frame;
}

/**
 * Scrolls `target` to the middle of the view, then checks where it landed
 * once it stops moving: sections between are `content-visibility: auto`, so
 * their real height replaces their estimate as the scroll passes them and the
 * target can end up off screen; it is then scrolled to again (at most 30 checks).
 */
function scrollUntilSettled(target: HTMLElement): void {
  target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  let lastTop = Number.NaN;
  let checks = 0;
  const check = () => {
    checks += 1;
    const box = target.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return; // not laid out (hidden, or no layout engine)
    if (box.top !== lastTop) {
      lastTop = box.top; // still moving
    } else if (box.bottom <= 0 || box.top >= window.innerHeight) {
      target.scrollIntoView?.({ block: 'center' });
      lastTop = Number.NaN;
    } else return; // settled in view
    if (checks < 30) setTimeout(check, 100);
  };
  setTimeout(check, 100);
}

/**
 * Brings the input of a problem into view and focuses it, expanding its
 * section first when it is collapsed (the section mounts its fields then).
 * `path` may go inside a field's value (`problemLocation`: path + subPath), so
 * a list row's own input is focused.
 */
export function focusProblem(path: string, sections: SectionStore): void {
  const fieldId = owningField(path);
  const section = sectionOf(fieldId ?? path);
  if (section) sections.setOpen(section.id, true);
  let tries = 0;
  const attempt = () => {
    const target = findTarget(path, fieldId);
    // Lazily loaded widgets still loading (their placeholder is aria-busy) would move the target after the scroll.
    const settling = document.querySelector('[data-field] [aria-busy="true"]') !== null && tries < 20;
    if (target && !settling) {
      scrollUntilSettled(target);
      target.focus({ preventScroll: true });
      return;
    }
    tries += 1;
    if (tries < 20) setTimeout(attempt, 50);
    else if (section) document.getElementById(sectionDomId(section.id))?.scrollIntoView?.({ block: 'start' });
  };
  setTimeout(attempt, 0);
}
