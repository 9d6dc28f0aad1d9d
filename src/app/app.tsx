import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { useState } from 'react';
import { parseEmbedConfig } from '../core/embed/protocol';
import { SECTIONS } from '../schema/sections';
import { FormActions, SessionEffects } from '../features/autosave/session-effects';
import { SessionNotices } from '../features/autosave/session-notices';
import { useBuilderSession } from '../features/autosave/use-builder-session';
import { BuilderForm } from '../features/builder/builder-form';
import { BuilderSections } from '../features/builder/builder-sections';
import { HelmCommandPanel } from '../features/helm-command/helm-command-panel';
import { ReleaseNameProvider } from '../features/helm-command/release-name';
import { ValuesPreview } from '../features/preview/values-preview';
import { EmbedFrameApp } from '../features/embed/embed-frame-app';
import { SharePanel } from '../features/share/share-panel';
import { SectionRail } from '../features/navigate';
import { WorkProviders } from '../features/import/work-providers';
import { AppHeader } from './app-header';
import { AppLayout } from './app-layout';
import { SkipLink } from './skip-link';
import { theme } from './theme';

/** The app, or with `?embed` in the address the compact iframe embed (docs/share-and-embed.md). */
export function App() {
  const [embed] = useState(() => parseEmbedConfig(window.location.search, SECTIONS.map((s) => s.id)));
  return embed ? <EmbedFrameApp config={embed} /> : <BuilderApp />;
}

/** The app shell: theme, header, the form on the left and the outputs on the right. */
function BuilderApp() {
  // Values come from a #s= share link, else the autosaved work, else the chart defaults.
  const session = useBuilderSession();
  const { version, setVersion } = session;
  if (session.status === 'loading') return null; // decoding a share link takes milliseconds
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <WorkProviders load={session.load}>
        <BuilderForm key={session.formKey} version={version} {...(session.initialValues ? { initialValues: session.initialValues } : {})}>
          <ReleaseNameProvider>
            <SessionEffects session={session} />
            <SkipLink target="values-preview">Skip to values.yaml</SkipLink>
            <AppHeader version={version} onVersionChange={setVersion} />
            <AppLayout
              rail={<SectionRail />}
              form={
                <>
                  <SessionNotices session={session} />
                  <FormActions session={session} />
                  <BuilderSections />
                </>
              }
              side={
                <>
                  <ValuesPreview />
                  <Box sx={{ borderTop: 1, borderColor: 'divider', my: 2 }} />
                  <HelmCommandPanel />
                  <Box sx={{ borderTop: 1, borderColor: 'divider', my: 2 }} />
                  <SharePanel />
                </>
              }
            />
          </ReleaseNameProvider>
        </BuilderForm>
      </WorkProviders>
    </ThemeProvider>
  );
}
