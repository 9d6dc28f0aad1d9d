import { attrSelector } from '../ui/attr-selector';
import { SECTIONS, type SectionDef } from '../schema/sections';

/** A form section by id (throws when the schema no longer has it, so tests fail loudly). */
export function sectionById(id: string): SectionDef {
  const section = SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`No section "${id}"`);
  return section;
}

/** The element named `name` (an input, select or textarea) or a test failure. */
export function byName<T extends HTMLElement = HTMLInputElement>(name: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(attrSelector('name', name));
  if (!el) throw new Error(`No element named "${name}"`);
  return el;
}

export function previewText(): string {
  return document.querySelector('#values-preview code')?.textContent ?? '';
}
