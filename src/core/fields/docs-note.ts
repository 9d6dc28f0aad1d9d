import { fieldDefault } from '../../schema/defaults';
import type { FieldNode } from '../../schema/walk';
import { effectiveReadBy } from './node-index';

const CHART_DEFAULT_OPENING = /^The chart[’']s default is/i;

/**
 * What to say when the reference page and the chart disagree about a key
 * (meta.docs): which key the chart reads and that the builder writes that
 * key, what the page claims as default against the chart's real default,
 * and the schema's own note. Where the note already says a part (it names
 * both keys and what the chart reads, or opens with the chart's default),
 * that part is not repeated.
 */
export function docsNoteFor(node: FieldNode, version: string, chartDefaultText: string): string | undefined {
  const docs = node.meta.docs;
  if (!docs) return undefined;
  const note = docs.note?.trim() ?? '';
  let noteUsed = note === '';
  const parts: string[] = [];
  // A dotted name on the page is compared with the full path, a bare one with the last segment.
  const ours = docs.key?.includes('.') ? node.id : (node.path[node.path.length - 1] as string);
  if (docs.key !== undefined && docs.key !== ours) {
    if (!noteUsed && note.includes(docs.key) && note.includes(ours) && /\breads\b/.test(note)) {
      parts.push(note, `The builder writes \`${ours}\`.`);
      noteUsed = true;
    } else {
      const reader = effectiveReadBy(node) === 'cli' ? 'the Polyaxon CLI reads' : 'the chart reads';
      parts.push(`The reference page calls this \`${docs.key}\`; ${reader} \`${ours}\`, and the builder writes \`${ours}\`.`);
    }
  }
  if (docs.default !== undefined) {
    if (!noteUsed && CHART_DEFAULT_OPENING.test(note)) {
      parts.push(`The reference page says the default is ${docs.default}.`, note);
      noteUsed = true;
    } else {
      const chart = fieldDefault(node.meta, version).present ? `the chart's default is ${chartDefaultText}` : `the chart's values.yaml does not set it`;
      parts.push(`The reference page says the default is ${docs.default}; ${chart}.`);
    }
  }
  if (!noteUsed) parts.push(note);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
