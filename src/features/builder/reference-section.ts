import { SECTIONS } from '../../schema/sections';

/**
 * The name of the reference page section a docs anchor points to: the title
 * of the form section that follows it, else the anchor spelled as words.
 */
export function referenceSectionTitle(anchor: string): string {
  const section = SECTIONS.find((s) => !s.advanced && s.docsAnchor === anchor) ?? SECTIONS.find((s) => s.docsAnchor === anchor);
  if (section) return section.title;
  const words = anchor.replace(/-/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Helm reference';
}
