import { Alert, AlertTitle } from '../../ui/deferred-mui';
import Box from '@mui/material/Box';
import { Button } from '../../ui/light-button';
import { InlineCode } from '../../ui/inline-code';
import { computeValues } from '../../core/values/output';
import type { BuilderSession } from './builder-session';

function savedAtText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : ` (saved ${date.toLocaleString()})`;
}

/**
 * What happened to the page's values on opening: a link that could not be
 * read (the autosaved work is shown instead), a link that was opened (with
 * the values it holds that fail their checks), and the work a link replaced,
 * with a button to restore it.
 */
export function SessionNotices({ session }: { session: BuilderSession }) {
  const { linkError, linkOpened, replaced } = session.notice;
  if (!linkError && !linkOpened && !replaced) return null;
  const replacedCount = replaced ? Object.keys(computeValues(replaced.values, replaced.version).changed).length : 0;
  return (
    <Box sx={{ display: 'grid', gap: 1, mb: 2 }} data-testid="session-notices">
      {linkError && (
        <Alert severity="error" role="alert" onClose={() => session.dismiss('linkError')}>
          <AlertTitle>This share link could not be opened</AlertTitle>
          {linkError.message} {session.autosave ? 'Your saved work is shown instead; nothing was changed.' : 'The form keeps its values.'}
        </Alert>
      )}
      {linkOpened && (
        <Alert severity={linkOpened.warnings.length > 0 ? 'warning' : 'info'} onClose={() => session.dismiss('linkOpened')} data-testid="link-opened">
          Opened the values from a share link (chart {linkOpened.version}).
          {linkOpened.warnings.length > 0 && (
            <>
              {' '}
              {linkOpened.warnings.length === 1 ? 'One value needs' : `${linkOpened.warnings.length} values need`} attention; they were kept as they are:
              <Box component="ul" sx={{ my: 0.5, pl: 2.5 }}>
                {linkOpened.warnings.slice(0, 8).map((w) => (
                  <li key={w.path}>
                    <code>{w.path}</code>: <InlineCode text={w.message} />
                  </li>
                ))}
              </Box>
            </>
          )}
          {linkOpened.migrations && linkOpened.migrations.length > 0 && (
            <>
              {' '}
              The link uses older spellings; they were rewritten as the chart reads them:
              <Box component="ul" sx={{ my: 0.5, pl: 2.5 }} data-testid="link-migrations">
                {linkOpened.migrations.slice(0, 8).map((m) => (
                  <li key={m}>
                    <InlineCode text={m} />
                  </li>
                ))}
              </Box>
            </>
          )}
        </Alert>
      )}
      {replaced && (
        <Alert
          severity="info"
          role="status"
          onClose={() => session.dismiss('replaced')}
          action={
            <Button color="inherit" size="small" variant="outlined" onClick={session.restoreReplaced}>
              Restore previous work
            </Button>
          }
        >
          The share link replaced your previous work{savedAtText(replaced.savedAt)}: {replacedCount} changed {replacedCount === 1 ? 'key' : 'keys'} for chart {replaced.version}.
        </Alert>
      )}
    </Box>
  );
}
