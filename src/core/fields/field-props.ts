import type { Widget } from '../../schema/meta';
import type { FieldNode } from '../../schema/walk';
import { cliNoteFor } from './cli-note';
import { defaultText } from './default-text';
import { docsNoteFor } from './docs-note';
import { referenceUrl } from './docs-url';
import { existsWithAncestors } from './node-index';
import { isRequired, optionsOf } from './schema-facts';

export { REFERENCE_URL } from './docs-url';

/** Everything a form input shows about a field, computed from the schema alone. */
export interface FieldProps {
  /** The dotted values path, also the form field name. */
  name: string;
  label: string;
  widget: Widget;
  description: string;
  /** The chart's default for the selected release, as readable text. */
  defaultText: string;
  docsUrl: string;
  /** Where the reference page disagrees with the chart, and what the builder does about it. */
  docsNote?: string;
  /** A known chart defect or trap. */
  warning?: string;
  /** How the Polyaxon CLI treats the key, when it differs from "accepted". */
  cliNote?: string;
  options?: readonly string[];
  placeholder?: string;
  secret: boolean;
  required: boolean;
}

const memo = new Map<string, FieldProps>();

function compute(node: FieldNode, version: string): FieldProps {
  const { meta } = node;
  const chartDefault = defaultText(meta, version, existsWithAncestors(node, version));
  const props: FieldProps = {
    name: node.id,
    label: meta.label,
    widget: meta.widget,
    description: meta.description,
    defaultText: chartDefault,
    docsUrl: referenceUrl(meta.docsAnchor),
    secret: meta.secret === true,
    required: isRequired(node),
  };
  const docsNote = docsNoteFor(node, version, chartDefault);
  if (docsNote !== undefined) props.docsNote = docsNote;
  if (meta.warning !== undefined) props.warning = meta.warning;
  const cliNote = cliNoteFor(node);
  if (cliNote !== undefined) props.cliNote = cliNote;
  const options = optionsOf(node);
  if (options !== undefined) props.options = options;
  if (meta.placeholder !== undefined) props.placeholder = meta.placeholder;
  return props;
}

/**
 * The label, help texts, chart default, docs link and CLI notes of a field
 * for a chart release. Memoized per (field, release); the returned object is
 * frozen and shared, so callers must not change it.
 */
export function fieldProps(node: FieldNode, version: string): FieldProps {
  const key = `${node.id}\u0000${version}`;
  let props = memo.get(key);
  if (!props) {
    props = Object.freeze(compute(node, version)) as FieldProps;
    memo.set(key, props);
  }
  return props;
}
