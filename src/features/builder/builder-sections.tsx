import Box from '@mui/material/Box';
import { Typography } from '../../ui/light-typography';
import { QUICK_SETUP, SECTIONS } from '../../schema/sections';
import { EssentialsContext, QUICK_SETUP_FIELDS } from './essentials';
import { Section } from './section';

const REFERENCE_SECTIONS = SECTIONS.filter((s) => !s.advanced && !s.essentials);
const ADVANCED_SECTIONS = SECTIONS.filter((s) => s.advanced);

/**
 * Every form section: Quick setup, those of the reference page, then the
 * Advanced ones (collapsed). A named `role="form"` region: each section's
 * fields are a <form> of their own (section.tsx).
 */
export function BuilderSections() {
  return (
    <Box role="form" aria-label="Chart values">
      <EssentialsContext.Provider value={QUICK_SETUP_FIELDS}>
        <Section section={QUICK_SETUP} headingLevel="h2" />
        <Typography component="h2" variant="overline" sx={{ display: 'block', color: 'text.secondary', fontWeight: 700, letterSpacing: 1, mt: 3, mb: 1 }}>
          Reference settings
        </Typography>
        {REFERENCE_SECTIONS.map((s) => (
          <Section key={s.id} section={s} />
        ))}
        <Typography component="h2" variant="overline" sx={{ display: 'block', color: 'text.secondary', fontWeight: 700, letterSpacing: 1, mt: 3, mb: 1 }}>
          Advanced
        </Typography>
        {ADVANCED_SECTIONS.map((s) => (
          <Section key={s.id} section={s} />
        ))}
      </EssentialsContext.Provider>
    </Box>
  );
}
