import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { nameProblems } from '../../core/helm-command/build';
import { focusProblem, useBuilder } from '../builder';
import { useBaseline } from '../upgrade';
import { useOutputSelector } from '../output';

function Name({ value }: { value: string }) {
  return (
    <Box component="code" sx={{ fontSize: '0.8rem', px: 0.5, borderRadius: 0.5, bgcolor: 'action.hover' }}>
      {value}
    </Box>
  );
}

/**
 * The one release and namespace every command targets (Helm and the Polyaxon
 * CLI alike): the form's Release name and Namespace values, shown here once
 * with links that open those fields, and where they came from when an import
 * named them.
 */
export function ReleaseTarget() {
  const release = useOutputSelector((store) => store.getState().profile.release);
  const namespace = useOutputSelector((store) => store.getState().profile.namespace);
  const { sections } = useBuilder();
  const { baseline } = useBaseline();
  const problems = nameProblems(release, namespace);
  const imported = baseline?.targetFrom && baseline.release === release && (baseline.namespace === undefined || baseline.namespace === namespace);
  const edit = (path: string, label: string) => (
    <Link component="button" type="button" onClick={() => focusProblem(path, sections)} sx={{ fontSize: 'inherit', verticalAlign: 'baseline' }}>
      {label}
    </Link>
  );
  return (
    <Box data-testid="release-target" sx={{ mb: 1 }}>
      <Typography variant="body2">
        Release <Name value={release} /> in namespace <Name value={namespace} /> ({edit('releaseName', 'change release')}, {edit('namespace', 'change namespace')})
      </Typography>
      <Typography variant="caption" sx={{ color: 'text.secondary', display: 'block' }}>
        {imported
          ? `From ${baseline.targetFrom} you imported: these commands upgrade that release in place.`
          : 'The form’s Release name and Namespace fields; every command below (Helm and the Polyaxon CLI) targets them.'}
      </Typography>
      {problems.length > 0 && (
        <Typography variant="caption" role="alert" sx={{ color: 'error.main', display: 'block' }}>
          {problems.join(' ')}
        </Typography>
      )}
    </Box>
  );
}
