import Box from '@mui/material/Box';
import { UndoRedoButtons } from '../features/history/undo-redo-buttons';
import { ImportButton } from '../features/import/import-button';
import { ChangesButton, FieldFinder } from '../features/navigate';
import { ChartVersionSelect } from '../features/version/chart-version-select';
import { VersionReportBanner } from '../features/version/version-report-banner';
import { Typography } from '../ui/light-typography';
import { ThemeMenuButton } from '../ui/theme/theme-menu-button';
import { ProblemsBadge } from './problems-badge';

interface AppHeaderProps {
  version: string;
  onVersionChange: (version: string) => void;
}

/** Title, the targeted chart release and the problems count. */
export function AppHeader({ version, onVersionChange }: AppHeaderProps) {
  return (
    <Box
      component="header"
      // Sticky only beside the two columns; on narrow screens it would take a third of the height.
      sx={{
        position: { xs: 'relative', md: 'sticky' },
        top: 0,
        zIndex: 'appBar',
        display: 'flex',
        flexDirection: 'column',
        width: '100%',
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: 'background.paper',
        color: 'text.primary',
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', position: 'relative', minHeight: { xs: 56, sm: 64 }, px: { xs: 2, sm: 3 }, columnGap: { xs: 1, sm: 1.5 }, rowGap: 1, flexWrap: 'wrap', py: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25 }}>
          <Box
            aria-hidden
            sx={{ width: 28, height: 28, borderRadius: 1.5, bgcolor: 'primary.main', color: 'primary.contrastText', display: 'grid', placeItems: 'center', fontWeight: 800, fontSize: 15 }}
          >
            P
          </Box>
          <Typography component="h1" variant="h1">
            Polyaxon Agent values builder
          </Typography>
        </Box>
        <Typography variant="body2" sx={{ color: 'text.secondary', display: { xs: 'none', lg: 'block' } }}>
          Helm chart <code>polyaxon/agent</code>
        </Typography>
        <Box sx={{ flex: 1 }} />
        <UndoRedoButtons />
        <FieldFinder />
        <ChangesButton />
        <ImportButton />
        <ThemeMenuButton />
        <ChartVersionSelect version={version} onVersionChange={onVersionChange} />
        <ProblemsBadge />
      </Box>
      <VersionReportBanner />
    </Box>
  );
}
