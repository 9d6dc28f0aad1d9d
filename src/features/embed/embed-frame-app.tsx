import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
// eslint-disable-next-line architecture/import-zones -- the theme moves to src/ui/theme (theme branch)
import { theme } from '../../app/theme';
import type { EmbedConfig } from '../../core/embed/protocol';
import { SessionNotices, useBuilderSession } from '../autosave';
import { BuilderForm } from '../builder';
import { ReleaseNameProvider } from '../output';
import { EmbedView } from './embed-view';
import { FrameMessenger } from './frame-messenger';

/**
 * The app as an iframe embed (`?embed`): compact, no header, no autosave;
 * talks to the embedding page through FrameMessenger. A `#s=` link in the
 * iframe's address still opens its values.
 */
export function EmbedFrameApp({ config }: { config: EmbedConfig }) {
  const session = useBuilderSession({ autosave: false, ...(config.version ? { version: config.version } : {}) });
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {session.status === 'ready' && (
        <BuilderForm key={session.formKey} version={session.version} {...(session.initialValues ? { initialValues: session.initialValues } : {})}>
          <ReleaseNameProvider>
            <Box component="main" sx={{ p: 1.5, bgcolor: 'background.default' }}>
              <SessionNotices session={session} />
              <FrameMessenger config={config} onOtherVersion={session.load} />
              <EmbedView sections={config.sections} />
            </Box>
          </ReleaseNameProvider>
        </BuilderForm>
      )}
    </ThemeProvider>
  );
}
