import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { memo, useContext, useMemo } from 'react';
import { REFERENCE_URL } from '../../core/fields/field-props';
import { existsWithAncestors } from '../../core/fields/node-index';
import { sectionFields, type SectionDef } from '../../schema/sections';
import { useChartVersion, useSectionOpen, useSectionProblemCount } from './builder-context';
import { EssentialsContext, EssentialsPointer } from './essentials';
import { Field } from './field';

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
  return (
    <Box component="section" id={id} aria-labelledby={headingId} sx={{ mb: 1.5, scrollMarginTop: 80 }}>
      <Accordion
        expanded={open}
        onChange={(_, expanded) => setOpen(expanded)}
        slotProps={{ heading: { component: headingLevel }, transition: { unmountOnExit: true }, region: { role: undefined } }}
      >
        <AccordionSummary expandIcon={<ExpandMore />} aria-controls={`${id}-content`} id={headingId} sx={{ px: 2, '& .MuiAccordionSummary-content': { my: 1.25, alignItems: 'center', gap: 1, flexWrap: 'wrap' } }}>
          <Typography component="span" sx={{ fontWeight: 650, fontSize: '0.98rem' }}>
            {section.title}
          </Typography>
          {total > 0 && (
            <span className="vb-chip" data-color={errors > 0 ? 'error' : 'warning'}>
              {`${total} ${total === 1 ? 'problem' : 'problems'}`}
            </span>
          )}
          <Typography component="span" variant="caption" sx={{ color: 'text.secondary', ml: 'auto', mr: 1 }}>
            {visible.length} {visible.length === 1 ? 'key' : 'keys'}
          </Typography>
        </AccordionSummary>
        <AccordionDetails id={`${id}-content`} sx={{ px: 2, pt: 0, pb: 1.5 }}>
          {(section.description || section.docsAnchor) && (
            <Typography variant="body2" sx={{ color: 'text.secondary', mb: 0.5 }}>
              {section.description}{' '}
              <Link href={`${REFERENCE_URL}#${section.docsAnchor}`} target="_blank" rel="noopener noreferrer">
                Reference
              </Link>
            </Typography>
          )}
          {visible.map((node) =>
            section.essentials || !essentials.has(node.id) ? <Field key={node.id} node={node} /> : <EssentialsPointer key={node.id} node={node} />,
          )}
        </AccordionDetails>
      </Accordion>
    </Box>
  );
});
