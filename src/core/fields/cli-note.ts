import type { FieldNode } from '../../schema/walk';
import { effectiveCli, effectiveReadBy } from './node-index';

const CLI_REJECTED_NOTE = 'Not accepted by the Polyaxon CLI (polyaxon admin deploy): Helm-only';
const CLI_ONLY_NOTE = 'Only read by the Polyaxon CLI; the chart ignores it';

/** How the Polyaxon CLI treats a field, when that matters to the user (inherited from its groups). */
export function cliNoteFor(node: FieldNode): string | undefined {
  const notes: string[] = [];
  if (effectiveCli(node) === 'rejected') notes.push(CLI_REJECTED_NOTE);
  if (effectiveReadBy(node) === 'cli') notes.push(CLI_ONLY_NOTE);
  return notes.length > 0 ? notes.join('. ') : undefined;
}
