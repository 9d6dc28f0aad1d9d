import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useState } from 'react';
import { LATEST_CHART_VERSION } from '../schema/chart-versions';
import { BuilderForm } from '../features/builder/builder-form';
import { BuilderSections } from '../features/builder/builder-sections';
import { HelmCommandPanel } from '../features/helm-command/helm-command-panel';
import { ReleaseNameProvider } from '../features/helm-command/release-name';
import { ValuesPreview } from '../features/preview/values-preview';
import { AppHeader } from './app-header';
import { AppLayout } from './app-layout';
import { theme } from './theme';

/** The app shell: theme, header, the form on the left and the outputs on the right. */
export function App() {
  const [version, setVersion] = useState<string>(LATEST_CHART_VERSION);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <BuilderForm version={version}>
        <ReleaseNameProvider>
          <AppHeader version={version} onVersionChange={setVersion} />
          <AppLayout
            form={<BuilderSections />}
            side={
              <>
                <ValuesPreview />
                <Box sx={{ borderTop: 1, borderColor: 'divider', my: 2 }} />
                <HelmCommandPanel />
              </>
            }
          />
        </ReleaseNameProvider>
      </BuilderForm>
    </ThemeProvider>
  );
}
