import Box from '@mui/material/Box';
import { AutosaveObserver } from './autosave-observer';
import type { BuilderSession } from './builder-session';
import { DeepLinkFocus } from './deep-link-focus';
import { PresetsButton } from '../presets';
import { ResetMenu } from './reset-menu';
import { StorageControls } from './storage-controls';

/** Autosave and deep-link focus for the session's form. Renders nothing; mount inside <BuilderForm>. */
export function SessionEffects({ session }: { session: BuilderSession }) {
  return (
    <>
      {session.autosave && <AutosaveObserver session={session} />}
      <DeepLinkFocus request={session.focusRequest} owner={session.snapshot} />
    </>
  );
}

/** The row above the form: reset controls and where edits are kept. Mount inside <BuilderForm>. */
export function FormActions({ session }: { session: BuilderSession }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 1.5 }}>
      <PresetsButton />
      <ResetMenu />
      {session.autosave && <StorageControls session={session} />}
    </Box>
  );
}
