import { fieldDefault } from '../../schema/defaults';
import type { FieldNode } from '../../schema/walk';
import { effectiveReadBy } from './node-index';

/**
 * What to say when the reference page and the chart disagree about a key
 * (meta.docs): which key the chart reads and that the builder writes that
 * key, what the page claims as default against the chart's real default,
 * then the schema's own one-sentence note.
 */
export function docsNoteFor(node: FieldNode, version: string, chartDefaultText: string): string | undefined {
  const docs = node.meta.docs;
  if (!docs) return undefined;
  const parts: string[] = [];
  // A dotted name on the page is compared with the full path, a bare one with the last segment.
  const ours = docs.key?.includes('.') ? node.id : (node.path[node.path.length - 1] as string);
  if (docs.key !== undefined && docs.key !== ours) {
    const reader = effectiveReadBy(node) === 'cli' ? 'the Polyaxon CLI reads' : 'the chart reads';
    parts.push(`The reference page calls this \`${docs.key}\`; ${reader} \`${ours}\`, and the builder writes \`${ours}\`.`);
  }
  if (docs.default !== undefined) {
    const chart = fieldDefault(node.meta, version).present
      ? `the chart's default is ${chartDefaultText}`
      : `the chart's values.yaml does not set it`;
    parts.push(`The reference page says the default is ${docs.default}; ${chart}.`);
  }
  if (docs.note) parts.push(docs.note);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
