import OpenInNew from '@mui/icons-material/OpenInNew';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { FieldProps } from '../../core/fields/field-props';
import { referenceSectionTitle } from './reference-section';

/** The popover body of a field's info button: docs text computed by fieldProps. */
export function FieldInfo({ fp, docsAnchor }: { fp: FieldProps; docsAnchor: string }) {
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle2" component="p" sx={{ fontWeight: 700 }}>
        {fp.label}{' '}
        <Typography component="code" variant="caption" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
          {fp.name}
        </Typography>
      </Typography>
      <Typography variant="body2">{fp.description}</Typography>
      <Typography variant="body2">
        <strong>Default:</strong> <code>{fp.defaultText}</code>
      </Typography>
      {fp.docsNote && (
        <Typography variant="body2">
          <strong>Docs vs chart:</strong> {fp.docsNote}
        </Typography>
      )}
      {fp.warning && (
        <Typography variant="body2" sx={{ color: 'warning.dark' }}>
          <strong>Warning:</strong> {fp.warning}
        </Typography>
      )}
      {fp.cliNote && (
        <Typography variant="body2">
          <strong>CLI:</strong> {fp.cliNote}
        </Typography>
      )}
      <Link href={fp.docsUrl} target="_blank" rel="noopener noreferrer" variant="body2" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
        Reference: {referenceSectionTitle(docsAnchor)}
        <OpenInNew sx={{ fontSize: 14 }} aria-hidden />
      </Link>
    </Stack>
  );
}
