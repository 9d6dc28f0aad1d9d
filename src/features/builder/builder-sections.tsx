import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { SECTIONS } from '../../schema/sections';
import { Section } from './section';

const REFERENCE_SECTIONS = SECTIONS.filter((s) => !s.advanced);
const ADVANCED_SECTIONS = SECTIONS.filter((s) => s.advanced);

/** Every form section: those of the reference page first, then the Advanced ones (collapsed). */
export function BuilderSections() {
  return (
    <Box component="form" aria-label="Chart values" noValidate onSubmit={(e) => e.preventDefault()}>
      <Typography component="h2" variant="overline" sx={{ display: 'block', color: 'text.secondary', fontWeight: 700, letterSpacing: 1, mb: 1 }}>
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
    </Box>
  );
}
