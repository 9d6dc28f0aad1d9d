import Box from '@mui/material/Box';
import { Suspense, useState } from 'react';
import { parseEmbedConfig } from '../core/embed/protocol';
import { SECTIONS } from '../schema/sections';
import { FormActions, SessionEffects } from '../features/autosave/session-effects';
import { SessionNotices } from '../features/autosave/session-notices';
import { useBuilderSession } from '../features/autosave/use-builder-session';
import { BuilderForm } from '../features/builder/builder-form';
import { BuilderSections } from '../features/builder/builder-sections';
import { OutputSettingsProvider } from '../features/output/output-settings';
import { WorkProviders } from '../features/import/work-providers';
import { HistoryRecorder } from '../features/history/history-recorder';
import { UpdateNotice } from '../features/offline/update-notice';
import { SectionRail } from '../features/navigate';
import { LeftOutProvider } from '../features/secrets/left-out';
import { AppHeader } from './app-header';
import { AppLayout } from './app-layout';
import { SkipLink } from './skip-link';
import { StoredThemePage } from '../ui/theme/theme-choice';
import { lazyComponent } from '../ui/lazy-load';

// Not needed to type in the first field: loaded after the first render (docs/performance.md).
const EmbedFrameApp = lazyComponent(() => import('../features/embed/embed-frame-app'), 'EmbedFrameApp');
const OutputColumn = lazyComponent(() => import('./output-column'), 'OutputColumn');

/** The app, or with `?embed` in the address the compact iframe embed (docs/share-and-embed.md). */
export function App() {
  const [embed] = useState(() =>
    parseEmbedConfig(
      window.location.search,
      SECTIONS.map((s) => s.id),
    ),
  );
  if (!embed) return <BuilderApp />;
  return (
    <Suspense fallback={null}>
      <EmbedFrameApp config={embed} />
    </Suspense>
  );
}

/** The app shell: theme, header, the form on the left and the outputs on the right. */
function BuilderApp() {
  // Values come from a #s= share link, else the autosaved work, else the chart defaults.
  const session = useBuilderSession();
  const { version, setVersion } = session;
  if (session.status === 'loading') return null; // decoding a share link takes milliseconds
  return (
    <StoredThemePage>
      <WorkProviders load={session.load} baselineStorage={session.storage}>
        <BuilderForm key={session.formKey} version={version} {...(session.initialValues ? { initialValues: session.initialValues } : {})}>
          <OutputSettingsProvider>
            <SessionEffects session={session} />
            <HistoryRecorder loadLabel={session.notice.linkOpened ? 'Open a share link' : undefined} />
            <UpdateNotice />
            <SkipLink target="values-preview">Skip to values.yaml</SkipLink>
            <AppHeader version={version} onVersionChange={setVersion} />
            <AppLayout
              rail={<SectionRail />}
              form={
                <>
                  <SessionNotices session={session} />
                  <FormActions session={session} />
                  <LeftOutProvider marks={session.leftOut}>
                    <BuilderSections />
                  </LeftOutProvider>
                </>
              }
              side={
                <Suspense fallback={<OutputLoading />}>
                  <OutputColumn />
                </Suspense>
              }
            />
          </OutputSettingsProvider>
        </BuilderForm>
      </WorkProviders>
    </StoredThemePage>
  );
}

/** Holds the output column's place while its code loads (a few milliseconds after the form shows). */
function OutputLoading() {
  return (
    <Box role="status" sx={{ minHeight: { md: 'calc(100vh - 130px)' }, color: 'text.secondary', fontSize: '0.875rem' }}>
      Loading the values.yaml preview…
    </Box>
  );
}
