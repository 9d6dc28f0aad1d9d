import Box from '@mui/material/Box';
import { useState } from 'react';
import type { EmbedConfig } from '../../core/embed/protocol';
import type { ThemePreference } from '../../core/theme/preference';
import { ThemedPage } from '../../ui/theme/theme-choice';
import { VisuallyHidden } from '../../ui/visually-hidden';
import { SessionNotices, useBuilderSession } from '../autosave';
import { BuilderForm } from '../builder';
import { ReleaseNameProvider } from '../output';
import { EmbedView } from './embed-view';
import { FrameMessenger } from './frame-messenger';

/**
 * The app as an iframe embed (`?embed`): compact, no header, no autosave;
 * talks to the embedding page through FrameMessenger. A `#s=` link in the
 * iframe's address still opens its values. The theme is `&theme=` (light
 * when absent), then what set-theme messages ask for; it is not stored.
 */
export function EmbedFrameApp({ config }: { config: EmbedConfig }) {
  const session = useBuilderSession({ autosave: false, ...(config.version ? { version: config.version } : {}) });
  const [theme, setTheme] = useState<ThemePreference>(config.theme ?? 'light');
  return (
    <ThemedPage preference={theme} setPreference={setTheme}>
      {session.status === 'ready' && (
        <BuilderForm key={session.formKey} version={session.version} {...(session.initialValues ? { initialValues: session.initialValues } : {})}>
          <ReleaseNameProvider>
            <Box component="main" sx={{ p: 1.5, bgcolor: 'background.default' }}>
              {/* The page's one top-level heading, for screen readers (the docs page around the frame shows its own title). */}
              <VisuallyHidden as="h1">Polyaxon Agent values</VisuallyHidden>
              <SessionNotices session={session} />
              <FrameMessenger config={config} onOtherVersion={session.load} onTheme={setTheme} />
              <EmbedView sections={config.sections} />
            </Box>
          </ReleaseNameProvider>
        </BuilderForm>
      )}
    </ThemedPage>
  );
}
