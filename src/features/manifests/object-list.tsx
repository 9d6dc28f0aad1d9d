import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { alpha, type Theme } from '@mui/material/styles';
import { memo, useMemo } from 'react';
import { diffLines, type DiffLine, type ObjectChange, type ObjectDiff } from '../../core/manifests/diff';
import { groupObjects } from '../../core/manifests/group';
import { maskSecretText } from '../../core/manifests/mask-secrets';
import type { K8sObject } from '../../core/manifests/objects';

const CHANGE_LABEL: Record<Exclude<ObjectChange, 'unchanged'>, { label: string; color: 'success' | 'warning' | 'error' }> = {
  added: { label: 'added', color: 'success' },
  changed: { label: 'changed', color: 'warning' },
  removed: { label: 'removed', color: 'error' },
};

export const shownText = (o: K8sObject) => maskSecretText(o);

const pre = { m: 0, p: 1, bgcolor: 'action.hover', borderRadius: 1, fontSize: '0.8rem', overflowX: 'auto', lineHeight: 1.45 } as const;

/** An added or removed line's tint: the theme's success/error colour, so it follows light and dark mode. */
const DIFF_TINT: Record<Exclude<DiffLine['op'], ' '>, 'success' | 'error'> = { '+': 'success', '-': 'error' };
const tintOf = (op: DiffLine['op']) => (op === ' ' ? undefined : (t: Theme) => alpha(t.palette[DIFF_TINT[op]].main, 0.15));

const DiffView = memo(function DiffView({ before, after }: { before: string; after: string }) {
  const lines = useMemo(() => diffLines(before, after), [before, after]);
  return (
    <Box component="pre" tabIndex={0} sx={pre} aria-label="Differences">
      {lines.map((l, i) => (
        <Box
          key={i}
          component="span"
          sx={{
            display: 'block',
            bgcolor: tintOf(l.op),
            color: l.text.startsWith('… ') && l.op === ' ' ? 'text.secondary' : undefined,
          }}
        >
          {l.op === ' ' ? '  ' : `${l.op} `}
          {l.text}
        </Box>
      ))}
    </Box>
  );
});

const ObjectItem = memo(function ObjectItem({ object, diff }: { object: K8sObject; diff: ObjectDiff | undefined }) {
  const change = diff?.change;
  const text = shownText(object);
  return (
    <Accordion disableGutters slotProps={{ transition: { unmountOnExit: true }, heading: { component: 'h4' } }} data-testid="manifest-object" data-kind={object.kind} data-name={object.name}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Typography variant="body2" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
          {object.kind}/{object.name}
          {object.hook ? ` (helm hook: ${object.hook})` : ''}
        </Typography>
        {change && change !== 'unchanged' && <Chip size="small" sx={{ ml: 1 }} label={CHANGE_LABEL[change].label} color={CHANGE_LABEL[change].color} />}
        {object.parseError && <Chip size="small" sx={{ ml: 1 }} label="not valid YAML" color="error" />}
      </AccordionSummary>
      <AccordionDetails>
        <Typography variant="caption" color="text.secondary" component="p">
          # Source: {object.source}
        </Typography>
        {change === 'changed' && diff?.base ? (
          <DiffView before={shownText(diff.base)} after={text} />
        ) : (
          <Box component="pre" tabIndex={0} sx={pre}>
            {text}
          </Box>
        )}
      </AccordionDetails>
    </Accordion>
  );
});

/** The rendered objects grouped by kind; with a baseline, each shows whether it was added or changed, and removed ones are listed. */
export function ObjectList({ objects, diffs }: { objects: readonly K8sObject[]; diffs: readonly ObjectDiff[] | undefined }) {
  const groups = useMemo(() => groupObjects(objects), [objects]);
  const byKey = useMemo(() => new Map(diffs?.filter((d) => d.current).map((d) => [d.current as K8sObject, d])), [diffs]);
  const removed = diffs?.filter((d) => d.change === 'removed') ?? [];
  return (
    <Box>
      {groups.map(({ group, objects: list }) => {
        const changed = list.filter((o) => byKey.get(o) && byKey.get(o)?.change !== 'unchanged').length;
        const items = list.map((o) => <ObjectItem key={`${o.kind}/${o.name}/${o.source}`} object={o} diff={byKey.get(o)} />);
        return (
          <Box component="section" key={group.id} aria-labelledby={`manifests-group-${group.id}`} sx={{ mb: 2 }} data-testid={`group-${group.id}`}>
            <Typography variant="subtitle1" component="h3" id={`manifests-group-${group.id}`}>
              {group.title} ({list.length}){diffs && changed > 0 ? ` · ${changed} changed` : ''}
            </Typography>
            {group.collapsed ? (
              <Accordion disableGutters slotProps={{ transition: { unmountOnExit: true }, heading: { component: 'h4' } }}>
                <AccordionSummary expandIcon={<ExpandMoreIcon />}>
                  <Typography variant="body2">
                    {list.length} {list.length === 1 ? 'definition' : 'definitions'}, installed with the chart (they do not depend on your values)
                  </Typography>
                </AccordionSummary>
                <AccordionDetails>{items}</AccordionDetails>
              </Accordion>
            ) : (
              items
            )}
          </Box>
        );
      })}
      {removed.length > 0 && (
        <Box component="section" aria-labelledby="manifests-group-removed" data-testid="group-removed">
          <Typography variant="subtitle1" component="h3" id="manifests-group-removed">
            Not rendered any more ({removed.length})
          </Typography>
          {removed.map((d) => (
            <ObjectItem key={d.key} object={d.base as K8sObject} diff={d} />
          ))}
        </Box>
      )}
    </Box>
  );
}
