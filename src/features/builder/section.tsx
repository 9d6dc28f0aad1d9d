import { memo, useContext, useMemo, type FormEvent } from 'react';
import { REFERENCE_URL } from '../../core/fields/field-props';
import { existsWithAncestors } from '../../core/fields/node-index';
import { sectionFields, type SectionDef } from '../../schema/sections';
import { useChartVersion, useSectionOpen, useSectionProblemCount } from './builder-context';
import { EssentialsContext, EssentialsPointer } from './essentials';
import { Field } from './field';

/** MUI's ExpandMore icon (Material Design, Apache 2.0), inline. */
const EXPAND_ICON = 'M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z';

/** Rough heights (px) of a section's heading and of one field, for the size an off-screen section reserves before it was ever rendered. */
const HEADING_PX = 50;
const FIELD_PX = 84;

/** Enter in a text input submits nothing: the values are the output. */
function preventSubmit(e: FormEvent<HTMLFormElement>): void {
  e.preventDefault();
}

/** DOM id of a section's region (also used to scroll to it). */
export function sectionDomId(sectionId: string): string {
  return `section-${sectionId}`;
}

/**
 * One form section: an accessible region named by its heading, listing the
 * fields sectionFields(section) gives. It does not know which fields those
 * are, and it does not subscribe to form values; of the problems it reads only
 * its count, so a changed message re-renders the field, not the section.
 */
export const Section = memo(function Section({ section, headingLevel = 'h3' }: { section: SectionDef; headingLevel?: 'h2' | 'h3' }) {
  const version = useChartVersion();
  const essentials = useContext(EssentialsContext);
  const [open, setOpen] = useSectionOpen(section.id);
  const problems = useSectionProblemCount(section.id, section.keys);
  const fields = useMemo(() => sectionFields(section), [section]);
  const visible = useMemo(() => fields.filter((f) => existsWithAncestors(f, version)), [fields, version]);
  if (visible.length === 0) return null;

  const id = sectionDomId(section.id);
  const headingId = `${id}-heading`;
  const { total, errors } = problems;
  const Heading = headingLevel;
  return (
    <section id={id} aria-labelledby={headingId} className="vb-section" style={{ containIntrinsicSize: `auto ${open ? HEADING_PX + FIELD_PX * visible.length : HEADING_PX}px` }}>
      <Heading className="vb-section-heading">
        <button type="button" id={headingId} className="vb-section-summary" aria-expanded={open} aria-controls={`${id}-content`} onClick={() => setOpen(!open)}>
          <span className="vb-section-title">{section.title}</span>
          {total > 0 && (
            <span className="vb-chip" data-color={errors > 0 ? 'error' : 'warning'}>
              {`${total} ${total === 1 ? 'problem' : 'problems'}`}
            </span>
          )}
          <span className="vb-section-count">
            {visible.length} {visible.length === 1 ? 'key' : 'keys'}
          </span>
          <svg className="vb-section-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={EXPAND_ICON} />
          </svg>
        </button>
      </Heading>
      {open && (
        // A form per section, not one around all of them: on every keystroke Chrome's autofill reads the
        // controls of the form the input belongs to (a forced style and layout each), 640 with every section open.
        <form id={`${id}-content`} className="vb-section-content" noValidate onSubmit={preventSubmit}>
          {(section.description || section.docsAnchor) && (
            <p className="vb-section-description">
              {section.description}{' '}
              <a className="vb-link" href={`${REFERENCE_URL}#${section.docsAnchor}`} target="_blank" rel="noopener noreferrer">
                Reference
              </a>
            </p>
          )}
          {visible.map((node) => (section.essentials || !essentials.has(node.id) ? <Field key={node.id} node={node} /> : <EssentialsPointer key={node.id} node={node} />))}
        </form>
      )}
    </section>
  );
});
